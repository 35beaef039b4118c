import 'server-only';

import { gte, sql } from 'drizzle-orm';

import type { ReportedBlocking } from '../types';
import { refusalReports as reports } from './db-schema';
import type { ReportDb } from './open-report-database';
import { refusedDay, utcDayText } from './sql-fragments';

/** How far back the page looks, and how many days a refusal must have been seen on. */
export const reportedBlockingWindowDays = 90;
export const reportedBlockingMinDays = 2;

/**
 * Every (host, service) with reports on at least two different days in the 90 days before `now`:
 * one person's one bounce is not enough to call a server blocking. The count and the first day
 * are those of the window.
 */
export async function blockingPairs(db: ReportDb, now: Date): Promise<ReportedBlocking[]> {
  const since = new Date(now.getTime() - reportedBlockingWindowDays * 24 * 3600 * 1000);
  return db
    .select({
      host: reports.host,
      service: reports.service,
      count: sql<number>`count(*)::int`,
      since: utcDayText(sql`min(${reports.refusedAt})`),
    })
    .from(reports)
    .where(gte(reports.refusedAt, since))
    .groupBy(reports.host, reports.service)
    .having(sql`count(distinct ${refusedDay}) >= ${reportedBlockingMinDays}`)
    .orderBy(reports.host, reports.service);
}
