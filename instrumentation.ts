/**
 * Next's start-time hook: `register()` runs once as the server starts, under `next start` and the
 * standalone server.js alike. A setting the app cannot run right without stops the process here,
 * with the reason, rather than serving wrong pages: Next only logs an error thrown from
 * `register()` and goes on serving, so the exit is ours.
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
}
