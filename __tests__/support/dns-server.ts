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
 * (NOERROR, empty answer). Names are case-insensitive (RFC 4343). The server listens on UDP and
 * TCP on the same port, as RFC 7766 §5 asks of every DNS server: an answer too large for the
 * client's UDP payload (512 bytes, or its EDNS size) goes out with the TC bit and no records, and
 * the client asks again over TCP (RFC 1035 §4.2.2, RFC 7766 §6.2.1), as with a hundred MX records.
 *
 *     'big.ru': { mx: hundredRecords },                   // UDP: TC; TCP: all hundred
 *     'tc.ru': { behaviour: 'truncated', tcp: 'silent' }, // UDP: TC, empty; TCP: connects, says nothing
 *     'a.x.ru': { cname: 'b.x.ru' }, 'b.x.ru': { cname: 'a.x.ru' }, // a CNAME loop
 *     'mailfence.com': { txt: [['v=spf1 include:_spf.mailfence.com ', '-all']] }, // one TXT record in two strings
 */
import dns2 from 'dns2';
import type { AddressInfo, Socket } from 'node:net';

const { Packet } = dns2;

/** What the server does for a name: answer from its records, or fail in one of these ways. */
export type DnsBehaviour =
  | 'answer'
  | 'nxdomain' // RCODE 3, RFC 1035 §4.1.1
  | 'servfail' // RCODE 2
  | 'refused' // RCODE 5
  | 'silent' // never answers: the client must give up by itself
  | 'malformed' // a reply whose answer section is cut off mid-record, without the TC bit
  | 'truncated'; // over UDP, the TC bit and no records (RFC 1035 §4.1.1); over TCP, see `tcp`

export interface DnsZoneEntry {
  /** MX records; `[NULL_MX]` is RFC 7505's "this domain takes no mail". */
  mx?: Array<{ preference: number; exchange: string }>;
  a?: string[];
  aaaa?: string[];
  /**
   * TXT records, each one string or several character-strings (RFC 1035 §3.3.14): a record longer
   * than 255 bytes, such as a long SPF record, is published as several strings, which the client
   * joins (RFC 7208 §3.3).
   */
  txt?: Array<string | string[]>;
  behaviour?: DnsBehaviour;
  /**
   * Query types the server never answers for this name while it answers the others, as a
   * resolver whose AAAA query is lost while its A query comes back.
   */
  silentFor?: Array<'A' | 'AAAA' | 'MX' | 'TXT'>;
  /** Answer after this many milliseconds (for budget and load tests). */
  delayMs?: number;
  /**
   * What the server does when the name is asked over TCP; the UDP behaviour unless told, and
   * 'answer' for a 'truncated' name (the usual reason for TC: the records did not fit).
   */
  tcp?: DnsBehaviour;
  /**
   * The name is an alias (RFC 1034 §3.6.2): every question about it is answered with this CNAME,
   * then the chain through the zone, as a recursive resolver hands it over, whatever the type
   * asked. A loop (a → b → a) is sent as it stands, with NOERROR: the client must not follow it
   * for ever. `mx`, `a`, `aaaa` and `txt` of the same entry are ignored (RFC 2181 §10.1).
   */
  cname?: string;
}

export type DnsZone = Record<string, DnsZoneEntry>;

/** RFC 7505 §3: a single MX of preference 0 whose exchange is the root. */
export const NULL_MX = { preference: 0, exchange: '.' } as const;

export interface DnsQuery {
  name: string;
  /** 'MX', 'A', 'AAAA', 'TXT', or the numeric type for others. */
  type: string;
  /** How the question came: a client retries over TCP after a truncated UDP answer. */
  transport: 'udp' | 'tcp';
}

