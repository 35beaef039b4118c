/**
 * Next's start-up hook: opens the public record's database as the server starts, which applies
 * its pending migrations then (lib/reports/server/open-report-database.ts), rather than on the
 * first report. Not awaited: a database that is down must not hold the server back; the record's
 * API answers 503 and retries meanwhile. Never during `next build`, which must not touch ./data.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { openReportStore } = await import('./lib/reports/server/report-store');
  void openReportStore();
}
