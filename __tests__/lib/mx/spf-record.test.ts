import { parseSpfRecord, selectSpfRecord } from '@/lib/mx/spf-record';

describe('selectSpfRecord (RFC 7208 §4.5, §3.3)', () => {
  it('joins the strings of a record without spaces and picks the one that starts with v=spf1', () => {
    expect(selectSpfRecord([['google-site-verification=x'], ['v=spf1 ip4:192.0.2.0/24', ' -all']])).toBe('v=spf1 ip4:192.0.2.0/24 -all');
    expect(selectSpfRecord([['V=SPF1 -all']])).toBe('V=SPF1 -all');
  });

  it('finds none in "v=spf10" or text, and refuses two records', () => {
    expect(selectSpfRecord([['v=spf10 -all'], ['spf1']])).toBe('none');
    expect(selectSpfRecord([['v=spf1 -all'], ['v=spf1 +all']])).toBe('several');
  });
});

describe('parseSpfRecord (RFC 7208 §4.6, §5, §6)', () => {
  it('reads ranges in their canonical form, with the qualifier that decides whether they count', () => {
    expect(parseSpfRecord('v=spf1 ip4:192.0.2.1/32 +ip4:192.0.2.0/24 ~ip6:2001:DB8:0:0::1/128 -ip6:2001:db8::/32 ?all')).toEqual({
      terms: [
        { kind: 'range', pass: true, range: '192.0.2.1' },
        { kind: 'range', pass: true, range: '192.0.2.0/24' },
        { kind: 'range', pass: false, range: '2001:db8::1' },
        { kind: 'range', pass: false, range: '2001:db8::/32' },
      ],
      redirect: null,
    });
  });

  it('reads includes, lookups and a redirect; a macro target is a lookup, never a name to query', () => {
    expect(parseSpfRecord('v=spf1 include:_SPF.Example.com. a mx:mx.example.com/24 ptr exists:%{i}.x.example.com include:%{d}.example.com redirect=_spf2.example.com exp=explain.example.com')).toEqual({
      terms: [
        { kind: 'include', pass: true, domain: '_spf.example.com' },
        { kind: 'lookup', term: 'a' },
        { kind: 'lookup', term: 'mx:mx.example.com/24' },
        { kind: 'lookup', term: 'ptr' },
        { kind: 'lookup', term: 'exists:%{i}.x.example.com' },
        { kind: 'lookup', term: 'include:%{d}.example.com' },
      ],
      redirect: '_spf2.example.com',
    });
    expect(parseSpfRecord('v=spf1 redirect=%{d}.example.com')).toEqual({ terms: [{ kind: 'lookup', term: 'redirect=%{d}.example.com' }], redirect: null });
  });

  it('writes a range as its network, so that one network written two ways is one range', () => {
    const ranges = (record: string) => parseSpfRecord(record)?.terms.map((term) => (term.kind === 'range' ? term.range : term.kind));
    expect(ranges('v=spf1 ip4:192.0.2.77/24 ip4:198.51.100.200/25 ip4:203.0.113.9/0 ip4:203.0.113.9/31 -all')).toEqual([
      '192.0.2.0/24',
      '198.51.100.128/25',
      '0.0.0.0/0',
      '203.0.113.8/31',
    ]);
    expect(ranges('v=spf1 ip6:2001:DB8:ABCD:12::1/48 ip6:2001:db8::ff/120 ip6:::ffff:192.0.2.7/120 ip6:2001:db8::1/0 -all')).toEqual([
      '2001:db8:abcd::/48',
      '2001:db8::/120',
      '::ffff:c000:200/120',
      '::/0',
    ]);
  });

  it('keeps nothing after all: a receiver never tests it (§5.1)', () => {
    expect(parseSpfRecord('v=spf1 ip4:192.0.2.1 -all ip4:203.0.113.66 include:_spf.example.com a')).toEqual({
      terms: [{ kind: 'range', pass: true, range: '192.0.2.1' }],
      redirect: null,
    });
    expect(parseSpfRecord('v=spf1 include:_spf.example.com ~all redirect=other.example.com')).toEqual({
      terms: [{ kind: 'include', pass: true, domain: '_spf.example.com' }],
      redirect: null,
    });
  });

  it.each([
    ['an unknown mechanism', 'v=spf1 frobnicate -all'],
    ['an ip4 prefix over 32', 'v=spf1 ip4:192.0.2.0/33'],
    ['an ip6 prefix over 128', 'v=spf1 ip6:2001:db8::/129'],
    ['a prefix with a leading zero', 'v=spf1 ip4:192.0.2.0/024'],
    ['an IPv6 address in ip4', 'v=spf1 ip4:2001:db8::1'],
    ['an IPv4 address with an octet over 255', 'v=spf1 ip4:192.0.2.256'],
    ['an include without a domain', 'v=spf1 include: -all'],
    ['two redirects', 'v=spf1 redirect=a.example.com redirect=b.example.com'],
    ['an empty redirect', 'v=spf1 redirect='],
    ['all with a value', 'v=spf1 all:example.com'],
    ['all with a prefix', 'v=spf1 all/24'],
    ['an a without its domain', 'v=spf1 a: -all'],
    ['an exists without its domain', 'v=spf1 exists -all'],
    ['a malformed term after all', 'v=spf1 -all frobnicate'],
  ])('refuses %s', (_, record) => {
    expect(parseSpfRecord(record)).toBeNull();
  });
});
