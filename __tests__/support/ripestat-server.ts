/**
 * A local HTTP server answering RIPEstat's abuse-contact-finder data call in its documented shape
 * (https://stat.ripe.net/docs/data_api; data call version 2.1), for the offline tests of
 * `npm run data:check`. Point the check at it with RIPESTAT_URL = server.url.
 *
 *     const ripestat = await startRipestatServer({ AS8359: ['abuse@mtu.ru'] });
 *
 * A resource missing from the map has no abuse contact (an empty list, as RIPEstat answers then).
 * `hang: true` accepts every request and never answers.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestRipestatServer {
  url: string;
  /** Every resource asked about, in order. */
  requests: string[];
  close(): Promise<void>;
}

function answer(resource: string, contacts: string[]): object {
  const time = '2026-11-30T06:00:00';
  return {
    messages: [],
    see_also: [],
    version: '2.1',
    data_call_name: 'abuse-contact-finder',
    data_call_status: 'supported',
    cached: false,
    data: { abuse_contacts: contacts, authoritative_rir: 'ripe', latest_time: time, earliest_time: time, parameters: { resource, cache: null } },
    query_id: `20261130060000-${resource}`,
    process_time: 12,
    server_id: 'app-test',
    build_version: 'test',
    status: 'ok',
    status_code: 200,
    time: `${time}.000000`,
  };
}

export async function startRipestatServer(contacts: Record<string, string[]>, { hang = false } = {}): Promise<TestRipestatServer> {
  const requests: string[] = [];
  const pending = new Set<ServerResponse>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const resource = url.searchParams.get('resource') ?? '';
    requests.push(resource);
    if (hang) {
      pending.add(response);
      return;
    }
    if (url.pathname !== '/data/abuse-contact-finder/data.json') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer(resource, contacts[resource] ?? [])));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of pending) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
