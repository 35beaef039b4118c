import { senderService } from '@/lib/letters/letter-facts';
import { lookupSendingServers, SPF_LOOKUP_LIMIT } from '@/lib/mx/spf-ranges';

import { startDnsServer, type DnsZone } from '../../support/dns-server';
import { withTestDns } from '../../support/with-test-dns';

/** A TXT record in strings of at most 255 bytes, as a zone publishes a long one (RFC 1035 §3.3.14). */
const inStrings = (record: string) => record.match(/.{1,200}/g) ?? [];

/** A record of `count` includes side by side, each holding one range: `count` lookups in one level. */
function wideRecord(base: string, count: number): DnsZone {
  const record = `v=spf1 ${Array.from({ length: count }, (_, i) => `include:i${i + 1}.${base}`).join(' ')} -all`;
  const zone: DnsZone = { [base]: { txt: [inStrings(record)] } };
  for (let i = 1; i <= count; i += 1) zone[`i${i}.${base}`] = { txt: [`v=spf1 ip4:198.51.100.${i} -all`] };
  return zone;
}

// Documentation ranges (RFC 5737, RFC 3849): invented servers for invented records. The names sit
// under real suffixes (only public domains are ever looked up), in this test's own DNS server.
const zone: DnsZone = {
  'mailfence.com': { txt: ['google-site-verification=abc', 'v=spf1 mx include:_spf.mailfence.com ~all'] },
  '_spf.mailfence.com': {
    // One TXT record longer than a character-string holds, published as three strings.
    txt: [['v=spf1 ip4:192.0.2.0/24 ip4:198.51.100.7 ip6:2001:DB8:0:0::/48 ', 'include:_spf2.mailfence.com ', 'ip4:192.0.2.0/24 -ip4:203.0.113.9 ~ip4:203.0.113.10 -all']],
  },
  '_spf2.mailfence.com': { txt: ['v=spf1 ip4:203.0.113.0/25 ip6:2001:db8:5::1 -all'] },
  'redirected-primer.com': { txt: ['v=spf1 redirect=_spf.redirected-primer.com'] },
  '_spf.redirected-primer.com': { txt: ['v=spf1 ip4:192.0.2.128/25 -all'] },
  'all-wins-primer.com': { txt: ['v=spf1 ip4:192.0.2.1 -all redirect=_spf.redirected-primer.com'] },
  'not-passing-primer.com': { txt: ['v=spf1 -include:_spf2.mailfence.com ip4:192.0.2.2 -all'] },
  ...wideRecord('ten-primer.com', SPF_LOOKUP_LIMIT),
  ...wideRecord('eleven-primer.com', SPF_LOOKUP_LIMIT + 1),
  'counted-primer.com': { txt: ['v=spf1 a mx ptr exists:%{i}.x.counted-primer.com a:b.counted-primer.com mx:c.counted-primer.com include:%{d}.counted-primer.com include:d.counted-primer.com exists:e.counted-primer.com ip4:192.0.2.3 -all'] },
  'd.counted-primer.com': { txt: ['v=spf1 a mx -all'] },
  'loop-a-primer.com': { txt: ['v=spf1 ip4:192.0.2.4 include:loop-b-primer.com -all'] },
  'loop-b-primer.com': { txt: ['v=spf1 include:loop-a-primer.com -all'] },
  'self-primer.com': { txt: ['v=spf1 redirect=self-primer.com'] },
  'diamond-primer.com': { txt: ['v=spf1 include:left.diamond-primer.com include:right.diamond-primer.com -all'] },
  'left.diamond-primer.com': { txt: ['v=spf1 include:shared.diamond-primer.com -all'] },
  'right.diamond-primer.com': { txt: ['v=spf1 include:shared.diamond-primer.com -all'] },
  'shared.diamond-primer.com': { txt: ['v=spf1 ip4:192.0.2.5 -all'] },
  'no-spf-primer.com': { txt: ['some other text'] },
  'no-txt-primer.com': { a: ['192.0.2.6'] },
  'two-records-primer.com': { txt: ['v=spf1 ip4:192.0.2.7 -all', 'v=spf1 ip4:192.0.2.8 -all'] },
  'include-nothing-primer.com': { txt: ['v=spf1 include:gone-primer.com -all'] },
  'bad-range-primer.com': { txt: ['v=spf1 ip4:192.0.2.0/33 -all'] },
  'unknown-term-primer.com': { txt: ['v=spf1 ip4:192.0.2.9 frobnicate -all'] },
  'internal-primer.com': { txt: ['v=spf1 include:spf.corp.internal -all'] },
  'silent-include-primer.com': { txt: ['v=spf1 ip4:192.0.2.10 include:_spf.silent-include-primer.com -all'] },
  '_spf.silent-include-primer.com': { behaviour: 'silent' },
  'broken-primer.com': { behaviour: 'servfail' },
};

const dns = withTestDns(zone);

describe('lookupSendingServers: following the record', () => {
  it('follows an include chain, joins a record split in several strings, dedupes and keeps only passing ranges', async () => {
    expect(await lookupSendingServers('mailfence.com')).toEqual({
      domain: 'mailfence.com',
      ranges: ['192.0.2.0/24', '198.51.100.7', '2001:db8::/48', '203.0.113.0/25', '2001:db8:5::1'],
      status: 'ok',
    });
  });

  it('follows redirect= when the record has no "all", and ignores it when it has one (RFC 7208 §6.1)', async () => {
    expect(await lookupSendingServers('redirected-primer.com')).toEqual({ domain: 'redirected-primer.com', ranges: ['192.0.2.128/25'], status: 'ok' });
    expect(await lookupSendingServers('all-wins-primer.com')).toMatchObject({ ranges: ['192.0.2.1'], status: 'ok' });
    expect(dns.server.queryCount('_spf.redirected-primer.com', 'TXT')).toBe(1);
  });

  it('leaves out the ranges of an include that does not pass (-include: names servers that are not the service)', async () => {
    expect(await lookupSendingServers('not-passing-primer.com')).toMatchObject({ ranges: ['192.0.2.2'], status: 'ok' });
  });

  it('reads the same include twice along two branches, which is no loop, and asks DNS for it once', async () => {
    expect(await lookupSendingServers('diamond-primer.com')).toMatchObject({ ranges: ['192.0.2.5'], status: 'ok' });
    expect(dns.server.queryCount('shared.diamond-primer.com', 'TXT')).toBe(1);
  });
});

