/**
 * Abuse: one client floods the record with the same refusal, then with made-up servers. The rate
 * limit is on here (its own file: the limiter is built once, at its first use, from the
 * environment), and a trusted proxy tells the clients apart.
 */
import { allReports } from '@/lib/reports/server/export-reports';
import { withReportDb } from '@/lib/reports/server/report-store';

import { withTestDns } from '../../../support/with-test-dns';
import { withTestReportStore } from '../../../support/report-store';
import { aggregate, post, refusal, reportZone } from './support';

const PER_MINUTE = 20;
/** Fifty requests in a row, each checked against DNS or the record: more than jest's 5 s on a loaded machine. */
const floodBudgetMs = 60_000;
const dns = withTestDns(reportZone);
const store = withTestReportStore();

beforeAll(() => {
  // withTestDns turns the limit off for its files; this one is about the limit.
  process.env.RESOLVE_RATE_LIMIT = String(PER_MINUTE);
  process.env.TRUST_PROXY = '1';
});

const rowCount = () =>
  withReportDb(async (db) => {
    let count = 0;
    for await (const row of allReports(db)) count += row.id ? 1 : 0;
    return count;
  });

describe(`a flood from one client (${store.engine})`, () => {
  it('is rate limited, and the record counts its refusal once', async () => {
    const flooder = { 'X-Forwarded-For': '192.0.2.66' };
    const statuses: number[] = [];
    const ids = new Set<string>();
    for (let attempt = 0; attempt < PER_MINUTE + 15; attempt += 1) {
      const { status, body } = await post(refusal(), flooder);
      statuses.push(status);
      if (body.id) ids.add(body.id);
    }
    expect(statuses[0]).toBe(201);
    // The bucket holds PER_MINUTE requests; it refills by one every three seconds, so a few more
    // may pass on a slow machine, each a repeat.
    expect(statuses.slice(1, PER_MINUTE)).toEqual(Array(PER_MINUTE - 1).fill(200));
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(statuses.every((status) => [201, 200, 429].includes(status))).toBe(true);
    expect(ids.size).toBe(1);
    expect(await aggregate()).toEqual([expect.objectContaining({ host: 'mxs.mail.ru', service: 'mailfence', count: 1 })]);

    // Another client's same refusal is another person's bounce: it counts.
    const neighbour = await post(refusal(), { 'X-Forwarded-For': '192.0.2.67' });
    expect(neighbour.status).toBe(201);
    expect((await aggregate())[0]?.count).toBe(2);
  }, floodBudgetMs);

  it('refuses every made-up server in DNS and records none of them', async () => {
    const before = await rowCount();
    const asked = dns.server.queries.length;
    const answers = [];
    for (let index = 0; index < 15; index += 1) {
      answers.push(await post(refusal({ remoteMta: `mx${index}.made-up-${index}-primer.ru`, remoteIp: undefined }), { 'X-Forwarded-For': `192.0.2.${100 + index}` }));
    }
    expect(answers.map((answer) => answer.body.error?.code)).toEqual(Array(15).fill('unknown_host'));
    expect(answers.every((answer) => answer.status === 422)).toBe(true);
    expect(dns.server.queries.length).toBeGreaterThan(asked);
    expect(await rowCount()).toBe(before);
  }, floodBudgetMs);
});
