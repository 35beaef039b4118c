import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as route from '@/app/api/health/route';
import packageJson from '@/package.json';

import { startDnsServer } from '../../../support/dns-server';

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
});

async function health(get: () => Response = route.GET): Promise<{ status: number; body: unknown; cacheControl: string | null }> {
  const response = get();
  return { status: response.status, body: await response.json(), cacheControl: response.headers.get('cache-control') };
}

describe('GET /api/health', () => {
  it('answers 200 with the version when the network table loads and every setting reads', async () => {
    process.env.SITE_URL = 'https://unblock.example';
    process.env.DNS_SERVERS = '127.0.0.1:5353';
    process.env.TRUST_PROXY = '1';
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', version: packageJson.version }, cacheControl: 'no-store' });
  });

  it.each([
    [{ DNS_SERVERS: 'dns.example' }, ['DNS_SERVERS']],
    [{ SITE_URL: 'unblock.example' }, ['SITE_URL']],
    [{ RESOLVE_RATE_LIMIT: 'sixty' }, ['RESOLVE_RATE_LIMIT']],
    [{ TRUST_PROXY: 'true', DNS_SERVERS: '1.2.3.4:99999' }, ['DNS_SERVERS', 'TRUST_PROXY']],
  ])('answers 503 for %j, naming the variable but not its value', async (env, problems) => {
    Object.assign(process.env, env);
    const { status, body } = await health();
    expect(status).toBe(503);
    expect(body).toEqual({ status: 'unavailable', version: packageJson.version, problems });
    for (const value of Object.values(env)) expect(JSON.stringify(body)).not.toContain(value);
  });

  it('answers 503 when the network table cannot be read', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'no-table-'));
    const cwd = jest.spyOn(process, 'cwd').mockReturnValue(elsewhere);
    try {
      let get: (() => Response) | undefined;
      // A fresh module registry: the table, once loaded, is kept for the life of the process.
      await jest.isolateModulesAsync(async () => {
        get = (await import('@/app/api/health/route')).GET;
      });
      expect(await health(get)).toMatchObject({ status: 503, body: { status: 'unavailable', problems: ['network-table'] } });
    } finally {
      cwd.mockRestore();
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('asks no DNS server and meets no rate limit, however often it is asked', async () => {
    const dns = await startDnsServer({});
    process.env.DNS_SERVERS = dns.address;
    process.env.RESOLVE_RATE_LIMIT = '1';
    try {
      const statuses = await Promise.all(Array.from({ length: 20 }, async () => (await health()).status));
      expect(new Set(statuses)).toEqual(new Set([200]));
      expect(dns.queries).toEqual([]);
    } finally {
      await dns.close();
    }
  });

  it('runs on Node, per request', () => {
    expect(route.runtime).toBe('nodejs');
    expect(route.dynamic).toBe('force-dynamic');
  });
});