describe('lookupSendingServers: the limit of 10 DNS-querying terms (RFC 7208 §4.6.4)', () => {
  it(`accepts ${SPF_LOOKUP_LIMIT} includes`, async () => {
    const ranges = Array.from({ length: SPF_LOOKUP_LIMIT }, (_, i) => `198.51.100.${i + 1}`);
    expect(await lookupSendingServers('ten-primer.com')).toEqual({ domain: 'ten-primer.com', ranges, status: 'ok' });
  });

  it(`stops at the ${SPF_LOOKUP_LIMIT + 1}th, without querying it, and gives no ranges`, async () => {
    expect(await lookupSendingServers('eleven-primer.com')).toEqual({ domain: 'eleven-primer.com', ranges: [], status: 'too-many-lookups' });
    expect(dns.server.queryCount(`i${SPF_LOOKUP_LIMIT}.eleven-primer.com`, 'TXT')).toBe(1);
    expect(dns.server.queryCount(`i${SPF_LOOKUP_LIMIT + 1}.eleven-primer.com`, 'TXT')).toBe(0);
  });

  it('counts a, mx, ptr, exists and macro includes without following them, and the terms of included records', async () => {
    // a, mx, ptr, exists, a:, mx:, include:%{d}, include:d (then its a and mx): 10; exists:e is the 11th.
    expect(await lookupSendingServers('counted-primer.com')).toMatchObject({ ranges: [], status: 'too-many-lookups' });
    expect(dns.server.queries.filter((query) => query.name.endsWith('counted-primer.com')).map((query) => [query.name, query.type])).toEqual([
      ['counted-primer.com', 'TXT'],
      ['d.counted-primer.com', 'TXT'],
    ]);
  });
});

describe('lookupSendingServers: records that lead nowhere', () => {
  it.each([
    ['an include back to the first record', 'loop-a-primer.com', 'loop'],
    ['a redirect to itself', 'self-primer.com', 'loop'],
    ['no SPF record among the TXT records', 'no-spf-primer.com', 'none'],
    ['no TXT record', 'no-txt-primer.com', 'none'],
    ['a domain that does not exist', 'gone-primer.com', 'none'],
    ['two SPF records (RFC 7208 §4.5)', 'two-records-primer.com', 'invalid'],
    ['an include of a name without a record (§5.2)', 'include-nothing-primer.com', 'invalid'],
    ['a prefix out of range', 'bad-range-primer.com', 'invalid'],
    ['an unknown mechanism', 'unknown-term-primer.com', 'invalid'],
    ['an include of a name that is not a public domain', 'internal-primer.com', 'not-public'],
    ['a resolver that answers SERVFAIL', 'broken-primer.com', 'error'],
  ])('gives no ranges for %s: %s is %s', async (_, domain, status) => {
    expect(await lookupSendingServers(domain)).toEqual({ domain, ranges: [], status });
  });

  it('gives no ranges, and says timeout, when an include gets no answer: never a partial list', async () => {
    expect(await lookupSendingServers('silent-include-primer.com')).toEqual({ domain: 'silent-include-primer.com', ranges: [], status: 'timeout' });
  });

  it('says timeout when the DNS server never answers at all', async () => {
    const silent = await startDnsServer({}, { unknown: 'silent' });
    process.env.DNS_SERVERS = silent.address;
    try {
      expect(await lookupSendingServers('mailfence.com')).toEqual({ domain: 'mailfence.com', ranges: [], status: 'timeout' });
      expect(silent.queryCount('mailfence.com', 'TXT')).toBeGreaterThanOrEqual(1);
    } finally {
      await silent.close();
    }
  });
});

describe('lookupSendingServers: what never reaches DNS', () => {
  it('gives nothing for a typed service name with no known domain, and asks no one', async () => {
    const asked = dns.server.queries.length;
    const typed = senderService('My Own Mail');
    expect(await lookupSendingServers(typed.domain)).toEqual({ domain: null, ranges: [], status: 'no-domain' });
    expect(dns.server.queries.length).toBe(asked);
  });

  it('gives nothing with MX_LOOKUP=off, and asks no one', async () => {
    const asked = dns.server.queries.length;
    process.env.MX_LOOKUP = 'off';
    expect(await lookupSendingServers('mailfence.com')).toEqual({ domain: 'mailfence.com', ranges: [], status: 'disabled' });
    expect(dns.server.queries.length).toBe(asked);
  });

  it('sends no name that is not a public domain', async () => {
    const asked = dns.server.queries.length;
    expect(await lookupSendingServers('localhost')).toMatchObject({ ranges: [], status: 'not-public' });
    expect(dns.server.queries.length).toBe(asked);
  });

  it('answers a second request from its cache', async () => {
    const before = dns.server.queryCount('_spf2.mailfence.com', 'TXT');
    await lookupSendingServers('Mailfence.COM.');
    await lookupSendingServers('mailfence.com');
    expect(dns.server.queryCount('_spf2.mailfence.com', 'TXT')).toBe(before + 1);
  });
});
