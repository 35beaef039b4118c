import { blockedServers } from '@/lib/data/blocked-servers';

import type { ReportAggregate } from './types';

/** How many weeks a timeline shows: a year. */
export const timelineWeeks = 52;

export interface WeeklyReports {
  host: string;
  service: string;
  /** The Monday of the week, YYYY-MM-DD (UTC). */
  week: string;
  count: number;
}

/** One line of /{lang}/blocking: a refusing host and, when it was reported, one sender service. */
export interface BlockingRow {
  host: string;
  /** Named in Mailfence's announcement. */
  announced: boolean;
  /** The record for one service, or null for an announced host nobody reported yet. */
  record: (ReportAggregate & { weekly: number[] }) | null;
}

const dayMs = 24 * 3600 * 1000;

/** The Monday (UTC) of the week `moment` falls in, YYYY-MM-DD. */
export function weekOf(moment: Date): string {
  const day = new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * dayMs).toISOString().slice(0, 10);
}

/** The Mondays of the last `timelineWeeks` weeks up to `now`'s, oldest first. */
export function timelineMondays(now: Date): string[] {
  const last = Date.parse(`${weekOf(now)}T00:00:00Z`);
  return Array.from({ length: timelineWeeks }, (_, index) => new Date(last - (timelineWeeks - 1 - index) * 7 * dayMs).toISOString().slice(0, 10));
}

/**
 * The page's table: every reported (host, service), most recently reported first, each with its
 * weekly counts over the timeline; then each announced host that nobody has reported yet, in the
 * announcement's order. Pure: the page hands it what the record answered.
 */
export function blockingRows(aggregates: readonly ReportAggregate[], weekly: readonly WeeklyReports[], now: Date): BlockingRow[] {
  const mondays = timelineMondays(now);
  const announced = new Set(blockedServers.map((server) => server.host));
  const counts = new Map(weekly.map((entry) => [`${entry.host} ${entry.service} ${entry.week}`, entry.count]));
  const reported: BlockingRow[] = aggregates.map((aggregate) => ({
    host: aggregate.host,
    announced: announced.has(aggregate.host),
    record: { ...aggregate, weekly: mondays.map((monday) => counts.get(`${aggregate.host} ${aggregate.service} ${monday}`) ?? 0) },
  }));
  const reportedHosts = new Set(aggregates.map((aggregate) => aggregate.host));
  const unreported: BlockingRow[] = blockedServers
    .filter((server) => !reportedHosts.has(server.host))
    .map((server) => ({ host: server.host, announced: true, record: null }));
  return [...reported, ...unreported];
}
