import { LRUCache } from 'lru-cache';

export interface TokenBucketOptions {
  /** Requests a client may make per minute, and the burst it may spend at once. */
  perMinute: number;
  /** How many clients are remembered; the least recently seen is forgotten first. */
  maxClients: number;
  /** Milliseconds since an epoch; injectable so tests need no timers. */
  now?: () => number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface TokenBucketLimiter {
  take(key: string): RateDecision;
  /** Clients currently remembered: never more than `maxClients`. */
  readonly size: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const minuteMs = 60_000;

/**
 * A token bucket per client key: `perMinute` tokens, refilled continuously, so a client that hits
 * the limit waits for one token (60 / perMinute seconds), not for a whole window, and no window
 * edge lets a client spend twice the limit in a moment. Buckets live in an LRU: memory stays
 * bounded however many clients there are; a forgotten client comes back with a full bucket, which
 * only errs towards letting people through.
 */
export function createTokenBucketLimiter({ perMinute, maxClients, now = Date.now }: TokenBucketOptions): TokenBucketLimiter {
  const buckets = new LRUCache<string, Bucket>({ max: maxClients });
  const refillPerMs = perMinute / minuteMs;

  function take(key: string): RateDecision {
    const at = now();
    const bucket = buckets.get(key);
    const tokens = bucket ? Math.min(perMinute, bucket.tokens + (at - bucket.updatedAt) * refillPerMs) : perMinute;
    if (tokens >= 1) {
      buckets.set(key, { tokens: tokens - 1, updatedAt: at });
      return { allowed: true };
    }
    buckets.set(key, { tokens, updatedAt: at });
    // RFC 9110 §10.2.3: Retry-After is a whole number of seconds; round up so a client that
    // waits exactly that long finds a token.
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerMs / 1000)) };
  }

  return {
    take,
    get size() {
      return buckets.size;
    },
  };
}
