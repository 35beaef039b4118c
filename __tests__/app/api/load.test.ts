/**
 * `/api/resolve` under load: 50 connections for 10 s, addresses at known domains and never-seen
 * domains mixed, every MX lookup answered by a real DNS server on 127.0.0.1. No 5xx, no socket
 * error or timeout, the heap as flat after the run as before it, the MX cache never over its
 * bound, and nothing of the addresses in the server's output; and with the rate limit on, the
 * same flood meets 429s that say when to come back, still without a 5xx.
 *
 * What it asserts about the cache does not depend on timing (issue 12: it failed once in two full
 * runs). It compared the cache's size with the names the DNS server had received, right after
 * autocannon returned. But autocannon returns at the end of its duration with up to 50 requests
 * still in the route: each has put its domain in the cache (at once, as a pending lookup) while
 * its DNS question may not have reached the server yet, which runs in this same process and reads
 * its socket only when the event loop turns. On a busy machine the two counts drifted apart by
 * those requests. Now the server counts the domains the route was given, the test waits until the
 * route has answered every request it took (an event, not a delay), and the cache must hold
 * exactly those domains, up to its bound; stale entries stay counted until touched, so no TTL can
 * expire into the result either.
 *
 * The route runs behind a small node:http server in this process rather than `next start`: the
 * load test then belongs to `npm test` without a build, and memory is read where the route runs
 * (the e2e harness does not hand out the server's pid, and an endpoint that reports memory would
 * be one more thing to protect). What the HTTP layer of Next adds is measured by `npm run bench`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { format } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import autocannon from 'autocannon';

import * as route from '@/app/api/resolve/route';
import { mxCacheMax, mxCacheSize } from '@/lib/mx/mx-cache';

import { startDnsServer, type TestDnsServer } from '../../support/dns-server';

const MB = 1024 * 1024;
const CONNECTIONS = 50;
const LOAD_SECONDS = 10;
const WARM_UP_SECONDS = 3;

type Handler = (request: Request) => Promise<Response>;

interface LocalServer {
  url: string;
  /** Every domain the route was asked about (by `domain=` or in an `address=`), lower-case. */
  domains: Set<string>;
  /** Resolves once the route has answered every request it took, even those the client gave up on. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The domain a request names, as the route reads it. */
function domainOf(url: URL): string {
  const address = url.searchParams.get('address');
  return (address === null ? (url.searchParams.get('domain') ?? '') : address.slice(address.lastIndexOf('@') + 1)).toLowerCase();
}

/** Serves `handler` on 127.0.0.1 the way a route handler is served: a Web Request in, a Response out. */
async function serve(handler: Handler): Promise<LocalServer> {
  const domains = new Set<string>();
  let inRoute = 0;
  let whenIdle: (() => void)[] = [];
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const request = new Request(`http://127.0.0.1${incoming.url ?? '/'}`, { method: incoming.method ?? 'GET', headers });
    domains.add(domainOf(new URL(request.url)));
    inRoute += 1;
    void handler(request)
      .then(async (response) => {
        const body = Buffer.from(await response.arrayBuffer());
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(body);
      })
      .catch(() => {
        // Only this adapter can get here (the route answers everything itself): count it as a 5xx.
        outgoing.writeHead(599);
        outgoing.end();
      })
      .finally(() => {
        inRoute -= 1;
        if (inRoute > 0) return;
        for (const resolve of whenIdle) resolve();
        whenIdle = [];
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    domains,
    idle: () => (inRoute === 0 ? Promise.resolve() : new Promise<void>((resolve) => whenIdle.push(resolve))),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A full collection, when V8 lets the test ask for one (`--expose-gc` turned on at run time, the
 * function taken from a fresh context). Without it the warm-up round still makes the baseline.
 */
function collectGarbage(): void {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    if (typeof gc === 'function') {
      gc();
      gc();
    }
  } catch {
    // No collection on demand: the comparison stays between two warm states.
  }
}

function memory(): { heapMb: number; rssMb: number } {
  collectGarbage();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapMb: heapUsed / MB, rssMb: rss / MB };
}

/** Consumer domains the app knows, and company domains whose MX the DNS server knows. */
const knownDomains = ['mail.ru', 'bk.ru', 'yandex.ru', 'rambler.ru', 'zavod-primer.ru', 'kontora-primer.com'];

/**
 * One request in three names an address at a known domain, as an integrator sends it; the others
 * a domain never seen before, so the cache churns (more new domains than it holds, on a machine
 * that serves a few hundred a second) and each of them costs a DNS query. Every address is new:
 * the server's output must hold none of them (`addressesSent`).
 */
const addressesSent = new Set<string>();
function mixedRequests(round: string): autocannon.Request[] {
  let count = 0;
  return [
    {
      method: 'GET',
      setupRequest: (request) => {
        count += 1;
        if (count % 3 !== 0) return { ...request, path: `/api/resolve?domain=firm-${round}-${count}-primer.ru` };
        const address = `reader.${round}.${count}@${knownDomains[(count / 3) % knownDomains.length] ?? 'mail.ru'}`;
        addressesSent.add(address);
        return { ...request, path: `/api/resolve?address=${encodeURIComponent(address)}` };
      },
    },
  ];
}

/**
 * Everything the server would print while `run` goes on: console calls and writes to stdout and
 * stderr, held back here instead, for the test to search.
 */
async function outputDuring<T>(run: () => Promise<T>): Promise<{ result: T; output: string }> {
  let output = '';
  const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      output += `${format(...args)}\n`;
    }),
  );
  const write = (chunk: unknown) => {
    output += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    return true;
  };
  const streamSpies = [jest.spyOn(process.stdout, 'write').mockImplementation(write), jest.spyOn(process.stderr, 'write').mockImplementation(write)];
  try {
    return { result: await run(), output };
  } finally {
    for (const spy of [...consoleSpies, ...streamSpies]) spy.mockRestore();
  }
}

