import 'server-only';

import { createHmac, randomBytes } from 'node:crypto';

import { LRUCache } from 'lru-cache';

import type { RefusalReport } from '../report-schema';

/** A week: a client that sends the same refusal again within it is told it is already counted. */
const rememberMs = 7 * 24 * 3600 * 1000;
/** About 100 bytes each: a few megabytes at most, whatever the traffic. */
const maxRemembered = 50_000;

/**
 * A key that cannot be turned back into the client: an HMAC under a secret that lives only in
 * this process's memory, so not even a dump of the map gives an address away, and a restart
 * forgets every key.
 */
const secret = randomBytes(32);

/** What one attempt to record came to: a new id, or the reason it was not taken. */
export type RecordAttempt<Refusal> = { id: string } | { refused: Refusal };

const seen = new LRUCache<string, Promise<RecordAttempt<unknown>>>({ max: maxRemembered, ttl: rememberMs });

function dedupeKey(client: string, report: RefusalReport): string {
  return createHmac('sha256', secret).update(JSON.stringify([client, report.remoteMta, report.service.id, report.hour])).digest('base64url');
}

/**
 * Counts the same (host, service, hour) from one client once. `record` runs for the first of
 * them; every other gets the first one's id with `created: false`, even while the first is still
 * being checked. A refused or failed attempt is forgotten, so the client may try again. Nothing
 * is written anywhere: the record itself never learns who sent what.
 */
export async function recordOnce<Refusal>(
  client: string,
  report: RefusalReport,
  record: () => Promise<RecordAttempt<Refusal>>,
): Promise<{ id: string; created: boolean } | { refused: Refusal }> {
  const key = dedupeKey(client, report);
  // Wait for the attempt before this one; when it was refused, the first of its waiters to wake
  // tries again and the others wait for that one, rather than each recording the report.
  for (let earlier = seen.get(key); earlier !== undefined; ) {
    const outcome = await earlier.catch(() => null);
    if (outcome !== null && 'id' in outcome) return { id: outcome.id, created: false };
    const next = seen.get(key);
    earlier = next === earlier ? undefined : next;
  }
  const attempt = record();
  seen.set(key, attempt);
  // Only this attempt's own entry: a later one may have taken the key meanwhile.
  const forget = () => {
    if (seen.get(key) === attempt) seen.delete(key);
  };
  try {
    const outcome = await attempt;
    if ('refused' in outcome) {
      forget();
      return outcome;
    }
    return { id: outcome.id, created: true };
  } catch (error) {
    forget();
    throw error;
  }
}

/** For tests: forget every client. */
export function clearReportDedupe(): void {
  seen.clear();
}
