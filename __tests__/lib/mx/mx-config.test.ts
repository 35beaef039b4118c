import { mxConfig } from '@/lib/mx/mx-config';

describe('mxConfig', () => {
  it('uses the system resolvers and looks MX up when nothing is set', () => {
    expect(mxConfig({})).toMatchObject({ enabled: true, servers: [] });
  });

  it('keeps the whole lookup within 1.5 s, c-ares retries included', () => {
    const { budgetMs, tryTimeoutMs, tries } = mxConfig({});
    expect(budgetMs).toBeLessThanOrEqual(1500);
    // c-ares doubles the wait on each try: 1 + 2 + 4 ... times the first.
    expect(tryTimeoutMs * (2 ** tries - 1)).toBeLessThanOrEqual(budgetMs);
  });

  it.each([
    ['127.0.0.1', ['127.0.0.1']],
    ['127.0.0.1:5353', ['127.0.0.1:5353']],
    [' 10.0.0.1 , 10.0.0.2:53 ', ['10.0.0.1', '10.0.0.2:53']],
    ['::1', ['[::1]']],
    ['[::1]', ['[::1]']],
    ['[::1]:5353', ['[::1]:5353']],
    ['[2001:db8::53]:53,192.0.2.53', ['[2001:db8::53]:53', '192.0.2.53']],
    [',,', []],
  ])('reads DNS_SERVERS=%j as %j', (value, servers) => {
    expect(mxConfig({ DNS_SERVERS: value }).servers).toEqual(servers);
  });

  it.each(['dns.example.net', '127.0.0.1:0', '127.0.0.1:70000', '[::1', '::1:53:x', '300.1.1.1', '127.0.0.1;8.8.8.8'])(
    'refuses DNS_SERVERS=%j rather than fall back on another resolver',
    (value) => {
      expect(() => mxConfig({ DNS_SERVERS: value })).toThrow(/DNS_SERVERS/);
    },
  );

  it.each([
    ['off', false],
    ['OFF', false],
    [' off ', false],
    ['on', true],
    ['', true],
  ])('MX_LOOKUP=%j turns the lookup on: %s', (value, enabled) => {
    expect(mxConfig({ MX_LOOKUP: value }).enabled).toBe(enabled);
  });
});
