/**
 * Next's start-time hook: `register()` runs once as the server starts, under `next start` and the
 * standalone server.js alike.
 * - A setting the app cannot run right without stops the process here, with the reason, rather
 *   than serving wrong pages: Next only logs an error thrown from `register()` and goes on
 *   serving, so the exit is ours.
 * - The public record's database is opened, which applies its pending migrations now
 *   (lib/reports/server/open-report-database.ts) rather than on the first report. Not awaited: a
 *   database that is down must not hold the server back; the record's API answers 503 and retries
 *   meanwhile. Never during `next build`, which must not touch ./data.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { siteUrl } = await import('@/lib/server/site-url');
  try {
    siteUrl();
  } catch (error) {
    console.error(`Unblock Mail cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { openReportStore } = await import('./lib/reports/server/report-store');
  void openReportStore();
}
