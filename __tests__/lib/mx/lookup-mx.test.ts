import { clearMxCache, mxCacheRemainingTtl } from '@/lib/mx/mx-cache';
import { lookupMx } from '@/lib/mx/lookup-mx';

import { NULL_MX, startDnsServer, type TestDnsServer } from '../../support/dns-server';

/** A real address of Mail.ru's mail servers (mxs.mail.ru), inside AS47764 (LLC VK). */
const VK_IP = '217.69.139.150';
/** Inside AS13238 (YANDEX LLC). */
const YANDEX_IP = '77.88.21.249';
/** TEST-NET-3 (RFC 5737): on no network the table knows. */
const UNLISTED_IP = '203.0.113.7';

const zone = {
  'zavod-primer.ru': { mx: [{ preference: 10, exchange: 'emx.mail.ru' }] },
  'emx.mail.ru': { a: [VK_IP], aaaa: ['2a00:1148::25'] },
  'two-mx.ru': {
    mx: [
      { preference: 20, exchange: 'MX2.Two-MX.ru.' },
      { preference: 5, exchange: 'mx.yandex.net' },
      { preference: 20, exchange: 'mx2.two-mx.ru' },
    ],
  },
  'mx.yandex.net': { a: [YANDEX_IP] },
  'mx2.two-mx.ru': { a: [UNLISTED_IP] },
  'no-mx.ru': { a: [UNLISTED_IP] },
  'no-mail.ru': { mx: [NULL_MX] },
  'gone.ru': { behaviour: 'nxdomain' as const },
  'broken.ru': { behaviour: 'servfail' as const },
  'garbled.ru': { behaviour: 'malformed' as const },
  'silent.ru': { behaviour: 'silent' as const },
  'inside.ru': { mx: [{ preference: 10, exchange: 'mail.corp.internal' }] },
  'many.ru': { mx: Array.from({ length: 14 }, (_, i) => ({ preference: i, exchange: `mx${i}.many.ru` })) },
  'slow-hosts.ru': { mx: [{ preference: 10, exchange: 'mx.slow-hosts.ru' }] },
  'mx.slow-hosts.ru': { behaviour: 'silent' as const },
};

let server: TestDnsServer;
const savedEnv = { ...process.env };

beforeAll(async () => {
  server = await startDnsServer(zone);
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  clearMxCache();
  process.env.DNS_SERVERS = server.address;
  delete process.env.MX_LOOKUP;
});

afterEach(() => {
  process.env = { ...savedEnv };
});

