import 'server-only';
import { createRateLimitGuard, type RateLimitGuard } from './create-rate-limit-guard';
import { rateLimitSettings } from './rate-limit-settings';

let guard: RateLimitGuard | undefined;

/**
 * The app's one limiter, shared by /api/resolve and /api/letters, built on first use from the
 * environment. Returns the 429 to send, or null to go on:
 *
 *     const limited = rateLimited(request);
 *     if (limited) return limited;
 */
export function rateLimited(request: Request): Response | null {
  guard ??= createGuard();
  return guard.check(request);
}

function createGuard(): RateLimitGuard {
  const settings = rateLimitSettings();
  if (settings.perMinute > 0 && !settings.trustProxy) {
    // Said once, in the server log an operator reads: the default is safe but shared (README).
    console.warn(
      `Rate limit: no trusted proxy (TRUST_PROXY unset), so all clients share one budget of ` +
        `${settings.perMinute} requests a minute. Behind a proxy that sets X-Forwarded-For, set TRUST_PROXY=1.`,
    );
  }
  return createRateLimitGuard(settings);
}
