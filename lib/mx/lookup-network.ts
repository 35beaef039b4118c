import 'server-only';

import { ipKey } from './ip-key';
import { loadNetworkTable, type NetworkColumns } from './load-network-table';
import type { NetworkInfo } from './types';

const UNKNOWN: NetworkInfo = { asn: null, operator: null, country: null };

/** Index of the last range starting at or before `key`, or -1 (binary search on sorted starts). */
function lastStartAtOrBefore<Bound extends number | string>(starts: Bound[], key: Bound): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const start = starts[middle];
    if (start !== undefined && start <= key) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function find<Bound extends number | string>(columns: NetworkColumns<Bound>, key: Bound, operators: string[]): NetworkInfo {
  const index = lastStartAtOrBefore(columns.start, key);
  const end = columns.end[index];
  if (end === undefined || key > end) return UNKNOWN;
  const asn = columns.asn[index] ?? null;
  const operator = operators[columns.operator[index] ?? -1] ?? null;
  // The table holds only the ranges the country data places in Russia (see networks-LICENSE.md).
  return { asn, operator, country: 'RU' };
}

/** The AS number, operator and country of an IP address when it is on a known Russian network. */
export function lookupNetwork(ip: string): NetworkInfo {
  const parsed = ipKey(ip);
  if (parsed === null) return UNKNOWN;
  const table = loadNetworkTable();
  return parsed.family === 4 ? find(table.ipv4, parsed.key, table.operators) : find(table.ipv6, parsed.key, table.operators);
}
