import fc from 'fast-check';

import * as route from '@/app/api/resolve/route';
import { parseAddress } from '@/lib/address/parse-address';
import { entityTag } from '@/lib/api/cacheable-json';
import { mxCacheRemainingTtl } from '@/lib/mx/mx-cache';
import type { Resolution } from '@/lib/resolve/types';
import de from '@/messages/ui/de.json';
import en from '@/messages/ui/en.json';
import fr from '@/messages/ui/fr.json';

import { NULL_MX, startDnsServer } from '../../../support/dns-server';
import { withTestDns } from '../../../support/with-test-dns';

/** Real addresses: mxs.mail.ru (AS47764, LLC VK) and one of PJSC Rostelecom's (AS12389). */
const VK_IP = '217.69.139.150';
const ROSTELECOM_IP = '2.57.186.10';
/** TEST-NET-3 (RFC 5737): on no network the table knows. */
const UNLISTED_IP = '203.0.113.7';

const zone = {
  'bk.ru': { mx: [{ preference: 10, exchange: 'mxs.mail.ru' }] },
  'mxs.mail.ru': { a: [VK_IP] },
  'zavod-primer.ru': { mx: [{ preference: 10, exchange: 'emx.mail.ru' }] },
  'emx.mail.ru': { a: [VK_IP] },
  'kontora-primer.com': { mx: [{ preference: 10, exchange: 'mail.kontora-primer.com' }] },
  'mail.kontora-primer.com': { a: [ROSTELECOM_IP] },
  'faraway-example.com': { mx: [{ preference: 10, exchange: 'mx.faraway-example.com' }] },
  'mx.faraway-example.com': { a: [UNLISTED_IP] },
  'gone-primer.ru': { behaviour: 'nxdomain' as const },
  'no-mx-primer.ru': { a: [UNLISTED_IP] },
  'no-mail-primer.ru': { mx: [NULL_MX] },
  'garbled-primer.ru': { behaviour: 'malformed' as const },
  'half-answered-primer.ru': { mx: [{ preference: 10, exchange: 'mx.half-answered-primer.ru' }] },
  'mx.half-answered-primer.ru': { behaviour: 'silent' as const },
};

type Body = Resolution & { error?: { code: string; message: string } };

async function get(address: string | null): Promise<{ status: number; body: Body; headers: Headers }> {
  const url = new URL('http://localhost/api/resolve');
  if (address !== null) url.searchParams.set('address', address);
  const response = await route.GET(new Request(url));
  return { status: response.status, body: (await response.json()) as Body, headers: response.headers };
}

const dns = withTestDns(zone);

describe('GET /api/resolve: done means', () => {
  it('answers Olga@BK.RU with bk.ru, Mail.ru, the Russian ISPs and the blocked mxs.mail.ru', async () => {
    const { status, body } = await get('Olga@BK.RU');
    expect(status).toBe(200);
    expect(body.domain).toBe('bk.ru');
    expect(body.provider).toMatchObject({ id: 'mailru', name: 'Mail.ru' });
    expect(body.isps.map((isp) => isp.id)).toEqual(expect.arrayContaining(['mts', 'megafon', 'rostelecom']));
    expect(body.blockedServers).toContain('mxs.mail.ru');
    expect(body.mxStatus).toBe('ok');
    expect(body.mx?.[0]).toMatchObject({ host: 'mxs.mail.ru', addresses: [{ ip: VK_IP, asn: 47764, operator: 'LLC VK' }] });
  });

  it('gives the same answer for Olga@BK.RU from its own data when DNS is off', async () => {
    process.env.MX_LOOKUP = 'off';
    const { status, body } = await get('Olga@BK.RU');
    expect(status).toBe(200);
    expect(body).toMatchObject({ domain: 'bk.ru', provider: { id: 'mailru' }, mx: null, mxStatus: 'disabled' });
    expect(body.isps.map((isp) => isp.id)).toEqual(expect.arrayContaining(['mts', 'megafon', 'rostelecom']));
    expect(body.blockedServers).toContain('mxs.mail.ru');
  });

  it('finds Mail.ru business mail and the VK network behind MX 10 emx.mail.ru of an invented company', async () => {
    const { status, body } = await get('director@zavod-primer.ru');
    expect(status).toBe(200);
    expect(body.provider).toMatchObject({ id: 'mailru-business', via: 'mx', mxHost: 'emx.mail.ru' });
    expect(body.mx).toEqual([
      { host: 'emx.mail.ru', preference: 10, addresses: [{ ip: VK_IP, asn: 47764, operator: 'LLC VK', country: 'RU' }] },
    ]);
  });

  it('still answers within 3 s, from its own data, when the DNS server never answers', async () => {
    const silent = await startDnsServer({}, { unknown: 'silent' });
    process.env.DNS_SERVERS = silent.address;
    try {
      const started = performance.now();
      const { status, body } = await get('Olga@BK.RU');
      expect(performance.now() - started).toBeLessThan(3000);
      expect(silent.queryCount('bk.ru', 'MX')).toBeGreaterThanOrEqual(1);
      expect(status).toBe(200);
      expect(body).toMatchObject({ domain: 'bk.ru', provider: { id: 'mailru' }, mx: null, mxStatus: 'timeout' });
      expect(body.blockedServers).toContain('mxs.mail.ru');
    } finally {
      await silent.close();
    }
  });
});

