import 'server-only';

import { LRUCache } from 'lru-cache';

import type { MxStatus } from '@/lib/resolve/types';

import type { MxLookup } from './types';

/** A fresh answer, and whether part of it is missing: the budget ran out, or an address query failed. */
export interface FreshMxLookup extends MxLookup {
  cutShort: boolean;
}

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
const cache = new LRUCache<string, Promise<FreshMxLookup>>({ max: mxCacheMax, ttl: TTL_BY_STATUS.timeout });

/**
 * The cached answer for `key`, or the one `lookup` gives (which must not reject), kept for as long
 * as its status allows. An answer cut short (the budget ran out, or an address query timed out or
 * failed) is kept no longer than a timeout: its hosts lack the networks that can make a recipient Russian, and a slow
 * resolver's answer must not hide them for ten minutes. Shared between requests: do not mutate.
 */
export async function cachedMxLookup(key: string, lookup: () => Promise<FreshMxLookup>): Promise<MxLookup> {
  const pending = cache.get(key) ?? lookup();
  if (!cache.has(key)) {
    cache.set(key, pending);
    const { mxStatus, cutShort } = await pending;
    const ttl = cutShort ? TTL_BY_STATUS.timeout : TTL_BY_STATUS[mxStatus];
    if (ttl > 0) cache.set(key, pending, { ttl });
    else cache.delete(key);
  }
  const { mx, mxStatus } = await pending;
  return { mx, mxStatus };
}

/** How many more milliseconds the answer under `key` is kept; 0 when none is. */
export function mxCacheRemainingMs(key: string): number {
  const remaining = cache.getRemainingTTL(key);
  return Number.isFinite(remaining) ? Math.max(0, remaining) : 0;
}

/** How many answers are kept now, never more than `mxCacheMax`: for the load test. */
export function mxCacheSize(): number {
  return cache.size;
}

/** Forgets every answer: for tests, which start DNS servers that answer differently. */
export function clearMxCache(): void {
  cache.clear();
}

/** How much longer the answer for `domain` is kept (any resolver set), in ms: for the cache tests. */
export function mxCacheRemainingTtl(domain: string): number | undefined {
  for (const key of cache.keys()) if (key.endsWith(` ${domain}`)) return cache.getRemainingTTL(key);
  return undefined;
}
