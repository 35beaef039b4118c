import { aggregateCsv } from '@/lib/reports/aggregate-csv';
import { readAggregateQuery } from '@/lib/reports/aggregate-query';
import { csvRecord } from '@/lib/reports/csv';

describe('csvRecord', () => {
  it('quotes what needs quoting and ends the record with CRLF (RFC 4180)', () => {
    expect(csvRecord(['a', 'b,c', 'say "no"', 'two\nlines', 550, null, undefined])).toBe('a,"b,c","say ""no""","two\nlines",550,,\r\n');
  });

  it('keeps a text a spreadsheet would run as a formula as text', () => {
    expect(csvRecord(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)'])).toBe(`"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1)\r\n`);
  });

  it('quotes a text with a semicolon or a tab, so that a spreadsheet splitting on them cannot start a cell with a formula', () => {
    expect(csvRecord(['550 5.7.1 blocked;=1+1;', "a;=cmd|' /C calc'!A0", 'x\t@SUM(A1)'])).toBe(
      `"550 5.7.1 blocked;=1+1;","a;=cmd|' /C calc'!A0","x\t@SUM(A1)"\r\n`,
    );
  });
});

describe('aggregateCsv', () => {
  it('writes a header and one line per host and service', () => {
    expect(
      aggregateCsv([
        { host: 'mxs.mail.ru', service: 'mailfence', count: 3, days: 2, firstSeen: '2026-11-02T09:00:00Z', lastSeen: '2026-11-05T08:00:00Z', codes: ['421', '550 5.7.1'], asn: 47764, operator: 'LLC VK' },
      ]),
    ).toBe('host,service,count,days,first_seen,last_seen,codes,asn,operator\r\nmxs.mail.ru,mailfence,3,2,2026-11-02T09:00:00Z,2026-11-05T08:00:00Z,"421; 550 5.7.1",47764,LLC VK\r\n');
  });
});

describe('readAggregateQuery', () => {
  const read = (query: string, accept: string | null = null) => readAggregateQuery(new URLSearchParams(query), accept);

  it('reads the filters, normalising the host', () => {
    expect(read('host=MXS.mail.ru.&service=mailfence&since=2026-11-01')).toEqual({
      ok: true,
      format: 'json',
      filter: { host: 'mxs.mail.ru', service: 'mailfence', since: new Date('2026-11-01T00:00:00Z') },
    });
    expect(read('since=2026-11-01T12:00:00+03:00')).toMatchObject({ ok: true, filter: { since: new Date('2026-11-01T09:00:00Z') } });
    expect(read('since=2024-02-29')).toMatchObject({ ok: true, filter: { since: new Date('2024-02-29T00:00:00Z') } });
    expect(read('since=0001-01-01')).toMatchObject({ ok: true });
  });

  it.each([
    ['format=csv', null, 'csv'],
    ['format=json', 'text/csv', 'json'],
    ['', 'text/csv', 'csv'],
    ['', 'text/csv;q=0.4, application/json', 'json'],
    // A weight over 1 is no weight (RFC 9110 §12.4.2): it cannot outrank JSON's.
    ['', 'text/csv;q=1.5, application/json;q=0.9', 'json'],
    ['', 'text/csv;Q=1, application/json;q=0.9', 'csv'],
    ['', '*/*', 'json'],
    ['', null, 'json'],
  ])('picks the format of %j with Accept %j: %s', (query, accept, format) => {
    expect(read(query, accept)).toMatchObject({ ok: true, format });
  });

  it.each([
    'format=xml',
    'host=a b',
    'service=Mail Fence',
    'since=yesterday',
    'since=2026-13-45',
    'since=2026-11-01T12:00',
    // A day that does not exist, and year 0, which PostgreSQL does not have (it answered 503).
    'since=2026-02-31',
    'since=2025-02-29',
    'since=0000-01-01',
    'since=0000-12-31T23:00Z',
    'since=0001-01-01T00:00%2B01:00',
  ])('refuses %s', (query) => {
    expect(read(query)).toEqual({ ok: false });
  });
});
