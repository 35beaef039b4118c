import { pgSchema, text } from 'drizzle-orm/pg-core';

import type { RefusalReport } from '@/lib/reports/report-schema';
import { aggregateReports } from '@/lib/reports/server/aggregate-reports';
import { blockingPairs } from '@/lib/reports/server/blocking-pairs';
import { allReports } from '@/lib/reports/server/export-reports';
import { insertReport } from '@/lib/reports/server/insert-report';
import { pruneReports } from '@/lib/reports/server/prune-reports';
import { weeklyReportCounts } from '@/lib/reports/server/report-timelines';
import { closeReportStore, withReportDb } from '@/lib/reports/server/report-store';

import { withTestReportStore } from '../../../support/report-store';

const store = withTestReportStore();
/** Where drizzle's migrator records what it applied. */
const appliedMigrations = pgSchema('drizzle').table('__drizzle_migrations', { hash: text('hash') });
const vk = { asn: 47764, operator: 'LLC VK' };

function report(overrides: Partial<RefusalReport> = {}): RefusalReport {
  return {
    service: { id: 'mailfence', domain: 'mailfence.com' },
    remoteMta: 'mxs.mail.ru',
    remoteIp: '217.69.139.150',
    smtpCode: 550,
    enhancedCode: '5.7.1',
    diagnostic: 'spam message rejected',
    hour: '2026-11-02T09:00:00Z',
    providerId: 'mailru',
    ...overrides,
  };
}

const add = (overrides: Partial<RefusalReport> = {}, network = vk) => withReportDb((db) => insertReport(db, report(overrides), network));

beforeEach(() => store.clear());

