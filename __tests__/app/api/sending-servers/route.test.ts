import fc from 'fast-check';

import * as route from '@/app/api/sending-servers/route';
import type { SendingServersBody } from '@/app/api/sending-servers/route';
import { blockedServices } from '@/lib/data/blocked-services';
import en from '@/messages/ui/en.json';
import fr from '@/messages/ui/fr.json';

import { startDnsServer } from '../../../support/dns-server';
import { withTestDns } from '../../../support/with-test-dns';

// Invented servers in documentation ranges (RFC 5737, RFC 3849), for this test's own DNS server.
const dns = withTestDns({
  'mailfence.com': { txt: ['v=spf1 include:_spf.mailfence.com -all'] },
  '_spf.mailfence.com': { txt: [['v=spf1 ip4:192.0.2.0/24 ', 'ip6:2001:db8:f00::/48 -all']] },
  'proton.me': { txt: ['v=spf1 include:_spf.proton.me -all'] },
  '_spf.proton.me': { behaviour: 'silent' },
});

type Body = SendingServersBody & { error?: { code: string; message: string } };

async function get(query: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Body; headers: Headers }> {
  const response = await route.GET(new Request(`http://localhost/api/sending-servers${query}`, { headers }));
  return { status: response.status, body: (await response.json()) as Body, headers: response.headers };
}

describe('GET /api/sending-servers', () => {
  it("answers a known service's domain and the ranges of its SPF record, cacheable by anyone", async () => {
    const { status, body, headers } = await get('?service=mailfence');
    expect(status).toBe(200);
    expect(body).toEqual({ service: 'mailfence', domain: 'mailfence.com', ranges: ['192.0.2.0/24', '2001:db8:f00::/48'], status: 'ok' });
    expect(headers.get('cache-control')).toBe('public, max-age=600');
    expect(dns.server.queryCount('_spf.mailfence.com', 'TXT')).toBe(1);
  });

  it('answers 200 without ranges when DNS stays silent, and lets caches keep that only briefly', async () => {
    const { status, body, headers } = await get('?service=proton');
    expect(status).toBe(200);
    expect(body).toEqual({ service: 'proton', domain: 'proton.me', ranges: [], status: 'timeout' });
    expect(headers.get('cache-control')).toBe('public, max-age=30');
  });

  it('answers without ranges, and without asking DNS, when MX_LOOKUP=off', async () => {
    const asked = dns.server.queries.length;
    process.env.MX_LOOKUP = 'off';
    expect((await get('?service=mailfence')).body).toEqual({ service: 'mailfence', domain: 'mailfence.com', ranges: [], status: 'disabled' });
    expect(dns.server.queries.length).toBe(asked);
  });

  it.each([
    ['no service', ''],
    ['an empty service', '?service='],
    ['a service name rather than its id', '?service=Mailfence'],
    ['a domain', '?service=mailfence.com'],
    ['an unknown id', '?service=gmail'],
  ])('answers 400 unknown_service for %s, listing the ids it knows, and asks DNS nothing', async (_, query) => {
    const asked = dns.server.queries.length;
    const { status, body, headers } = await get(query);
    expect(status).toBe(400);
    expect(body.error?.code).toBe('unknown_service');
    expect(body.error?.message).toBe(en.apiErrors.unknown_service.replace('{services}', blockedServices.map((service) => service.id).join(', ')));
    expect(headers.get('cache-control')).toBe('no-store');
    expect(dns.server.queries.length).toBe(asked);
  });

  it("says why in the caller's language", async () => {
    const { body, headers } = await get('?service=gmail', { 'accept-language': 'fr-BE,fr;q=0.9' });
    expect(headers.get('content-language')).toBe('fr');
    expect(body.error?.message).toContain(fr.apiErrors.unknown_service.split('{services}')[0]);
    expect(body.error?.message).toContain('mailfence, proton');
  });

  it('answers any service value with 200 for a known id and a coded 400 for anything else, never a 5xx', async () => {
    const known = new Set(blockedServices.map((service) => service.id));
    const values = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('%00', '../../etc', 'a'.repeat(5000), 'mailfence\r\nX: 1'));
    await fc.assert(
      fc.asyncProperty(values, async (value) => {
        process.env.MX_LOOKUP = 'off';
        const { status, body } = await get(`?${new URLSearchParams({ service: value })}`);
        expect(status).toBe(known.has(value) ? 200 : 400);
        if (status === 400) expect(body).toEqual({ error: { code: 'unknown_service', message: expect.stringMatching(/\S/) } });
      }),
      { numRuns: 100 },
    );
    for (const query of ['?service=mailfence&service=proton', '?service[]=mailfence', '?service=%ZZ']) expect([200, 400]).toContain((await get(query)).status);
  });
});

describe('GET /api/sending-servers under the rate limit', () => {
  const savedLimit = process.env.RESOLVE_RATE_LIMIT;
  afterAll(() => {
    process.env.RESOLVE_RATE_LIMIT = savedLimit;
  });

  it('shares the API limiter: past the budget, 429 with Retry-After', async () => {
    process.env.RESOLVE_RATE_LIMIT = '2';
    process.env.MX_LOOKUP = 'off';
    let limitedGet: typeof route.GET | undefined;
    // A fresh module registry: the limiter is built from the environment at its first use.
    await jest.isolateModulesAsync(async () => {
      limitedGet = (await import('@/app/api/sending-servers/route')).GET;
    });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await limitedGet!(new Request('http://localhost/api/sending-servers?service=mailfence'));
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect(retryAfter).toMatch(/^[1-9]\d*$/);
  });
});

describe('GET /api/sending-servers with a resolver that never answers at all', () => {
  it('still answers 200 with no ranges', async () => {
    const silent = await startDnsServer({}, { unknown: 'silent' });
    process.env.DNS_SERVERS = silent.address;
    try {
      expect((await get('?service=mailfence')).body).toMatchObject({ ranges: [], status: 'timeout' });
    } finally {
      await silent.close();
    }
  });
});
