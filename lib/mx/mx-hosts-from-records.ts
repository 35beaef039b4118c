import type { MxRecord } from 'node:dns';

/** An MX record cleaned up: lower-case host without the trailing dot. */
export interface MxTarget {
  host: string;
  preference: number;
}

/**
 * The hosts an MX answer names, best preference first (RFC 5321 §5.1), each once, at most `max`.
 * Null MX records (RFC 7505: exchange ".", which Node gives as "") name no host and are dropped;
 * an answer of only those means the domain takes no mail, which the caller sees as an empty list.
 */
export function mxHostsFromRecords(records: MxRecord[], max: number): MxTarget[] {
  const best = new Map<string, number>();
  for (const { exchange, priority } of records) {
    const host = exchange.toLowerCase().replace(/\.$/, '');
    if (host === '') continue;
    best.set(host, Math.min(priority, best.get(host) ?? Infinity));
  }
  return [...best]
    .map(([host, preference]) => ({ host, preference }))
    .sort((a, b) => a.preference - b.preference || (a.host < b.host ? -1 : a.host > b.host ? 1 : 0))
    .slice(0, max);
}
