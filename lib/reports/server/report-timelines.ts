import 'server-only';

import { gte, sql } from 'drizzle-orm';

import { refusalReports as reports } from './db-schema';
import type { ReportDb } from './open-report-database';

/** Reports of one host and service in one week (ISO weeks, starting on Monday, UTC). */
export interface WeeklyCount {
  host: string;
  service: string;
  /** The Monday, YYYY-MM-DD. */
  week: string;
  count: number;
}

/** Reports per host, service and week since `since`, for the timelines of /{lang}/blocking. */
export async function weeklyReportCounts(db: ReportDb, since: Date): Promise<WeeklyCount[]> {
  const week = sql`date_trunc('week', ${reports.refusedAt} at time zone 'UTC')`;
  return db
    .select({ host: reports.host, service: reports.service, week: sql<string>`to_char(${week}, 'YYYY-MM-DD')`, count: sql<number>`count(*)::int` })
    .from(reports)
    .where(gte(reports.refusedAt, since))
    .groupBy(reports.host, reports.service, week)
    .orderBy(reports.host, reports.service, week);
}
