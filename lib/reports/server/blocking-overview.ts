import 'server-only';

import { blockingRows, timelineMondays, type BlockingRow } from '../blocking-rows';
import { aggregateReports } from './aggregate-reports';
import { weeklyReportCounts } from './report-timelines';
import { withReportDb } from './report-store';

export interface BlockingOverview {
  rows: BlockingRow[];
  /** The Mondays of the timelines' weeks, oldest first. */
  mondays: string[];
  /** False when the record could not be read: the rows are then the announced hosts alone. */
  recordAvailable: boolean;
}

/** What /{lang}/blocking shows: the record merged with the announcement, or the announcement alone. */
export async function blockingOverview(now: Date = new Date()): Promise<BlockingOverview> {
  const mondays = timelineMondays(now);
  try {
    const since = new Date(`${mondays[0]}T00:00:00Z`);
    const [aggregates, weekly] = await withReportDb((db) => Promise.all([aggregateReports(db), weeklyReportCounts(db, since)]));
    return { rows: blockingRows(aggregates, weekly, now), mondays, recordAvailable: true };
  } catch {
    // The store has logged why; the page still shows what the announcement says.
    return { rows: blockingRows([], [], now), mondays, recordAvailable: false };
  }
}
