/**
 * npm run reports:prune -- --before DATE
 *
 * Removes the reports of refusals before DATE (YYYY-MM-DD, UTC midnight, or an ISO 8601 moment
 * with its offset), in one statement: all of them or, on any failure, none. Opens the record as
 * the app does (DATABASE_URL, else DATA_DIR, which the app must not hold open).
 */
import { closeReportStore, withReportDb } from '@/lib/reports/server/report-store';
import { pruneReports } from '@/lib/reports/server/prune-reports';

const datePattern = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

function beforeDate(args: string[]): Date | null {
  const [flag, value, ...rest] = args;
  if (flag !== '--before' || value === undefined || rest.length > 0 || !datePattern.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
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
