import fc from 'fast-check';

import { mxHostsFromRecords } from '@/lib/mx/mx-hosts-from-records';

describe('mxHostsFromRecords', () => {
  it('orders hosts by preference, then by name, so equal preferences come out the same every time', () => {
    const records = [
      { exchange: 'b.example.ru', priority: 10 },
      { exchange: 'c.example.ru', priority: 5 },
      { exchange: 'a.example.ru', priority: 10 },
    ];
    expect(mxHostsFromRecords(records, 10)).toEqual([
      { host: 'c.example.ru', preference: 5 },
      { host: 'a.example.ru', preference: 10 },
      { host: 'b.example.ru', preference: 10 },
    ]);
  });

  it('lists a host named twice once, at its best preference, whatever its case or trailing dot', () => {
    const records = [
      { exchange: 'MX.Example.RU.', priority: 30 },
      { exchange: 'mx.example.ru', priority: 10 },
    ];
    expect(mxHostsFromRecords(records, 10)).toEqual([{ host: 'mx.example.ru', preference: 10 }]);
  });

  it.each([
    ['as Node gives it', ''],
    ['as written in a zone', '.'],
  ])('drops a null MX (RFC 7505) %s', (_, exchange) => {
    expect(mxHostsFromRecords([{ exchange, priority: 0 }], 10)).toEqual([]);
    expect(mxHostsFromRecords([{ exchange, priority: 0 }, { exchange: 'mx.example.ru', priority: 10 }], 10)).toEqual([
      { host: 'mx.example.ru', preference: 10 },
    ]);
  });

  it('never returns more than the cap, and always the best hosts', () => {
    const record = fc.record({ exchange: fc.domain(), priority: fc.integer({ min: 0, max: 65535 }) });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (records, max) => {
        const hosts = mxHostsFromRecords(records, max);
        expect(hosts.length).toBeLessThanOrEqual(max);
        const kept = new Set(hosts.map((h) => h.host));
        const worstKept = Math.max(-1, ...hosts.map((h) => h.preference));
        for (const r of records) {
          if (!kept.has(r.exchange.toLowerCase())) expect(r.priority).toBeGreaterThanOrEqual(worstKept);
        }
        const preferences = hosts.map((h) => h.preference);
        expect(preferences).toEqual([...preferences].sort((a, b) => a - b));
      }),
    );
  });
});
