/**
 * A real DNS server on 127.0.0.1 for tests: UDP on a free port, answering from a zone-like map,
 * with the failure modes a resolver meets in the wild. Point the app at it with
 * `process.env.DNS_SERVERS = server.address`.
 *
 *     const server = await startDnsServer({
 *       'zavod.ru': { mx: [{ preference: 10, exchange: 'emx.mail.ru' }] },
 *       'emx.mail.ru': { a: ['5.61.16.10'] },
 *       'gone.ru': { behaviour: 'nxdomain' },
 *       'slow.ru': { behaviour: 'silent' },
 *     });
 *     ...
 *     await server.close();
 *
 * A name missing from the zone is NXDOMAIN; a name present without the asked type is NODATA
 * (NOERROR, empty answer). Names are case-insensitive (RFC 4343). UDP only: keep answers small.
 */
import dns2 from 'dns2';
import type { AddressInfo } from 'node:net';

const { Packet } = dns2;

/** What the server does for a name: answer from its records, or fail in one of these ways. */
export type DnsBehaviour =
  | 'answer'
  | 'nxdomain' // RCODE 3, RFC 1035 §4.1.1
  | 'servfail' // RCODE 2
  | 'refused' // RCODE 5
  | 'silent' // never answers: the client must give up by itself
  | 'malformed'; // a reply whose answer section is cut off mid-record, without the TC bit

export interface DnsZoneEntry {
  /** MX records; `[NULL_MX]` is RFC 7505's "this domain takes no mail". */
  mx?: Array<{ preference: number; exchange: string }>;
  a?: string[];
  aaaa?: string[];
  behaviour?: DnsBehaviour;
  /** Answer after this many milliseconds (for budget and load tests). */
  delayMs?: number;
}

export type DnsZone = Record<string, DnsZoneEntry>;

/** RFC 7505 §3: a single MX of preference 0 whose exchange is the root. */
export const NULL_MX = { preference: 0, exchange: '.' } as const;

export interface DnsQuery {
  name: string;
  /** 'MX', 'A', 'AAAA', or the numeric type for others. */
  type: string;
}

export interface TestDnsServer {
  /** `127.0.0.1:port`, the form `DNS_SERVERS` takes. */
  address: string;
  port: number;
  /** Every question received, in order. */
  queries: DnsQuery[];
  /** How many questions matched the name (and the type, when given). */
  queryCount(name: string, type?: string): number;
  /** Replaces the zone; queries already counted stay. */
  setZone(zone: DnsZone): void;
  close(): Promise<void>;
}

export interface DnsServerOptions {
  /** What happens to names the zone does not hold; NXDOMAIN unless told. */
  unknown?: DnsBehaviour;
  /** Added to every answer, before any per-entry delay. */
  delayMs?: number;
}

type Request = InstanceType<typeof Packet>;
type Send = (response: Request | Buffer) => Promise<Buffer>;

const TYPE_NAMES: Record<number, string> = { [Packet.TYPE.MX]: 'MX', [Packet.TYPE.A]: 'A', [Packet.TYPE.AAAA]: 'AAAA' };
const RCODE = { servfail: 2, nxdomain: 3, refused: 5 } as const;
const TTL = 300;

function records(question: Request['questions'][number], entry: DnsZoneEntry): Request['answers'] {
  const base = { name: question.name, class: Packet.CLASS.IN, ttl: TTL };
  switch (question.type) {
    case Packet.TYPE.MX:
      return (entry.mx ?? []).map(({ preference, exchange }) => ({ ...base, type: Packet.TYPE.MX, priority: preference, exchange }) as Request['answers'][number]);
    case Packet.TYPE.A:
      return (entry.a ?? []).map((address) => ({ ...base, type: Packet.TYPE.A, address }) as Request['answers'][number]);
    case Packet.TYPE.AAAA:
      return (entry.aaaa ?? []).map((address) => ({ ...base, type: Packet.TYPE.AAAA, address }) as Request['answers'][number]);
    default:
      return [];
  }
}

/**
 * A reply that claims one answer and stops in the middle of it: a valid MX answer for the
 * question with its last bytes cut off, as a broken middlebox or a spoofer might send.
 */
function malformedReply(request: Request): Buffer {
  const response = Packet.createResponseFromRequest(request);
  const question = request.questions[0];
  if (question !== undefined) {
    response.answers.push({ name: question.name, class: Packet.CLASS.IN, ttl: TTL, type: Packet.TYPE.MX, priority: 10, exchange: 'broken.example.ru' } as Request['answers'][number]);
  }
  const whole = response.toBuffer();
  return whole.subarray(0, whole.length - 6);
}

function reply(request: Request, behaviour: DnsBehaviour, entry: DnsZoneEntry | undefined): Request | Buffer | null {
  if (behaviour === 'silent') return null;
  if (behaviour === 'malformed') return malformedReply(request);
  const response = Packet.createResponseFromRequest(request);
  // RFC 1035 §4.1.1: AA, this server is the authority for its zone; RA, it serves as a resolver.
  response.header.aa = 1;
  response.header.ra = 1;
  if (behaviour !== 'answer') {
    response.header.rcode = RCODE[behaviour];
    return response;
  }
  for (const question of request.questions) response.answers.push(...records(question, entry ?? {}));
  return response;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startDnsServer(initialZone: DnsZone, options: DnsServerOptions = {}): Promise<TestDnsServer> {
  let zone = new Map(Object.entries(initialZone).map(([name, entry]) => [name.toLowerCase(), entry]));
  const queries: DnsQuery[] = [];
  const server = dns2.createUDPServer(async (request, send: Send) => {
    const question = request.questions[0];
    const name = (question?.name ?? '').toLowerCase().replace(/\.$/, '');
    queries.push({ name, type: TYPE_NAMES[question?.type ?? -1] ?? String(question?.type) });
    const entry = zone.get(name);
    const behaviour = entry?.behaviour ?? (entry === undefined ? (options.unknown ?? 'nxdomain') : 'answer');
    const delay = (options.delayMs ?? 0) + (entry?.delayMs ?? 0);
    if (delay > 0) await sleep(delay);
    const response = reply(request, behaviour, entry);
    // The client may have gone (a closed socket): a test server must not crash the test run.
    if (response !== null) await send(response).catch(() => undefined);
  });
  await server.listen(0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    port,
    queries,
    queryCount: (name, type) => queries.filter((q) => q.name === name.toLowerCase() && (type === undefined || q.type === type)).length,
    setZone(next) {
      zone = new Map(Object.entries(next).map(([name, entry]) => [name.toLowerCase(), entry]));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