/** The addresses sent, and their local parts, that appear in `output`. */
function addressesIn(output: string): string[] {
  const text = output.toLowerCase();
  return [...addressesSent].flatMap((address) => [address, encodeURIComponent(address), address.slice(0, address.indexOf('@'))]).filter((needle) => text.includes(needle.toLowerCase()));
}

/** The MX cache's size, sampled while the load runs. */
function watchCache(): { stop(): number } {
  let largest = mxCacheSize();
  const timer = setInterval(() => {
    largest = Math.max(largest, mxCacheSize());
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(largest, mxCacheSize());
    },
  };
}

let dns: TestDnsServer;
const savedEnv = { ...process.env };

beforeAll(async () => {
  dns = await startDnsServer({
    'mail.ru': { mx: [{ preference: 10, exchange: 'mxs.mail.ru' }] },
    'bk.ru': { mx: [{ preference: 10, exchange: 'mxs.mail.ru' }] },
    'mxs.mail.ru': { a: ['217.69.139.150', '94.100.180.104'] },
    'yandex.ru': { mx: [{ preference: 10, exchange: 'mx.yandex.ru' }] },
    'mx.yandex.ru': { a: ['77.88.21.249'] },
    'zavod-primer.ru': { mx: [{ preference: 10, exchange: 'emx.mail.ru' }] },
    'emx.mail.ru': { a: ['217.69.139.150'] },
    'kontora-primer.com': { mx: [{ preference: 10, exchange: 'mail.kontora-primer.com' }] },
    'mail.kontora-primer.com': { a: ['2.57.186.10'] },
  });
  process.env.DNS_SERVERS = dns.address;
  delete process.env.MX_LOOKUP;
});

afterAll(async () => {
  await dns.close();
  process.env = savedEnv;
});

