import { clientKey } from './client-key';
import type { RateLimitSettings } from './rate-limit-settings';
import { createTokenBucketLimiter } from './token-bucket-limiter';
import { rateLimitResponse } from './rate-limit-response';

/** Enough for every client of a busy day; about 100 bytes each, so a few megabytes at most. */
export const defaultMaxClients = 10_000;

export interface RateLimitGuard {
  /** A 429 response when the request's client is over its budget, otherwise null. */
  check(request: Request): Response | null;
  /** Clients remembered (0 when the limit is off). */
  readonly size: number;
}

export function createRateLimitGuard(
  { perMinute, trustProxy }: RateLimitSettings,
  { maxClients = defaultMaxClients, now }: { maxClients?: number; now?: () => number } = {},
): RateLimitGuard {
  if (perMinute === 0) return { check: () => null, size: 0 };
  const limiter = createTokenBucketLimiter({ perMinute, maxClients, now });
  return {
    check(request) {
      const decision = limiter.take(clientKey(request, { trustProxy }));
      return decision.allowed ? null : rateLimitResponse(request, decision.retryAfterSeconds);
    },
    get size() {
      return limiter.size;
    },
  };
}
