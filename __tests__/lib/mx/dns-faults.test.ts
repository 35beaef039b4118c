/**
 * The DNS faults a resolver meets in the wild, from a real DNS server on 127.0.0.1: whatever the
 * server does, `lookupMx` and `GET /api/resolve` answer within the 1.5 s budget (asserted under
 * 2 s, measured, for a margin on a busy machine), the app's own data still name the provider, and
 * nothing becomes a 500.
 */
import * as route from '@/app/api/resolve/route';
import { lookupMx } from '@/lib/mx/lookup-mx';
import type { MxStatus, Resolution } from '@/lib/resolve/types';

import type { DnsZone } from '../../support/dns-server';
import { withTestDns } from '../../support/with-test-dns';

/** mxs.mail.ru, on VK's network (AS47764). */
const VK_IP = '217.69.139.150';
const BUDGET_WITH_MARGIN_MS = 2000;

const hundredMx = Array.from({ length: 100 }, (_, i) => ({ preference: 100 - i, exchange: `mx${i}.hundred-primer.ru` }));
const hundredHosts: DnsZone = Object.fromEntries(hundredMx.map(({ exchange }, i) => [exchange, { a: [`203.0.113.${i + 1}`] }]));

interface FaultCase {
  /** What the server does, as the test names it. */
  fault: string;
  /** The zone, given the recipient's domain. */
  zone: (domain: string) => DnsZone;
  mxStatus: MxStatus;
  /** The MX hosts lookupMx keeps (host names in order), when it keeps any. */
  hosts?: string[];
}

const mxTo = (exchange: string) => ({ mx: [{ preference: 10, exchange }] });

const faults: FaultCase[] = [
  { fault: 'never answers', zone: (d) => ({ [d]: { behaviour: 'silent' } }), mxStatus: 'timeout' },
  { fault: 'answers after 3 s, past the budget', zone: (d) => ({ [d]: { ...mxTo('mxs.mail.ru'), delayMs: 3000 } }), mxStatus: 'timeout' },
  { fault: 'refuses (REFUSED)', zone: (d) => ({ [d]: { behaviour: 'refused' } }), mxStatus: 'error' },
  { fault: 'fails (SERVFAIL)', zone: (d) => ({ [d]: { behaviour: 'servfail' } }), mxStatus: 'error' },
  { fault: 'sends a reply cut off mid-record', zone: (d) => ({ [d]: { behaviour: 'malformed' } }), mxStatus: 'error' },
  {
    fault: 'truncates over UDP (TC bit, no records) and answers over TCP',
    zone: (d) => ({ [d]: { behaviour: 'truncated', ...mxTo('mxs.mail.ru') }, 'mxs.mail.ru': { a: [VK_IP] } }),
    mxStatus: 'ok',
    hosts: ['mxs.mail.ru'],
  },
  {
    fault: 'truncates over UDP and never answers over TCP',
    zone: (d) => ({ [d]: { behaviour: 'truncated', tcp: 'silent' } }),
    mxStatus: 'timeout',
  },
  {
    fault: 'truncates over UDP and refuses over TCP',
    zone: (d) => ({ [d]: { behaviour: 'truncated', tcp: 'refused' } }),
    mxStatus: 'error',
  },
  {
    fault: 'truncates over UDP and sends a cut-off reply over TCP',
    zone: (d) => ({ [d]: { behaviour: 'truncated', tcp: 'malformed' } }),
    mxStatus: 'error',
  },
  {
    fault: 'lists a hundred MX records (too many for UDP)',
    zone: (d) => ({ [d]: { mx: hundredMx }, ...hundredHosts }),
    mxStatus: 'ok',
    // The ten best: preference 1 is mx99, preference 10 is mx90.
    hosts: Array.from({ length: 10 }, (_, i) => `mx${99 - i}.hundred-primer.ru`),
  },
  {
    fault: 'names an MX host caught in a CNAME loop (a → b → a)',
    zone: (d) => ({ [d]: mxTo('a.loop-primer.ru'), 'a.loop-primer.ru': { cname: 'b.loop-primer.ru' }, 'b.loop-primer.ru': { cname: 'a.loop-primer.ru' } }),
    mxStatus: 'ok',
    hosts: ['a.loop-primer.ru'],
  },
  {
    fault: 'answers the MX question itself with a CNAME loop',
    zone: (d) => ({ [d]: { cname: `alias.${d}` }, [`alias.${d}`]: { cname: d } }),
    mxStatus: 'nodata',
  },
  {
    fault: 'names the domain itself as its MX, with no address',
    zone: (d) => ({ [d]: mxTo(d) }),
    mxStatus: 'ok',
    hosts: ['@'],
  },
  {
    fault: 'names an MX host that does not exist',
    zone: (d) => ({ [d]: mxTo('nowhere.gone-primer.ru') }),
    mxStatus: 'ok',
    hosts: ['nowhere.gone-primer.ru'],
  },
  {
    fault: 'names ten MX hosts that never answer',
    zone: (d) => ({
      [d]: { mx: Array.from({ length: 10 }, (_, i) => ({ preference: i, exchange: `mx${i}.mute-primer.ru` })) },
      ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`mx${i}.mute-primer.ru`, { behaviour: 'silent' as const }])),
    }),
    mxStatus: 'ok',
    hosts: Array.from({ length: 10 }, (_, i) => `mx${i}.mute-primer.ru`),
  },
  {
    fault: 'names localhost and an IP address as MX hosts',
    zone: (d) => ({ [d]: { mx: [{ preference: 10, exchange: 'localhost' }, { preference: 20, exchange: '127.0.0.1' }] } }),
    mxStatus: 'ok',
    hosts: ['localhost', '127.0.0.1'],
  },
];