describe('GET /api/resolve under load', () => {
  let server: LocalServer;

  beforeAll(async () => {
    // Read once, at the limiter's first use: here the limit is off, below it is on.
    process.env.RESOLVE_RATE_LIMIT = '0';
    server = await serve(route.GET);
  });

  afterAll(async () => {
    await server.close();
  });

  it(`holds ${CONNECTIONS} connections for ${LOAD_SECONDS} s: no 5xx, no error, flat memory, bounded cache, no address in the output`, async () => {
    const { result: run, output } = await outputDuring(async () => {
      // The warm-up compiles the code paths, loads the network table and fills the cache.
      await autocannon({ url: server.url, connections: CONNECTIONS, duration: WARM_UP_SECONDS, requests: mixedRequests('warm-up') });
      await server.idle();
      const before = memory();
      const cache = watchCache();

      const result = await autocannon({ url: server.url, connections: CONNECTIONS, duration: LOAD_SECONDS, timeout: 5, requests: mixedRequests('load') });

      // autocannon stops at the end of its duration, with requests still in the route.
      await server.idle();
      return { result, before, after: memory(), largestCache: cache.stop() };
    });
    const { result, before, after, largestCache } = run;
    if (process.env.LOAD_TEST_REPORT === '1') {
      console.info({ requests: result.requests.total, p99Ms: result.latency.p99, statusCodes: result.statusCodeStats, before, after, largestCache });
    }
    expect(result.requests.total).toBeGreaterThan(CONNECTIONS * LOAD_SECONDS);
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, '5xx': result['5xx'] }).toEqual({ errors: 0, timeouts: 0, non2xx: 0, '5xx': 0 });
    // Generous bounds: what must not happen is growth with the number of requests.
    expect(after.heapMb - before.heapMb).toBeLessThan(32);
    expect(after.rssMb - before.rssMb).toBeLessThan(128);
    // Every domain the route was asked about is cached (an expired entry still counts until it is
    // touched again), up to the bound and never past it.
    expect(largestCache).toBeLessThanOrEqual(mxCacheMax);
    expect(mxCacheSize()).toBe(Math.min(mxCacheMax, server.domains.size));
    // Two requests in three named a domain never seen before (less those autocannon cut off): the
    // cache really churned.
    const freshDomains = [...server.domains].filter((domain) => domain.startsWith('firm-load-')).length;
    expect(freshDomains).toBeGreaterThanOrEqual((result.requests.total * 2) / 3 - CONNECTIONS);
    expect(addressesIn(output)).toEqual([]);
  }, 40_000);
});

/** Every timer jest can fake but `Date`: autocannon, the DNS budget and the sockets keep real time. */
const timersThatRun = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

describe('GET /api/resolve flooded with the rate limit on', () => {
  const perMinute = 60;
  let server: LocalServer;

  beforeAll(async () => {
    process.env.RESOLVE_RATE_LIMIT = String(perMinute);
    let limited: Handler | undefined;
    // A fresh module registry: the limiter is built from the environment at its first use.
    await jest.isolateModulesAsync(async () => {
      limited = (await import('@/app/api/resolve/route')).GET;
    });
    if (limited === undefined) throw new Error('the route did not load');
    server = await serve(limited);
  });

  afterAll(async () => {
    await server.close();
  });

  it('answers past the budget with 429 and Retry-After, never a 5xx', async () => {
    const retryAfter: string[] = [];
    const requests = mixedRequests('flood').map((request) => ({
      ...request,
      onResponse: (status: number, _body: string, _context: Record<string, unknown>, headers: Record<string, string | string[]>) => {
        if (status === 429) retryAfter.push(String(headers['retry-after'] ?? ''));
      },
    }));

    // The limiter's clock (Date.now) stands still during the flood, and nothing else does: no
    // token comes back however slowly the machine serves it, so exactly the bucket passes. (It
    // ran for two seconds, and a machine too busy to serve 60 requests in them met no 429.)
    jest.useFakeTimers({ doNotFake: [...timersThatRun] });
    const { result, output } = await outputDuring(async () => {
      try {
        const flood = await autocannon({ url: server.url, connections: 10, amount: perMinute * 2, requests });
        await server.idle();
        return flood;
      } finally {
        jest.useRealTimers();
      }
    });

    const ok = result.statusCodeStats['200']?.count ?? 0;
    const tooMany = result.statusCodeStats['429']?.count ?? 0;
    expect({ errors: result.errors, timeouts: result.timeouts, '5xx': result['5xx'] }).toEqual({ errors: 0, timeouts: 0, '5xx': 0 });
    // One client (no trusted proxy): a full bucket of 60, and nothing more while the clock stands.
    expect({ ok, tooMany }).toEqual({ ok: perMinute, tooMany: perMinute });
    expect(retryAfter).toHaveLength(tooMany);
    expect(retryAfter.every((value) => /^[1-9]\d*$/.test(value))).toBe(true);
    expect(addressesIn(output)).toEqual([]);
  }, 20_000);
});
