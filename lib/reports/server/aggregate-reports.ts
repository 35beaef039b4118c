import 'server-only';

import { and, asc, desc, eq, gte, sql, type SQL } from 'drizzle-orm';

import type { AggregateFilter, ReportAggregate } from '../types';
import { refusalReports as reports } from './db-schema';
import type { ReportDb } from './open-report-database';
import { refusedDay, utcHourText } from './sql-fragments';

/**
 * The record per (refusing host, sender service): how many reports, on how many days, the first
 * and the last, the codes seen, and the network of the latest report's server. Most recent first.
 */
export async function aggregateReports(db: ReportDb, { host, service, since }: AggregateFilter = {}): Promise<ReportAggregate[]> {
  const conditions: SQL[] = [];
  if (host !== undefined) conditions.push(eq(reports.host, host));
  if (service !== undefined) conditions.push(eq(reports.service, service));
  if (since !== undefined) conditions.push(gte(reports.refusedAt, since));
  const lastSeen = sql`max(${reports.refusedAt})`;
  const rows = await db
    .select({
      host: reports.host,
      service: reports.service,
      count: sql<number>`count(*)::int`,
      days: sql<number>`count(distinct ${refusedDay})::int`,
      firstSeen: utcHourText(sql`min(${reports.refusedAt})`),
      lastSeen: utcHourText(lastSeen),
      codes: sql<string[]>`array_agg(distinct concat_ws(' ', ${reports.smtpCode}, ${reports.enhancedCode}))`,
      // Reports share their hour: the id breaks the tie, so that two reads of one record give one
      // network, and one ETag.
      asn: sql<number | null>`(array_agg(${reports.asn} order by ${reports.refusedAt} desc, ${reports.id}))[1]`,
      operator: sql<string | null>`(array_agg(${reports.operator} order by ${reports.refusedAt} desc, ${reports.id}))[1]`,
    })
    .from(reports)
    .where(and(...conditions))
    .groupBy(reports.host, reports.service)
    .orderBy(desc(lastSeen), asc(reports.host), asc(reports.service));
  return rows.map((row) => ({ ...row, codes: row.codes.filter((code) => code !== '').sort() }));
}