describe('GET /api/resolve: what DNS adds', () => {
  it('makes a .com recipient Russian when its MX sits on a Russian network', async () => {
    const { body } = await get('info@kontora-primer.com');
    expect(body.mx?.[0]?.addresses[0]).toMatchObject({ asn: 12389, operator: 'PJSC Rostelecom', country: 'RU' });
    expect(body.russia).toEqual({ yes: true, why: ['mx-network'] });
    expect(body.isps.length).toBeGreaterThan(0);
  });

  it('leaves a .com recipient outside Russia when its MX is on no Russian network', async () => {
    const { body } = await get('info@faraway-example.com');
    expect(body.mx?.[0]?.addresses[0]).toEqual({ ip: UNLISTED_IP, asn: null, operator: null, country: null });
    expect(body.russia).toEqual({ yes: false, why: [] });
    expect(body.isps).toEqual([]);
  });

  it.each([
    ['a domain that does not exist', 'gone-primer.ru', 'nxdomain'],
    ['a domain without MX records', 'no-mx-primer.ru', 'nodata'],
    ['a null MX (RFC 7505)', 'no-mail-primer.ru', 'null-mx'],
    ['a malformed DNS answer', 'garbled-primer.ru', 'error'],
  ])('answers 200 for %s, with mx null and the reason', async (_, domain, mxStatus) => {
    const { status, body } = await get(`ivan@${domain}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ domain, mx: null, mxStatus, russia: { yes: true, why: ['tld'] } });
    // No provider known: the domain itself, with the mailbox RFC 5321 §4.5.1 makes mandatory.
    expect(body.provider.via).toBe('self');
    expect(body.provider.contacts.map((c) => c.value)).toContain(`postmaster@${domain}`);
  });

  it('answers a repeated address from the cache without asking the DNS server again', async () => {
    await get('director@zavod-primer.ru');
    const before = dns.server.queries.length;
    const { body } = await get('Director@Zavod-Primer.RU');
    expect(body.provider.id).toBe('mailru-business');
    expect(dns.server.queries.length).toBe(before);
  });

  it('asks no DNS server when MX_LOOKUP=off', async () => {
    process.env.MX_LOOKUP = 'off';
    const before = dns.server.queries.length;
    const { body } = await get('director@zavod-primer.ru');
    expect(body).toMatchObject({ mx: null, mxStatus: 'disabled', provider: { via: 'self' } });
    expect(dns.server.queries.length).toBe(before);
  });

  it('answers with its own data when DNS_SERVERS is not valid', async () => {
    process.env.DNS_SERVERS = 'not-an-ip';
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { status, body } = await get('Olga@BK.RU');
    quiet.mockRestore();
    expect(status).toBe(200);
    expect(body).toMatchObject({ provider: { id: 'mailru' }, mx: null, mxStatus: 'error' });
  });
});

describe('GET /api/resolve: refusals', () => {
  it.each([
    ['no address parameter', null, 'empty'],
    ['an empty address', '', 'empty'],
    ['no @', 'olga.bk.ru', 'no_at'],
    ['a single-label domain', 'olga@localhost', 'single_label'],
    ['a domain without an ICANN suffix', 'olga@example.invalid', 'not_icann'],
    ['a line break (header injection)', 'olga@bk.ru\r\nBcc: all@example.com', 'line_break'],
    ['a comma (a second recipient)', 'olga,boss@bk.ru', 'unsafe_char'],
  ])('refuses %s with 400 and the parser code', async (_, address, code) => {
    const { status, body, headers } = await get(address);
    expect(status).toBe(400);
    expect(body.error).toEqual({ code, message: expect.stringMatching(/\S/) });
    expect(headers.get('Cache-Control')).toBe('no-store');
  });

  it('answers anything a client sends with 200 or a 400 carrying the parser code, never a 500', async () => {
    process.env.MX_LOOKUP = 'off';
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.emailAddress(), fc.string({ unit: 'binary' })), async (address) => {
        const { status, body } = await get(address);
        const parsed = parseAddress(address);
        if (parsed.ok) {
          expect(status).toBe(200);
          expect(body.domain).toBe(parsed.value.domain);
        } else {
          expect(status).toBe(400);
          expect(body.error?.code).toBe(parsed.code);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('GET /api/resolve: response', () => {
  it('is never stored by a cache: the address is personal data', async () => {
    const response = await route.GET(new Request('http://localhost/api/resolve?address=Olga@BK.RU'));
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  });

  it('runs on Node, per request', () => {
    expect(route.runtime).toBe('nodejs');
    expect(route.dynamic).toBe('force-dynamic');
  });
});

describe('GET /api/resolve?domain=…: what the page sends, the domain alone', () => {
  async function getDomain(domain: string): Promise<{ status: number; body: Body }> {
    const url = new URL('http://localhost/api/resolve');
    url.searchParams.set('domain', domain);
    const response = await route.GET(new Request(url));
    return { status: response.status, body: (await response.json()) as Body };
  }

  it('resolves the domain as the address would be, without any local part in the answer', async () => {
    process.env.MX_LOOKUP = 'off';
    const byDomain = await getDomain('BK.RU');
    const byAddress = await get('olga@bk.ru');
    expect(byDomain.status).toBe(200);
    expect(byDomain.body.address).toBeNull();
    expect(byDomain.body.domain).toBe('bk.ru');
    expect(byDomain.body.provider).toEqual(byAddress.body.provider);
    expect(byDomain.body.blockedServers).toEqual(byAddress.body.blockedServers);
    expect(JSON.stringify(byDomain.body)).not.toContain('olga');
  });

  it('turns a Unicode domain into its ASCII form', async () => {
    process.env.MX_LOOKUP = 'off';
    const { status, body } = await getDomain('пример.рф');
    expect(status).toBe(200);
    expect(body.domain).toBe('xn--e1afmkfd.xn--p1ai');
  });

  it.each([
    ['a domain holding an @', 'olga@bk.ru', 'several_at'],
    ['a single label', 'localhost', 'single_label'],
    ['a line break', 'bk.ru\r\nX: y', 'line_break'],
  ])('refuses %s with 400 and the parser code', async (_, domain, code) => {
    const { status, body } = await getDomain(domain);
    expect(status).toBe(400);
    expect(body.error?.code).toBe(code);
  });
});

describe('GET /api/resolve?domain=…&only=mx: what DNS knows, and nothing else', () => {
  async function getOnly(query: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await route.GET(new Request(`http://localhost/api/resolve?${query}`));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  // reportedBlocking is the public record's (issue 13), tested in __tests__/app/api/reports; the
  // record is unreachable in this file, so it is always empty here.
  it('answers the domain, its MX hosts with their networks, the lookup status and the record', async () => {
    const { status, body } = await getOnly('domain=zavod-primer.ru&only=mx');
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['domain', 'mx', 'mxStatus', 'reportedBlocking']);
    expect(body).toMatchObject({ domain: 'zavod-primer.ru', mxStatus: 'ok', mx: [{ host: 'emx.mail.ru', addresses: [{ asn: 47764 }] }] });
  });

  it('says why there is no MX, still with 200', async () => {
    process.env.MX_LOOKUP = 'off';
    const { status, body } = await getOnly('domain=bk.ru&only=mx');
    expect(status).toBe(200);
    expect(body).toEqual({ domain: 'bk.ru', mx: null, mxStatus: 'disabled', reportedBlocking: [] });
  });

  it('refuses any other view with 400', async () => {
    const { status, body } = await getOnly('domain=bk.ru&only=everything');
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'invalid_view' });
  });
});

