import 'server-only';

import { LRUCache } from 'lru-cache';

import type { MxStatus } from '@/lib/resolve/types';

import type { MxLookup } from './types';

const MINUTE = 60_000;

/**
 * How long an answer is kept. A real answer for ten minutes (MX records rarely change faster);
 * NXDOMAIN/NODATA for five (RFC 2308 §5 lets negative answers be cached; shorter, so a domain that
 * gains MX records is seen soon); a server that failed or stayed silent for thirty seconds (RFC
 * 2308 §7 caps that at five minutes), so a burst of requests does not wait on a dead resolver
 * one by one, and a recovered one is used again soon.
 */
const TTL_BY_STATUS: Record<MxStatus, number> = {
  ok: 10 * MINUTE,
  'null-mx': 10 * MINUTE,
  nxdomain: 5 * MINUTE,
  nodata: 5 * MINUTE,
  timeout: MINUTE / 2,
  error: MINUTE / 2,
  disabled: 0,
  'not-public': 0,
};

/** The most answers kept: a few hundred bytes each, so about a megabyte at most. */
export const mxCacheMax = 5000;

/**
 * Lookups by resolver set and domain. The value is the promise, stored as soon as the lookup
 * starts, so concurrent requests for one domain share a single query. Bounded: a flood of
 * invented domains evicts old entries instead of growing the heap.
 */
const cache = new LRUCache<string, Promise<MxLookup>>({ max: mxCacheMax, ttl: TTL_BY_STATUS.timeout });

/**
 * The cached answer for `key`, or the one `lookup` gives (which must not reject), kept for as long
 * as its status allows. The result is shared between requests: callers must not mutate it.
 */
export async function cachedMxLookup(key: string, lookup: () => Promise<MxLookup>): Promise<MxLookup> {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const pending = lookup();
  cache.set(key, pending);
  const result = await pending;
  const ttl = TTL_BY_STATUS[result.mxStatus];
  if (ttl > 0) cache.set(key, pending, { ttl });
  else cache.delete(key);
  return result;
}

/** How many answers are kept now, never more than `mxCacheMax`: for the load test. */
export function mxCacheSize(): number {
  return cache.size;
}

/** Forgets every answer: for tests, which start DNS servers that answer differently. */
export function clearMxCache(): void {
  cache.clear();
}