describe(`the record's store (${store.engine})`, () => {
  it('keeps a report with every field it holds, and answers its id', async () => {
    const id = await add();
    const rows = [];
    for await (const row of withReportDbRows()) rows.push(row);
    expect(rows).toEqual([
      {
        id,
        host: 'mxs.mail.ru',
        service: 'mailfence',
        serviceDomain: 'mailfence.com',
        remoteIp: '217.69.139.150',
        smtpCode: 550,
        enhancedCode: '5.7.1',
        diagnostic: 'spam message rejected',
        refusedAt: new Date('2026-11-02T09:00:00Z'),
        providerId: 'mailru',
        asn: 47764,
        operator: 'LLC VK',
      },
    ]);
  });

  it('aggregates per host and service: count, days, first and last, codes and the latest network', async () => {
    await add({ hour: '2026-11-02T09:00:00Z' });
    await add({ hour: '2026-11-02T17:00:00Z', smtpCode: 421, enhancedCode: undefined });
    await add({ hour: '2026-11-05T08:00:00Z' }, { asn: 12389, operator: 'PJSC Rostelecom' });
    await add({ service: { id: 'proton', domain: 'proton.me' }, hour: '2026-11-03T10:00:00Z' });
    const rows = await withReportDb((db) => aggregateReports(db));
    expect(rows).toEqual([
      {
        host: 'mxs.mail.ru',
        service: 'mailfence',
        count: 3,
        days: 2,
        firstSeen: '2026-11-02T09:00:00Z',
        lastSeen: '2026-11-05T08:00:00Z',
        codes: ['421', '550 5.7.1'],
        asn: 12389,
        operator: 'PJSC Rostelecom',
      },
      expect.objectContaining({ host: 'mxs.mail.ru', service: 'proton', count: 1, days: 1 }),
    ]);
  });

  it('filters the aggregate by host, service and since', async () => {
    await add({ hour: '2026-11-02T09:00:00Z' });
    await add({ remoteMta: 'emx.mail.ru', hour: '2026-11-04T09:00:00Z' });
    await add({ service: { id: 'tuta', domain: 'tuta.com' }, hour: '2026-11-06T09:00:00Z' });
    const hosts = async (filter: Parameters<typeof aggregateReports>[1]) =>
      (await withReportDb((db) => aggregateReports(db, filter))).map((row) => `${row.host} ${row.service}`);
    expect(await hosts({ host: 'emx.mail.ru' })).toEqual(['emx.mail.ru mailfence']);
    expect(await hosts({ service: 'tuta' })).toEqual(['mxs.mail.ru tuta']);
    expect(await hosts({ since: new Date('2026-11-03T00:00:00Z') })).toEqual(['mxs.mail.ru tuta', 'emx.mail.ru mailfence']);
    expect(await hosts({ host: 'nowhere.example.ru' })).toEqual([]);
  });

  it('names a blocking pair only after reports on two different days in the last 90 days', async () => {
    const now = new Date('2026-11-30T12:00:00Z');
    await add({ hour: '2026-11-10T09:00:00Z' });
    await add({ hour: '2026-11-10T15:00:00Z' });
    await add({ remoteMta: 'emx.mail.ru', hour: '2026-08-01T09:00:00Z' }); // outside the window
    await add({ remoteMta: 'emx.mail.ru', hour: '2026-11-20T09:00:00Z' });
    expect(await withReportDb((db) => blockingPairs(db, now))).toEqual([]);

    await add({ hour: '2026-11-12T09:00:00Z' });
    expect(await withReportDb((db) => blockingPairs(db, now))).toEqual([
      { host: 'mxs.mail.ru', service: 'mailfence', count: 3, since: '2026-11-10' },
    ]);
  });

  it('counts reports per host, service and week, weeks starting on Monday', async () => {
    await add({ hour: '2026-11-02T09:00:00Z' }); // a Monday
    await add({ hour: '2026-11-08T23:00:00Z' }); // the Sunday after
    await add({ hour: '2026-11-09T00:00:00Z' }); // the next Monday
    expect(await withReportDb((db) => weeklyReportCounts(db, new Date('2026-10-01T00:00:00Z')))).toEqual([
      { host: 'mxs.mail.ru', service: 'mailfence', week: '2026-11-02', count: 2 },
      { host: 'mxs.mail.ru', service: 'mailfence', week: '2026-11-09', count: 1 },
    ]);
  });

  it('prunes the reports of refusals before a date, and only those', async () => {
    await add({ hour: '2026-01-31T23:00:00Z' });
    await add({ hour: '2026-02-01T00:00:00Z' });
    expect(await withReportDb((db) => pruneReports(db, new Date('2026-02-01T00:00:00Z')))).toBe(1);
    expect((await withReportDb((db) => aggregateReports(db)))[0]).toMatchObject({ count: 1, firstSeen: '2026-02-01T00:00:00Z' });
  });

  it('reads the whole record a page at a time, oldest first, ties in the same hour included', async () => {
    const hours = Array.from({ length: 23 }, (_, index) => new Date(Date.UTC(2026, 0, 1) + Math.floor(index / 2) * 3600_000).toISOString());
    const ids: string[] = [];
    for (const hour of hours) ids.push(await add({ hour: hour.replace('.000Z', 'Z') }));
    const read = await withReportDb(async (db) => {
      const all = [];
      for await (const row of allReports(db, { pageSize: 4 })) all.push(row);
      return all;
    });
    expect(read.map((row) => row.refusedAt.toISOString())).toEqual(hours);
    expect(new Set(read.map((row) => row.id))).toEqual(new Set(ids));
  });

  it('records its migrations, and a restart keeps the data and applies none twice', async () => {
    const id = await add();
    const migrations = () => withReportDb((db) => db.select().from(appliedMigrations)).then((rows) => rows.length);
    expect(await migrations()).toBe(1);

    await closeReportStore();

    expect(await migrations()).toBe(1);
    const rows = [];
    for await (const row of withReportDbRows()) rows.push(row.id);
    expect(rows).toEqual([id]);
  });
});

/** The rows through the export's own reader, with the database opened as the app opens it. */
async function* withReportDbRows() {
  const rows = await withReportDb(async (db) => {
    const all = [];
    for await (const row of allReports(db)) all.push(row);
    return all;
  });
  yield* rows;
}