const hostsFor = (fault: FaultCase, domain: string) => fault.hosts?.map((host) => (host === '@' ? domain : host));

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

type Body = Resolution & { error?: unknown };

async function resolveDomain(domain: string): Promise<{ status: number; body: Body }> {
  const response = await route.GET(new Request(`http://localhost/api/resolve?domain=${encodeURIComponent(domain)}`));
  return { status: response.status, body: (await response.json()) as Body };
}

const dns = withTestDns({});

describe.each(faults)('when the DNS server $fault', (fault) => {
  it(`lookupMx answers "${fault.mxStatus}" within the budget`, async () => {
    dns.server.setZone(fault.zone('bk.ru'));
    const { value, ms } = await timed(() => lookupMx('bk.ru'));

    expect(ms).toBeLessThan(BUDGET_WITH_MARGIN_MS);
    expect(value.mxStatus).toBe(fault.mxStatus);
    if (fault.mxStatus === 'ok') expect(value.mx?.map((host) => host.host)).toEqual(hostsFor(fault, 'bk.ru'));
    else expect(value.mx).toBeNull();
  });

  it('GET /api/resolve?domain=bk.ru still names Mail.ru, its ISPs and its blocked server, within the budget', async () => {
    dns.server.setZone(fault.zone('bk.ru'));
    const { value, ms } = await timed(() => resolveDomain('bk.ru'));

    expect(ms).toBeLessThan(BUDGET_WITH_MARGIN_MS);
    expect(value.status).toBe(200);
    expect(value.body).toMatchObject({ domain: 'bk.ru', address: null, provider: { id: 'mailru', via: 'domain' }, mxStatus: fault.mxStatus });
    expect(value.body.blockedServers).toContain('mxs.mail.ru');
    expect(value.body.isps.length).toBeGreaterThan(0);
  });

  it('GET /api/resolve for an unknown company domain falls back on its postmaster, within the budget', async () => {
    dns.server.setZone(fault.zone('zavod-primer.ru'));
    const { value, ms } = await timed(() => resolveDomain('zavod-primer.ru'));

    expect(ms).toBeLessThan(BUDGET_WITH_MARGIN_MS);
    expect(value.status).toBe(200);
    expect(value.body.mxStatus).toBe(fault.mxStatus);
    expect(value.body.provider.contacts.map((contact) => contact.value)).toContain('postmaster@zavod-primer.ru');
  });
});

describe('what the faults cost the DNS server', () => {
  it('asks again over TCP after a truncated answer (RFC 7766 §6.2.1)', async () => {
    dns.server.setZone({ 'bk.ru': { behaviour: 'truncated', ...mxTo('mxs.mail.ru') }, 'mxs.mail.ru': { a: [VK_IP] } });
    const before = dns.server.queries.length;
    const { mx } = await lookupMx('bk.ru');
    const asked = dns.server.queries.slice(before).filter((query) => query.name === 'bk.ru' && query.type === 'MX');

    expect(asked.map((query) => query.transport)).toEqual(['udp', 'tcp']);
    expect(mx?.[0]?.addresses).toEqual([{ ip: VK_IP, asn: 47764, operator: 'LLC VK', country: 'RU' }]);
  });

  it('asks for the addresses of the ten best of a hundred MX hosts and of no other', async () => {
    dns.server.setZone({ 'bk.ru': { mx: hundredMx }, ...hundredHosts });
    const before = dns.server.queries.length;
    await lookupMx('bk.ru');
    const askedHosts = new Set(dns.server.queries.slice(before).filter((query) => query.type === 'A').map((query) => query.name));

    expect([...askedHosts].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `mx${90 + i}.hundred-primer.ru`).sort());
  });

  it('follows a CNAME loop no further than the one answer it was given', async () => {
    dns.server.setZone({ 'bk.ru': mxTo('a.loop-primer.ru'), 'a.loop-primer.ru': { cname: 'b.loop-primer.ru' }, 'b.loop-primer.ru': { cname: 'a.loop-primer.ru' } });
    const before = dns.server.queries.length;
    const { mx } = await lookupMx('bk.ru');
    const loopQueries = dns.server.queries.slice(before).filter((query) => query.name.endsWith('loop-primer.ru'));

    expect(mx).toEqual([{ host: 'a.loop-primer.ru', preference: 10, addresses: [] }]);
    // One A and one AAAA question for the MX host, perhaps retried once each; never a chase of b.
    expect(loopQueries.length).toBeLessThanOrEqual(4);
    expect(loopQueries.every((query) => query.name === 'a.loop-primer.ru')).toBe(true);
  });

  it('never asks for the address of localhost or of an IP literal named as MX', async () => {
    dns.server.setZone({ 'bk.ru': { mx: [{ preference: 10, exchange: 'localhost' }, { preference: 20, exchange: '127.0.0.1' }] } });
    await lookupMx('bk.ru');

    expect(dns.server.queryCount('localhost')).toBe(0);
    expect(dns.server.queryCount('127.0.0.1')).toBe(0);
  });

  it('answers a burst of lookups of a silent domain with one query and within one budget', async () => {
    dns.server.setZone({ 'bk.ru': { behaviour: 'silent' } });
    const before = dns.server.queryCount('bk.ru', 'MX');
    const { value, ms } = await timed(() => Promise.all(Array.from({ length: 20 }, () => resolveDomain('bk.ru'))));

    expect(ms).toBeLessThan(BUDGET_WITH_MARGIN_MS);
    expect(value.every(({ status, body }) => status === 200 && body.mxStatus === 'timeout')).toBe(true);
    // c-ares retries once (tries: 2); the twenty requests share that one lookup.
    expect(dns.server.queryCount('bk.ru', 'MX') - before).toBeLessThanOrEqual(2);
  });
});
