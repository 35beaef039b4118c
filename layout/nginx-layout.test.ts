/**
 * The production layout of docs/deploy.md, run for real: two standalone instances (the build of
 * `npm run build`) behind nginx, all on loopback. The nginx site and the instances' environment
 * are read from docs/deploy.md (layout/support/deploy-doc.ts), so the document is what is tested;
 * only ports, paths and the API's rate are changed for a test (layout/support/nginx.ts says why).
 * Each instance has a DNS server of its own, so the test knows which instance a lookup came from.
 *
 * Run by `npm run test:layout` (scripts/run-layout-test.mjs), the last step of `npm test`. The
 * tests run in order: the last kills an instance, and the log check reads what all of them did.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { locales } from '@/lib/i18n/locales';

import { startDnsServer, type DnsZone, type TestDnsServer } from '../__tests__/support/dns-server';
import { nginxSite, systemdUnit, unitEnvironment } from './support/deploy-doc';
import { postJson, send, type Answer, type RequestOptions } from './support/http';
import { freePort, standaloneDir, startInstance, type Instance } from './support/instance';
import { startNginx, type LayoutNginx } from './support/nginx';
import { start } from './support/processes';

const VK_IP = '217.69.139.150';
const OTHER_VK_IP = '94.100.180.104';
const ROSTELECOM_IP = '2.57.186.10';

const zone: DnsZone = {
  'mail.ru': { mx: [{ preference: 10, exchange: 'mxs.mail.ru' }] },
  'bk.ru': { mx: [{ preference: 10, exchange: 'mxs.mail.ru' }] },
  'mxs.mail.ru': { a: [VK_IP, OTHER_VK_IP] },
  // Three hosts of two addresses: an MX answer long enough for nginx to compress.
  'zavod-primer.ru': {
    mx: [
      { preference: 10, exchange: 'mx1.zavod-primer.ru' },
      { preference: 20, exchange: 'mx2.zavod-primer.ru' },
      { preference: 30, exchange: 'mx3.zavod-primer.ru' },
    ],
  },
  'mx1.zavod-primer.ru': { a: [ROSTELECOM_IP, VK_IP] },
  'mx2.zavod-primer.ru': { a: [ROSTELECOM_IP, OTHER_VK_IP] },
  'mx3.zavod-primer.ru': { a: [ROSTELECOM_IP, VK_IP] },
};

/** Every address, local part and letter text the test sends: none may show up in a log. */
const personalData = new Set<string>();
function address(localPart: string, domain: string): string {
  const whole = `${localPart}@${domain}`;
  for (const form of [localPart, whole, encodeURIComponent(whole)]) personalData.add(form);
  return whole;
}
function letterText(text: string): string {
  personalData.add(text);
  return text;
}

/** The API's burst in the document's nginx site: how many requests past the first a client may send at once. */
const apiBurst = Number(/limit_req zone=unblock_api burst=(\d+)/.exec(nginxSite())?.[1]);

let prefix: string;
let dnsA: TestDnsServer;
let dnsB: TestDnsServer;
let a: Instance;
let b: Instance;
let nginx: LayoutNginx;

/** Distinct ports from the system (a port probed free is closed again, so ask until they differ). */
async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

beforeAll(async () => {
  prefix = mkdtempSync(join(tmpdir(), 'unblock-layout-'));
  // For a name outside the zone, B's resolver says NXDOMAIN at once and A's never answers: a
  // request about such a domain stays in flight on A for the app's DNS budget (1.5 s), and only B
  // can answer it with `mxStatus: "nxdomain"`.
  [dnsA, dnsB] = await Promise.all([startDnsServer(zone, { unknown: 'silent' }), startDnsServer(zone)]);
  const [portA = 0, portB = 0, nginxPort = 0] = await distinctFreePorts(3);
  const unit = systemdUnit();
  [a, b] = await Promise.all([
    startInstance({ ...unitEnvironment(unit, String(portA)), DNS_SERVERS: dnsA.address }),
    startInstance({ ...unitEnvironment(unit, String(portB)), DNS_SERVERS: dnsB.address }),
  ]);
  nginx = await startNginx(nginxSite(), { prefix, port: nginxPort, instancePorts: [portA, portB] });
}, 120_000);

