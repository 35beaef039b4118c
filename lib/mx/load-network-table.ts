import 'server-only';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One address family of lib/data/networks.json: parallel columns sorted by `start`. */
export interface NetworkColumns<Bound extends number | string> {
  start: Bound[];
  end: Bound[];
  asn: number[];
  operator: number[];
}

export interface NetworkTable {
  operators: string[];
  /** Bounds as unsigned 32-bit numbers. */
  ipv4: NetworkColumns<number>;
  /** Bounds as 32-digit lower-case hex: string order is numeric order. */
  ipv6: NetworkColumns<string>;
}

let table: NetworkTable | undefined;

function sameLength(columns: NetworkColumns<number | string>): boolean {
  const { length } = columns.start;
  return columns.end.length === length && columns.asn.length === length && columns.operator.length === length;
}

/**
 * The Russian networks distilled by scripts/distil-networks.mjs (~1 MB). Read from disk at the
 * first lookup, never at import, so a request that needs no MX data pays nothing, and never
 * bundled: the file is read through `fs` relative to the app's root, not imported.
 */
export function loadNetworkTable(): NetworkTable {
  if (table !== undefined) return table;
  const file = join(process.cwd(), 'lib', 'data', 'networks.json');
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as NetworkTable;
  if (!Array.isArray(parsed.operators) || !sameLength(parsed.ipv4) || !sameLength(parsed.ipv6)) {
    throw new Error(`${file} is not a network table: run npm run data:networks`);
  }
  table = parsed;
  return table;
}