describe('GET /api/resolve: what a cache may keep (issue 12)', () => {
  const getRaw = (query: string, headers: Record<string, string> = {}) => route.GET(new Request(`http://localhost/api/resolve?${query}`, { headers }));
  const maxAge = (response: Response) => Number(/max-age=(\d+)/.exec(response.headers.get('cache-control') ?? '')?.[1]);

  it('lets any cache keep a domain’s MX answer as long as the server keeps it, revalidated by an ETag of its body', async () => {
    const response = await getRaw('domain=zavod-primer.ru&only=mx');
    const remainingMs = mxCacheRemainingTtl('zavod-primer.ru') ?? 0;
    // (An MX answer is a few hundred bytes: too small to gain from gzip, so no-transform.)
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+, stale-while-revalidate=60, no-transform$/);
    // The server's cache keeps an answer ten minutes; the shared cache may not keep it longer.
    expect(maxAge(response)).toBeLessThanOrEqual(600);
    expect(maxAge(response)).toBeGreaterThanOrEqual(Math.floor(remainingMs / 1000));
    expect(response.headers.get('etag')).toBe(entityTag(await response.text()));
  });

  it('keeps an answer the resolver did not give for no longer than the server retries it', async () => {
    const silent = await startDnsServer({}, { unknown: 'silent' });
    process.env.DNS_SERVERS = silent.address;
    try {
      const response = await getRaw('domain=bk.ru&only=mx');
      expect(((await response.json()) as Body).mxStatus).toBe('timeout');
      expect(maxAge(response)).toBeGreaterThan(0);
      expect(maxAge(response)).toBeLessThanOrEqual(30);
    } finally {
      await silent.close();
    }
  });

  it('keeps an answer cut short (MX found, its addresses not) as briefly as the server does, though it says "ok"', async () => {
    const response = await getRaw('domain=half-answered-primer.ru&only=mx');
    expect(((await response.json()) as Body).mxStatus).toBe('ok');
    expect(maxAge(response)).toBeGreaterThan(0);
    expect(maxAge(response)).toBeLessThanOrEqual(30);
  });

  it('answers 304 and no body to a client that holds the answer already', async () => {
    const first = await getRaw('domain=bk.ru&only=mx');
    const tag = first.headers.get('etag') ?? '';
    const again = await getRaw('domain=bk.ru&only=mx', { 'If-None-Match': tag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(tag);
    expect(again.headers.get('cache-control')).toMatch(/^public, /);
  });

  it('asks for revalidation every time when the server keeps nothing (DNS off)', async () => {
    process.env.MX_LOOKUP = 'off';
    expect((await getRaw('domain=bk.ru&only=mx')).headers.get('cache-control')).toBe('public, no-cache, no-transform');
  });

  it.each([
    ['an address, even in the MX view: a cache would file it under a URL holding the address', 'address=olga@bk.ru&only=mx'],
    ['an address', 'address=olga@bk.ru'],
    ['a whole resolution', 'domain=bk.ru'],
    ['a refusal', 'domain=bk..ru&only=mx'],
  ])('lets no cache keep %s', async (_, query) => {
    const response = await getRaw(query);
    expect(response.headers.get('cache-control')).toMatch(/^no-store(, no-transform)?$/);
    expect(response.headers.get('etag')).toBeNull();
  });
});

describe('GET /api/resolve: lean, serialised once per domain (issue 10)', () => {
  const getRaw = (query: string) => route.GET(new Request(`http://localhost/api/resolve?${query}`));

  it('gives every contact without its note: the research behind it is on GET /api/data', async () => {
    const { body } = await get('Olga@BK.RU');
    const contacts = [...body.provider.contacts, ...body.isps.flatMap((isp) => isp.contacts)];
    expect(contacts.length).toBeGreaterThan(5);
    for (const contact of contacts) {
      expect(contact).not.toHaveProperty('note');
      expect(contact).toMatchObject({ value: expect.any(String), source: expect.any(String), evidenceDate: expect.any(String) });
    }
  });

  it("gives each ISP the recipient's MX addresses inside its networks, not its whole network table", async () => {
    const { body } = await get('info@kontora-primer.com');
    const isps = body.isps as unknown as Array<Record<string, unknown>>;
    expect(isps.length).toBeGreaterThan(3);
    for (const isp of isps) {
      expect(isp).not.toHaveProperty('asns');
      expect(isp).not.toHaveProperty('networkOperators');
      expect(isp.mxInNetwork).toEqual(
        isp.id === 'rostelecom' ? [{ host: 'mail.kontora-primer.com', ip: ROSTELECOM_IP, asn: 12389 }] : [],
      );
    }
    // mxs.mail.ru sits on VK's network, which is no ISP's.
    const bk = (await get('olga@bk.ru')).body.isps as unknown as Array<Record<string, unknown>>;
    expect(bk.map((isp) => isp.mxInNetwork)).toEqual(bk.map(() => []));
  });

  it('writes each address into its own answer, though the rest is kept per domain', async () => {
    const answers = await Promise.all(['olga@bk.ru', 'ivan.petrov@bk.ru', 'Olga@BK.RU'].map((address) => get(address)));
    const bodies = answers.map(({ body }) => body);
    expect(bodies.map((body) => body.address)).toEqual(['olga@bk.ru', 'ivan.petrov@bk.ru', 'Olga@bk.ru']);
    expect(bodies[1]).toEqual({ ...bodies[0], address: 'ivan.petrov@bk.ru' });
    const byDomain = (await (await getRaw('domain=bk.ru')).json()) as Body;
    expect(byDomain.address).toBeNull();
    expect(byDomain).toEqual({ ...bodies[0], address: null });
  });

  it('answers from the new MX answer once the server asks DNS again', async () => {
    const before = (await get('director@zavod-primer.ru')).body;
    expect(before.provider.id).toBe('mailru-business');
    process.env.MX_LOOKUP = 'off';
    const after = (await get('director@zavod-primer.ru')).body;
    expect(after).toMatchObject({ mx: null, mxStatus: 'disabled', provider: { via: 'self' } });
  });
});

describe('GET /api/resolve: errors in the caller’s language', () => {
  it.each([
    ['fr-CH, fr;q=0.9', 'fr', fr.addressErrors.no_at],
    ['de', 'de', de.addressErrors.no_at],
    [null, 'en', en.addressErrors.no_at],
  ])('answers Accept-Language %j in %s', async (acceptLanguage, locale, text) => {
    const headers: HeadersInit = acceptLanguage ? { 'Accept-Language': acceptLanguage } : {};
    const response = await route.GET(new Request('http://localhost/api/resolve?address=olga.bk.ru', { headers }));
    const body = (await response.json()) as Body;
    expect(response.headers.get('Content-Language')).toBe(locale);
    expect(body.error?.code).toBe('no_at');
    expect(body.error?.message).toBe(text);
  });
});