afterAll(async () => {
  await Promise.all([nginx?.stop(), a?.started.stop(), b?.started.stop()]);
  await Promise.all([dnsA?.close(), dnsB?.close()]);
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

/** What must be equal between two answers to one request: a page's nonce differs by design. */
function comparable({ status, headers, text }: Answer) {
  const type = String(headers['content-type'] ?? '');
  const nonce = /'nonce-([^']+)'/.exec(String(headers['content-security-policy'] ?? ''))?.[1];
  return {
    status,
    type,
    allow: headers.allow,
    location: headers.location,
    etag: headers.etag,
    cacheControl: headers['cache-control']?.replace(/max-age=\d+/, 'max-age=…'),
    body: type.startsWith('application/json') ? (JSON.parse(text) as unknown) : nonce ? text.replaceAll(nonce, '…') : text,
  };
}

/**
 * Waits until an instance's MX answer for a domain is whole. On a loaded machine an address query
 * can outlast the 1.5 s DNS budget; the instance then keeps that cut-short answer for 30 s (by
 * design), and two instances may hold different ones. The comparison below is about what nginx
 * forwards, not about DNS timing, so it starts from whole answers on both instances.
 */
async function wholeMxAnswer(base: string, domain: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { text } = await send(`${base}/api/resolve?domain=${domain}&only=mx`);
    const body = JSON.parse(text) as { mx?: { addresses: unknown[] }[] | null };
    if (body.mx?.every((host) => host.addresses.length > 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${base} kept a cut-short MX answer for ${domain} for a minute`);
}

describe('two instances behind nginx, as docs/deploy.md sets them up', () => {
  it('answers through nginx exactly as an instance answers directly', async () => {
    const from = '127.10.0.1';
    for (const instance of [a, b]) for (const domain of ['bk.ru', 'mail.ru']) await wholeMxAnswer(instance.url, domain);
    const page = await send(`${a.url}/en`);
    const script = /\/_next\/static\/[^"]+\.js/.exec(page.text)?.[0];
    expect(script).toBeDefined();
    const letters = { recipient: address('ivan.layout', 'mail.ru'), senderName: 'Anne', note: letterText('layout-note-5f2a'), languages: ['ru', 'en'] };
    const requests: [string, string, RequestOptions][] = [
      ['the MX answer of a domain', '/api/resolve?domain=bk.ru&only=mx', {}],
      ['the resolution of an address', `/api/resolve?address=${encodeURIComponent(address('olga.layout', 'bk.ru'))}`, {}],
      ['the letters', '/api/letters', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(letters) }],
      ['a refused domain', '/api/resolve?domain=bk..ru&only=mx', {}],
      ['a POST that is not JSON', '/api/letters', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'recipient=x' }],
      ['a method the route does not take', '/api/letters', { method: 'PUT' }],
      ['the health', '/api/health', {}],
      ['a page', '/ru', {}],
      ['the root', '/', { headers: { 'Accept-Language': 'fr' } }],
      ['a script', script ?? '', {}],
    ];
    for (const [what, path, options] of requests) {
      const direct = await send(`${a.url}${path}`, options);
      const other = await send(`${b.url}${path}`, options);
      const proxied = await send(`${nginx.url}${path}`, { ...options, from });
      expect({ what, ...comparable(proxied) }).toEqual({ what, ...comparable(direct) });
      expect({ what, ...comparable(other) }).toEqual({ what, ...comparable(direct) });
    }
  }, 180_000);

  it('brings the cache headers to the client: public MX answers with an ETag and 304, no-store for the rest', async () => {
    const from = '127.11.0.1';
    const mxUrl = `${nginx.url}/api/resolve?domain=zavod-primer.ru&only=mx`;
    const mx = await send(mxUrl, { from });
    const maxAge = Number(/^public, max-age=(\d+), stale-while-revalidate=60, no-transform$/.exec(mx.headers['cache-control'] ?? '')?.[1]);
    expect(mx.status).toBe(200);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(600);
    const tag = mx.headers.etag ?? '';
    expect(tag).toMatch(/^"[\w-]+"$/);

    const notModified = await send(mxUrl, { from, headers: { 'If-None-Match': tag } });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toHaveLength(0);
    expect(notModified.headers.etag).toBe(tag);

    // Compressed, the same answer and the same tag (nginx may mark it weak): either form revalidates.
    const zipped = await send(mxUrl, { from, headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(zipped.body).toString('utf8'))).toEqual(JSON.parse(mx.text));
    expect([tag, `W/${tag}`]).toContain(zipped.headers.etag);
    for (const candidate of [tag, `W/${tag}`]) {
      expect((await send(mxUrl, { from, headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': candidate } })).status).toBe(304);
    }

    const withAddress = await send(`${nginx.url}/api/resolve?address=${encodeURIComponent(address('petr.layout', 'bk.ru'))}&only=mx`, { from });
    expect(withAddress.status).toBe(200);
    expect(withAddress.headers['cache-control']).toBe('no-store, no-transform');
    const posted = await postJson(`${nginx.url}/api/letters`, { recipient: address('anna.layout', 'mail.ru') }, { from });
    expect(posted.status).toBe(200);
    expect(posted.headers['cache-control']).toBe('no-store');

    const page = await send(`${nginx.url}/en`, { from });
    expect(page.headers['cache-control']).toMatch(/no-store/);
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
    const script = /\/_next\/static\/[^"]+\.js/.exec(page.text)?.[0] ?? '';
    expect((await send(`${nginx.url}${script}`, { from })).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('never writes a forged Host, X-Forwarded-Host or X-Forwarded-Proto into a page or a redirect', async () => {
    const from = '127.12.0.1';
    const forged = { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'http' };
    for (const base of [a.url, nginx.url]) {
      const page = await send(`${base}/en`, { from, headers: forged });
      const alternates = [...page.text.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang, href]);
      expect(page.status).toBe(200);
      expect(page.text).not.toContain('evil.example');
      expect(alternates).toEqual([...locales.map((locale) => [locale, `https://unblock.example/${locale}`]), ['x-default', 'https://unblock.example']]);
      expect(page.text).toContain('<link rel="canonical" href="https://unblock.example/en"/>');

      const root = await send(`${base}/`, { from, headers: { ...forged, 'Accept-Language': 'de' } });
      expect(root.status).toBe(307);
      expect(root.headers.location).toBe('/de');
    }
  });

  it('limits each client by the address nginx sees; a forged X-Forwarded-For buys no fresh budget', async () => {
    const [limited, other] = ['127.20.0.1', '127.20.0.2'];
    const url = `${nginx.url}/api/resolve?domain=mail.ru&only=mx`;
    let allowed = 0;
    let refusal: Answer | undefined;
    while (refusal === undefined && allowed <= apiBurst + 5) {
      const answer = await send(url, { from: limited });
      if (answer.status === 429) refusal = answer;
      else {
        expect(answer.status).toBe(200);
        allowed += 1;
      }
    }
    // The first request, then the burst; one more only if the test took a whole minute.
    expect(allowed).toBeGreaterThanOrEqual(apiBurst + 1);
    expect(allowed).toBeLessThanOrEqual(apiBurst + 2);
    expect(JSON.parse(refusal?.text ?? '{}')).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
    expect(refusal?.headers['retry-after']).toMatch(/^[1-9]\d*$/);

    const spoofed = { 'X-Forwarded-For': '203.0.113.9', 'X-Real-IP': '203.0.113.9', Forwarded: 'for=203.0.113.9' };
    expect((await send(url, { from: limited, headers: spoofed })).status).toBe(429);
    expect((await send(url, { from: other })).status).toBe(200);
  });

  it('never limits /api/health', async () => {
    const statuses = new Set<number>();
    for (let i = 0; i < apiBurst * 2; i += 1) statuses.add((await send(`${nginx.url}/api/health`, { from: '127.21.0.1' })).status);
    expect([...statuses]).toEqual([200]);
  });

  it('loses no request and answers no 5xx when an instance dies mid-load', async () => {
    const clients = 12;
    const requestsPerClient = 20;
    const answers: Promise<Answer>[] = [];
    // The load pauses while A is killed, and goes on after. A response A had begun to send when it
    // died cannot be saved by any proxy: nginx has passed its first bytes on, and the client sees
    // the connection cut ("aborted", one CI run in several). What the layout promises is that a
    // request A holds and has not begun to answer is answered by B: the held requests below.
    let gate: Promise<void> | null = null;
    let openGate = () => {};
    let loadInFlight = 0;
    const load = Array.from({ length: clients }, async (_, client) => {
      const from = `127.30.0.${client + 1}`;
      for (let n = 0; n < requestsPerClient; n += 1) {
        if (gate) await gate;
        loadInFlight += 1;
        const answer =
          n % 2 === 0
            ? send(`${nginx.url}/api/resolve?address=${encodeURIComponent(address(`reader${client}-${n}`, 'bk.ru'))}`, { from })
            : postJson(`${nginx.url}/api/letters`, { recipient: address(`writer${client}-${n}`, 'mail.ru'), note: letterText(`load-note-${client}-${n}`) }, { from });
        answers.push(answer);
        await answer.catch(() => undefined);
        loadInFlight -= 1;
      }
    });

    // Mid-load: a quarter of it answered; then the load waits, once what it has in flight is answered.
    while (answers.length < (clients * requestsPerClient) / 4) await new Promise((resolve) => setTimeout(resolve, 10));
    gate = new Promise<void>((resolve) => (openGate = resolve));
    while (loadInFlight > 0) await new Promise((resolve) => setTimeout(resolve, 10));

    // Requests about domains of their own (held-N-get-primer.ru, held-N-post-primer.ru), until
    // instance A holds a GET and a POST at once: its resolver has their questions and their
    // clients have no answer. (nginx alternates between the instances, so a request that B
    // answers is followed by another.) A holds each for its DNS budget, 1.5 s, and dies the moment
    // it holds both.
    type Held = { kind: 'get' | 'post'; domain: string; answer: Promise<Answer>; answered: boolean };
    const held: Held[] = [];
    const waitsOnA = (request: Held) => !request.answered && dnsA.queryCount(request.domain, 'MX') > 0;
    const heldByA = (kind: Held['kind']) => held.filter((request) => request.kind === kind && waitsOnA(request));
    const sendHeld = (kind: Held['kind']): Held => {
      const n = held.length;
      const domain = `held-${n}-${kind}-primer.ru`;
      const recipient = address(`held${n}`, domain);
      const from = `127.31.${Math.floor(n / 200)}.${(n % 200) + 1}`;
      const answer =
        kind === 'get'
          ? send(`${nginx.url}/api/resolve?address=${encodeURIComponent(recipient)}`, { from })
          : postJson(`${nginx.url}/api/letters`, { recipient }, { from });
      const request: Held = { kind, domain, answer, answered: false };
      const settle = () => (request.answered = true);
      void answer.then(settle, settle);
      held.push(request);
      return request;
    };
    while (heldByA('get').length === 0 || heldByA('post').length === 0) {
      if (held.length >= 200) throw new Error(`after ${held.length} requests, instance A never held a GET and a POST at once`);
      const sent = (['get', 'post'] as const).filter((kind) => heldByA(kind).length === 0).map(sendHeld);
      // Each is answered by B, or waits on A's resolver: wait for whichever comes first.
      while (sent.some((request) => !request.answered && !waitsOnA(request))) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const inFlightOnA = [...heldByA('get'), ...heldByA('post')];
    expect(await a.started.stop('SIGKILL')).toBe(137);

    gate = null;
    openGate();
    await Promise.all(load);
    const settled = await Promise.allSettled([...answers, ...held.map((request) => request.answer)]);
    const failures = settled
      .map((result) => (result.status === 'rejected' ? String(result.reason) : result.value.status === 200 ? null : `${result.value.status} ${result.value.text.slice(0, 100)}`))
      .filter((failure) => failure !== null);
    expect(failures).toEqual([]);
    // What A held when it died, B answered again: only B's resolver says NXDOMAIN (A's says
    // nothing, and A itself would have said "timeout" had its budget run out first).
    const heldAnswers = await Promise.all(
      inFlightOnA.map(async ({ kind, answer }) => {
        const body = JSON.parse((await answer).text) as { mxStatus?: string; resolution?: { mxStatus?: string } };
        return { kind, mxStatus: body.mxStatus ?? body.resolution?.mxStatus };
      }),
    );
    expect(heldAnswers).toContainEqual({ kind: 'get', mxStatus: 'nxdomain' });
    expect(heldAnswers).toContainEqual({ kind: 'post', mxStatus: 'nxdomain' });
    expect(nginx.accessLog()).toMatch(/upstream=127\.0\.0\.1:\d+, 127\.0\.0\.1:\d+ status=502, 200/);
  }, 120_000);

  it('stops at start, with the reason, when SITE_URL is malformed: under server.js and next start', async () => {
    const [port = 0] = await distinctFreePorts(1);
    const environment: Record<string, string> = { ...unitEnvironment(systemdUnit(), String(port)), SITE_URL: 'unblock.example' };
    const env = { NODE_ENV: 'production' as const, PATH: process.env.PATH ?? '/usr/bin:/bin', ...environment };
    const nextBin = join(__dirname, '..', 'node_modules', 'next', 'dist', 'bin', 'next');
    for (const [command, args, cwd] of [
      [process.execPath, ['server.js'], standaloneDir],
      [process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], join(__dirname, '..')],
    ] as const) {
      const server = start(command, [...args], { cwd, env });
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain('Unblock Mail cannot start: SITE_URL: "unblock.example" is not a URL');
    }
  });

  it('leaves no address, local part or letter text in any log: the instances’ output, nginx’s access and error logs', () => {
    const logs = { a: a.started.output(), b: b.started.output(), access: nginx.accessLog(), errors: nginx.errorLogs() };
    expect(logs.access).toMatch(/\/api\/letters/);
    for (const [log, text] of Object.entries(logs)) {
      const found = [...personalData].filter((needle) => text.toLowerCase().includes(needle.toLowerCase()));
      expect({ log, found }).toEqual({ log, found: [] });
    }
  });
});