export interface TestDnsServer {
  /** `127.0.0.1:port`, the form `DNS_SERVERS` takes. */
  address: string;
  port: number;
  /** Every question received, in order. */
  queries: DnsQuery[];
  /** How many questions matched the name (and the type, when given), over either transport. */
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
type Answer = Request['answers'][number];
// dns2's UDP send returns a promise; its TCP send writes synchronously and returns nothing.
type Send = (response: Request | Buffer) => Promise<Buffer> | void;
type Zone = Map<string, DnsZoneEntry>;

const TYPE_NAMES: Record<number, string> = {
  [Packet.TYPE.MX]: 'MX',
  [Packet.TYPE.A]: 'A',
  [Packet.TYPE.AAAA]: 'AAAA',
  [Packet.TYPE.CNAME]: 'CNAME',
  [Packet.TYPE.TXT]: 'TXT',
};
const RCODE = { servfail: 2, nxdomain: 3, refused: 5 } as const;
const TTL = 300;
/** How far an alias chain is written out before the server gives up on it, as resolvers do. */
const MAX_CHAIN = 8;

const normalise = (name: string) => name.toLowerCase().replace(/\.$/, '');

function records(name: string, type: number, entry: DnsZoneEntry): Request['answers'] {
  const base = { name, class: Packet.CLASS.IN, ttl: TTL };
  switch (type) {
    case Packet.TYPE.MX:
      return (entry.mx ?? []).map(({ preference, exchange }) => ({ ...base, type: Packet.TYPE.MX, priority: preference, exchange }) as Answer);
    case Packet.TYPE.A:
      return (entry.a ?? []).map((address) => ({ ...base, type: Packet.TYPE.A, address }) as Answer);
    case Packet.TYPE.AAAA:
      return (entry.aaaa ?? []).map((address) => ({ ...base, type: Packet.TYPE.AAAA, address }) as Answer);
    case Packet.TYPE.TXT:
      return (entry.txt ?? []).map((data) => ({ ...base, type: Packet.TYPE.TXT, data: typeof data === 'string' ? [data] : data }) as Answer);
    default:
      return [];
  }
}

/**
 * The answer to one question: the records of the name, or, for an alias, its CNAME followed down
 * the zone (RFC 1034 §4.3.2 step 3a) until a name with records, a name outside the zone, a name
 * already written (a loop) or MAX_CHAIN links.
 */
function answers(question: Request['questions'][number], zone: Zone): Request['answers'] {
  const written: Request['answers'] = [];
  const seen = new Set<string>();
  let name = question.name;
  for (let link = 0; link < MAX_CHAIN; link += 1) {
    const entry = zone.get(normalise(name));
    if (entry === undefined) break;
    if (entry.cname === undefined) return [...written, ...records(name, question.type, entry)];
    if (seen.has(normalise(name))) break;
    seen.add(normalise(name));
    written.push({ name, class: Packet.CLASS.IN, ttl: TTL, type: Packet.TYPE.CNAME, domain: entry.cname } as Answer);
    name = entry.cname;
  }
  return written;
}

/**
 * A reply that claims one answer and stops in the middle of it: a valid MX answer for the
 * question with its last bytes cut off, as a broken middlebox or a spoofer might send.
 */
function malformedReply(request: Request): Buffer {
  const response = Packet.createResponseFromRequest(request);
  const question = request.questions[0];
  if (question !== undefined) {
    response.answers.push({ name: question.name, class: Packet.CLASS.IN, ttl: TTL, type: Packet.TYPE.MX, priority: 10, exchange: 'broken.example.ru' } as Answer);
  }
  const whole = response.toBuffer();
  return whole.subarray(0, whole.length - 6);
}

function reply(request: Request, behaviour: DnsBehaviour, zone: Zone): Request | Buffer | null {
  if (behaviour === 'silent') return null;
  if (behaviour === 'malformed') return malformedReply(request);
  const response = Packet.createResponseFromRequest(request);
  // RFC 1035 §4.1.1: AA, this server is the authority for its zone; RA, it serves as a resolver.
  response.header.aa = 1;
  response.header.ra = 1;
  if (behaviour === 'truncated') {
    response.header.tc = 1;
    return response;
  }
  if (behaviour !== 'answer') {
    response.header.rcode = RCODE[behaviour];
    return response;
  }
  for (const question of request.questions) response.answers.push(...answers(question, zone));
  return response;
}

/** What the server does for a name asked over a transport. */
function behaviourFor(entry: DnsZoneEntry | undefined, transport: DnsQuery['transport'], unknown: DnsBehaviour): DnsBehaviour {
  if (entry === undefined) return unknown;
  const udp = entry.behaviour ?? 'answer';
  if (transport === 'udp') return udp;
  return entry.tcp ?? (udp === 'truncated' ? 'answer' : udp);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type UdpServer = ReturnType<typeof dns2.createUDPServer>;
type TcpServer = ReturnType<typeof dns2.createTCPServer>;

/**
 * Listens on UDP and TCP on one free port, trying a few ports: the TCP one may be taken. Each
 * attempt binds a new UDP socket: a closed one cannot be bound again (Node's
 * ERR_SOCKET_DGRAM_NOT_RUNNING, "Not running"), which made one jest run in ten red when the first
 * port's TCP side was taken. `tcp` may be any server with net.Server's listen and events.
 */
export async function listenOnOnePort(
  createUdp: () => UdpServer,
  tcp: Pick<TcpServer, 'listen' | 'once' | 'off'>,
): Promise<{ udp: UdpServer; port: number }> {
  for (let attempt = 0; ; attempt += 1) {
    const udp = createUdp();
    await udp.listen(0, '127.0.0.1');
    const { port } = udp.address() as AddressInfo;
    try {
      await new Promise<void>((resolve, reject) => {
        tcp.once('error', reject);
        tcp.listen(port, '127.0.0.1', () => {
          tcp.off('error', reject);
          resolve();
        });
      });
      return { udp, port };
    } catch (error) {
      await new Promise<void>((resolve) => udp.close(() => resolve()));
      if (attempt >= 4) throw error;
    }
  }
}

/** RFC 1035 §3.3: a character-string is at most 255 bytes; dns2 would write a longer one garbled. */
function checkTxt(name: string, entry: DnsZoneEntry): void {
  for (const record of entry.txt ?? []) {
    for (const text of typeof record === 'string' ? [record] : record) {
      if (Buffer.byteLength(text) > 255) throw new Error(`${name}: a TXT string holds 255 bytes at most; split the record in several strings`);
    }
  }
}

export async function startDnsServer(initialZone: DnsZone, options: DnsServerOptions = {}): Promise<TestDnsServer> {
  const toZone = (next: DnsZone): Zone =>
    new Map(
      Object.entries(next).map(([name, entry]) => {
        checkTxt(name, entry);
        return [name.toLowerCase(), entry];
      }),
    );
  let zone = toZone(initialZone);
  const queries: DnsQuery[] = [];
  const handle = (transport: DnsQuery['transport']) => async (request: Request, send: Send) => {
    const question = request.questions[0];
    const name = normalise(question?.name ?? '');
    const type = TYPE_NAMES[question?.type ?? -1] ?? String(question?.type);
    queries.push({ name, type, transport });
    const entry = zone.get(name);
    const silenced = entry?.silentFor?.some((silent) => silent === type) ?? false;
    const behaviour = silenced ? 'silent' : behaviourFor(entry, transport, options.unknown ?? 'nxdomain');
    const delay = (options.delayMs ?? 0) + (entry?.delayMs ?? 0);
    if (delay > 0) await sleep(delay);
    const response = reply(request, behaviour, zone);
    if (response !== null) {
      try {
        await send(response);
      } catch {
        // The client may have gone (a closed socket): a test server must not crash the test run.
      }
    }
  };
  const tcp = dns2.createTCPServer(handle('tcp'));
  tcp.on('requestError', () => undefined);
  // Closed by close(): dns2 keeps an idle TCP connection for ten seconds (RFC 7766 §6.2.3).
  const sockets = new Set<Socket>();
  tcp.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  const { udp, port } = await listenOnOnePort(() => dns2.createUDPServer(handle('udp')), tcp);
  return {
    address: `127.0.0.1:${port}`,
    port,
    queries,
    queryCount: (name, type) => queries.filter((q) => q.name === name.toLowerCase() && (type === undefined || q.type === type)).length,
    setZone(next) {
      zone = toZone(next);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([
        new Promise<void>((resolve) => udp.close(() => resolve())),
        new Promise<void>((resolve) => tcp.close(() => resolve())),
      ]);
    },
  };
}
