import 'server-only';

import { LRUCache } from 'lru-cache';

import type { SendingServers, SpfStatus } from './spf-types';

const SECOND = 1000;

/**
 * How long an answer is kept, in ms, and how long a shared cache may keep the route's answer.
 * SPF records change seldom: ten minutes, as for MX. A broken record (none, malformed, over the
 * lookup limit, a loop) five minutes, like a negative answer (RFC 2308 §5). A silent or failing
 * resolver thirty seconds, so a burst of requests does not wait on it one by one. What did not
 * query DNS at all is not kept.
 */
export const SPF_TTL_BY_STATUS: Record<SpfStatus, number> = {
  ok: 600 * SECOND,
  none: 300 * SECOND,
  invalid: 300 * SECOND,
  'too-many-lookups': 300 * SECOND,
  loop: 300 * SECOND,
  timeout: 30 * SECOND,
  error: 30 * SECOND,
  disabled: 0,
  'not-public': 0,
  'no-domain': 0,
};

/** A few hundred services at most are ever asked for; each answer is a list of ranges. */
const cache = new LRUCache<string, Promise<SendingServers>>({ max: 500, ttl: SPF_TTL_BY_STATUS.timeout });

/**
 * The cached answer for `key`, or the one `lookup` gives (which must not reject), kept as long
 * as its status allows. The promise is stored at once, so concurrent requests share one walk.
 * Shared between requests: do not mutate.
 */
export async function cachedSendingServers(key: string, lookup: () => Promise<SendingServers>): Promise<SendingServers> {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const pending = lookup();
  cache.set(key, pending);
  const { status } = await pending;
  if (SPF_TTL_BY_STATUS[status] > 0) cache.set(key, pending, { ttl: SPF_TTL_BY_STATUS[status] });
  else cache.delete(key);
  return pending;
}

/** Forgets every answer: for tests, which start DNS servers that answer differently. */
export function clearSpfCache(): void {
  cache.clear();
}
