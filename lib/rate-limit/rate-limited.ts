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
  guard ??= createRateLimitGuard(rateLimitSettings());
  return guard.check(request);
}
