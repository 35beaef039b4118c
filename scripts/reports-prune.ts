/**
 * npm run reports:prune -- --before DATE
 *
 * Removes the reports of refusals before DATE (YYYY-MM-DD, UTC midnight, or an ISO 8601 moment
 * with its offset), in one statement: all of them or, on any failure, none. Opens the record as
 * the app does (DATABASE_URL, else DATA_DIR, which the app must not hold open).
 */
import { parseDayOrInstant } from '@/lib/calendar/iso-instant';
import { closeReportStore, withReportDb } from '@/lib/reports/server/report-store';
import { pruneReports } from '@/lib/reports/server/prune-reports';

/** The date to prune before; null for anything else, a day that does not exist (2026-02-30) too. */
function beforeDate(args: string[]): Date | null {
  const [flag, value, ...rest] = args;
  if (flag !== '--before' || value === undefined || rest.length > 0) return null;
  return parseDayOrInstant(value);
}

async function main(): Promise<number> {
  const before = beforeDate(process.argv.slice(2));
  if (before === null) {
    console.error('Usage: npm run reports:prune -- --before YYYY-MM-DD (or an ISO 8601 moment with its offset)');
    return 2;
  }
  try {
    const removed = await withReportDb((db) => pruneReports(db, before));
    console.log(`${removed} reports of refusals before ${before.toISOString()} removed.`);
    return 0;
  } catch (error) {
    console.error(`The record could not be pruned: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await closeReportStore();
  }
}

void main().then((code) => {
  process.exitCode = code;
});
