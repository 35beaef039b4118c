import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { loadNetworkTable } from '@/lib/mx/load-network-table';
import { lookupNetwork } from '@/lib/mx/lookup-network';

const table = loadNetworkTable();

const ipv4 = (n: number) => [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
const ipv6 = (hex: string) => hex.match(/.{4}/g)?.join(':') ?? '';
const hexPlus = (hex: string, delta: bigint) => (BigInt(`0x${hex}`) + delta).toString(16).padStart(32, '0');

describe('lookupNetwork', () => {
  it.each([
    ['217.69.139.150', 47764, 'LLC VK'], // mxs.mail.ru
    ['94.100.180.31', 47764, 'LLC VK'], // mxs.mail.ru
    ['77.88.21.249', 13238, 'YANDEX LLC'], // mx.yandex.ru
    ['::ffff:217.69.139.150', 47764, 'LLC VK'],
    ['2a00:1148::25', 47764, 'LLC VK'],
  ])('puts %s on AS%i (%s), in Russia', (ip, asn, operator) => {
    expect(lookupNetwork(ip)).toEqual({ asn, operator, country: 'RU' });
  });

  it.each(['203.0.113.7', '8.8.8.8', '::1', '2001:db8::1', 'not an ip', ''])('knows nothing of %j', (ip) => {
    expect(lookupNetwork(ip)).toEqual({ asn: null, operator: null, country: null });
  });

  it('finds every IPv4 range of the table at its first, last and any address in between', () => {
    const { start, end, asn } = table.ipv4;
    fc.assert(
      fc.property(fc.nat(start.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), (i, at) => {
        const first = start[i] ?? 0;
        const last = end[i] ?? 0;
        const inside = first + Math.floor((last - first) * at);
        for (const n of [first, last, inside]) expect(lookupNetwork(ipv4(n)).asn).toBe(asn[i]);
      }),
    );
  });

  it('does not stretch a range past its end: the next address is in the next range or unknown', () => {
    const { start, end } = table.ipv4;
    fc.assert(
      fc.property(fc.nat(start.length - 1), (i) => {
        const after = (end[i] ?? 0) + 1;
        const next = start[i + 1];
        const expected = next === after ? table.ipv4.asn[i + 1] : null;
        expect(lookupNetwork(ipv4(after)).asn).toBe(expected);
      }),
    );
  });

  it('finds every IPv6 range of the table at its bounds', () => {
    const { start, end, asn } = table.ipv6;
    fc.assert(
      fc.property(fc.nat(start.length - 1), (i) => {
        const first = start[i] ?? '';
        const last = end[i] ?? '';
        expect(lookupNetwork(ipv6(first)).asn).toBe(asn[i]);
        expect(lookupNetwork(ipv6(last)).asn).toBe(asn[i]);
        if (first !== '0'.repeat(32)) {
          const before = hexPlus(first, -1n);
          expect(lookupNetwork(ipv6(before)).asn).toBe(end[i - 1] === before ? asn[i - 1] : null);
        }
      }),
    );
  });
});

describe('lib/data/networks.json', () => {
  it('holds sorted, disjoint ranges with an operator for each', () => {
    const problems: string[] = [];
    for (const [family, columns] of [['ipv4', table.ipv4], ['ipv6', table.ipv6]] as const) {
      columns.start.forEach((start, i) => {
        const end = columns.end[i] ?? start;
        const previousEnd = columns.end[i - 1];
        if (start > end) problems.push(`${family}[${i}] ends before it starts`);
        if (previousEnd !== undefined && start <= previousEnd) problems.push(`${family}[${i}] overlaps the range before`);
        if (table.operators[columns.operator[i] ?? -1] === undefined) problems.push(`${family}[${i}] has no operator`);
      });
    }
    expect(problems).toEqual([]);
    expect(table.ipv4.start.length).toBeGreaterThan(1000);
    expect(table.ipv6.start.length).toBeGreaterThan(100);
  });

  it('stays small enough to read at the first lookup (under 4 MB)', () => {
    const bytes = readFileSync(join(process.cwd(), 'lib/data/networks.json')).byteLength;
    expect(bytes).toBeLessThan(4 * 1024 * 1024);
  });

  it('carries its attribution: the sources, their licence and the package versions', () => {
    const licence = readFileSync(join(process.cwd(), 'lib/data/networks-LICENSE.md'), 'utf8');
    for (const needed of ['CC BY 4.0', 'RouteViews', 'db-ip.com', 'NRO', '@ip-location-db/asn', '@ip-location-db/geo-whois-asn-country']) {
      expect(licence).toContain(needed);
    }
    expect(licence).toMatch(/@ip-location-db\/asn` version \d+\.\d+\.\d+/);
  });
});