describe('lookupMx against a real DNS server', () => {
  it('finds the MX host and the network each of its addresses sits on', async () => {
    await expect(lookupMx('zavod-primer.ru')).resolves.toEqual({
      mxStatus: 'ok',
      mx: [
        {
          host: 'emx.mail.ru',
          preference: 10,
          addresses: [
            { ip: VK_IP, asn: 47764, operator: 'LLC VK', country: 'RU' },
            { ip: '2a00:1148::25', asn: 47764, operator: 'LLC VK', country: 'RU' },
          ],
        },
      ],
    });
  });

  it('sorts hosts by preference, lower-cases them, drops the trailing dot and lists each once', async () => {
    const { mx } = await lookupMx('two-mx.ru');
    expect(mx?.map(({ host, preference }) => [host, preference])).toEqual([
      ['mx.yandex.net', 5],
      ['mx2.two-mx.ru', 20],
    ]);
    expect(mx?.[0]?.addresses).toEqual([{ ip: YANDEX_IP, asn: 13238, operator: 'YANDEX LLC', country: 'RU' }]);
  });

  it('leaves the network unknown for an address outside the Russian ranges', async () => {
    const { mx } = await lookupMx('two-mx.ru');
    expect(mx?.[1]?.addresses).toEqual([{ ip: UNLISTED_IP, asn: null, operator: null, country: null }]);
  });

  it.each([
    ['a domain that does not exist', 'gone.ru', 'nxdomain'],
    ['a name not in the zone at all', 'nobody-here.ru', 'nxdomain'],
    ['a domain without MX records', 'no-mx.ru', 'nodata'],
    ['a null MX (RFC 7505)', 'no-mail.ru', 'null-mx'],
    ['a server failure', 'broken.ru', 'error'],
    ['a malformed answer', 'garbled.ru', 'error'],
  ])('reports %s with mx null', async (_, domain, mxStatus) => {
    await expect(lookupMx(domain)).resolves.toEqual({ mx: null, mxStatus });
  });

  // What matters is that a silent server costs the budget and not c-ares' own retry schedule
  // (5 s and more): the bound leaves the budget twice over for a loaded machine, and there is no
  // lower bound, since when c-ares gives up inside the budget is its business (issue 12's flake).
  it('gives up on a server that never answers within the 1.5 s budget', async () => {
    const started = performance.now();
    await expect(lookupMx('silent.ru')).resolves.toEqual({ mx: null, mxStatus: 'timeout' });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('keeps the MX hosts when their addresses do not come back within the budget', async () => {
    const started = performance.now();
    await expect(lookupMx('slow-hosts.ru')).resolves.toEqual({
      mxStatus: 'ok',
      mx: [{ host: 'mx.slow-hosts.ru', preference: 10, addresses: [] }],
    });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('looks up the addresses of at most ten hosts, the best ones', async () => {
    const { mx } = await lookupMx('many.ru');
    expect(mx?.map((host) => host.preference)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(server.queryCount('mx10.many.ru')).toBe(0);
  });

  it('never asks for the address of an MX host outside the public DNS', async () => {
    const { mx } = await lookupMx('inside.ru');
    expect(mx).toEqual([{ host: 'mail.corp.internal', preference: 10, addresses: [] }]);
    expect(server.queryCount('mail.corp.internal')).toBe(0);
  });
});

describe('lookupMx cache', () => {
  it('answers a second lookup without asking the server again', async () => {
    const first = await lookupMx('zavod-primer.ru');
    const before = server.queries.length;
    await expect(lookupMx('ZAVOD-PRIMER.RU.')).resolves.toEqual(first);
    expect(server.queries.length).toBe(before);
    expect(server.queryCount('zavod-primer.ru', 'MX')).toBeGreaterThanOrEqual(1);
  });

  it('keeps an answer whose addresses the budget cut short no longer than a timeout (regression)', async () => {
    // A slow resolver once hid an MX host's Russian network for ten minutes: the hosts came back
    // without addresses, as 'ok', and were cached as a full answer.
    await lookupMx('slow-hosts.ru');
    await lookupMx('zavod-primer.ru');
    expect(mxCacheRemainingTtl('slow-hosts.ru')).toBeLessThanOrEqual(30_000);
    expect(mxCacheRemainingTtl('zavod-primer.ru')).toBeGreaterThan(9 * 60_000);
  });

  it('caches negative answers too', async () => {
    const before = server.queryCount('gone.ru');
    await lookupMx('gone.ru');
    await lookupMx('gone.ru');
    expect(server.queryCount('gone.ru') - before).toBe(1);
  });

  it('shares one query between lookups of the same domain made at the same time', async () => {
    const before = server.queryCount('no-mail.ru');
    const answers = await Promise.all([lookupMx('no-mail.ru'), lookupMx('no-mail.ru'), lookupMx('no-mail.ru')]);
    expect(new Set(answers.map((a) => a.mxStatus))).toEqual(new Set(['null-mx']));
    expect(server.queryCount('no-mail.ru') - before).toBe(1);
  });

  it('keeps answers from different resolvers apart', async () => {
    const other = await startDnsServer({ 'zavod-primer.ru': { behaviour: 'nxdomain' } });
    try {
      await expect(lookupMx('zavod-primer.ru')).resolves.toMatchObject({ mxStatus: 'ok' });
      process.env.DNS_SERVERS = other.address;
      await expect(lookupMx('zavod-primer.ru')).resolves.toEqual({ mx: null, mxStatus: 'nxdomain' });
    } finally {
      await other.close();
    }
  });
});

describe('lookupMx without DNS', () => {
  it('does not query anything when MX_LOOKUP=off', async () => {
    process.env.MX_LOOKUP = 'off';
    const before = server.queries.length;
    await expect(lookupMx('zavod-primer.ru')).resolves.toEqual({ mx: null, mxStatus: 'disabled' });
    expect(server.queries.length).toBe(before);
  });

  it.each(['localhost', 'example.invalid', 'corp.internal', 'co.uk', 'ru', '127.0.0.1', ''])(
    'never sends %j to a resolver: only public ICANN domains are looked up',
    async (domain) => {
      const before = server.queries.length;
      await expect(lookupMx(domain)).resolves.toEqual({ mx: null, mxStatus: 'not-public' });
      expect(server.queries.length).toBe(before);
    },
  );

  it('looks up a name under a private suffix as the ICANN domain it is (blogspot.com under com)', async () => {
    await expect(lookupMx('foo.blogspot.com.')).resolves.toEqual({ mx: null, mxStatus: 'nxdomain' });
    expect(server.queryCount('foo.blogspot.com', 'MX')).toBe(1);
  });

  it('answers "error" instead of asking an unchosen resolver when DNS_SERVERS is not valid', async () => {
    process.env.DNS_SERVERS = 'dns.example.net';
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(lookupMx('zavod-primer.ru')).resolves.toEqual({ mx: null, mxStatus: 'error' });
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
