#!/usr/bin/env node
/**
 * npm run data:isp-asns              (rewrites the `asns` lists in lib/data/isp-networks.json)
 * node scripts/isp-asns.mjs --check  (fails when a list differs from what the table gives)
 *
 * Each ISP's AS numbers are every AS that the network table (lib/data/networks.json) gives to the
 * operator names the ISP record lists, IPv4 and IPv6 alike. Hand-picked lists missed most of them
 * (T2's main AS12958, ER-Telecom's 75 regional ASes), and the letters route by AS. The browser
 * maps an MX's AS to an ISP, so the lists live in the data file rather than being worked out from
 * the 1 MB table at run time. After `npm run data:networks`, run this too.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tableFile = join(root, 'lib/data/networks.json');
const ispFile = join(root, 'lib/data/isp-networks.json');

/** operator name → the AS numbers the table gives it, across both address families. */
export function asnsByOperator(table) {
  const byOperator = new Map();
  for (const family of [table.ipv4, table.ipv6]) {
    family.asn.forEach((asn, row) => {
      const name = table.operators[family.operator[row]];
      if (!byOperator.has(name)) byOperator.set(name, new Set());
      byOperator.get(name).add(asn);
    });
  }
  return byOperator;
}

/** The ISP file with every `asns` list recomputed; throws on an operator the table does not know. */
export function withDerivedAsns(ispNetworks, byOperator) {
  const result = {};
  for (const [id, { operators }] of Object.entries(ispNetworks)) {
    const unknown = operators.filter((name) => !byOperator.has(name));
    if (unknown.length > 0) throw new Error(`${id}: the network table names no operator ${unknown.map((n) => JSON.stringify(n)).join(', ')}`);
    const asns = [...new Set(operators.flatMap((name) => [...byOperator.get(name)]))].sort((a, b) => a - b);
    result[id] = { operators, asns };
  }
  return result;
}

/** One line per list, so that a change of AS numbers reads as a one-line diff per ISP. */
function format(ispNetworks) {
  const entries = Object.entries(ispNetworks).map(
    ([id, { operators, asns }]) =>
      `  ${JSON.stringify(id)}: {\n    "operators": ${JSON.stringify(operators)},\n    "asns": ${JSON.stringify(asns)}\n  }`,
  );
  return `{\n${entries.join(',\n')}\n}\n`;
}

async function main() {
  const check = process.argv.includes('--check');
  const table = JSON.parse(await readFile(tableFile, 'utf8'));
  const current = await readFile(ispFile, 'utf8');
  const derived = format(withDerivedAsns(JSON.parse(current), asnsByOperator(table)));
  if (check) {
    if (derived !== current) {
      console.error(`out of date, run npm run data:isp-asns: ${ispFile}`);
      process.exitCode = 1;
    } else console.log('isp-networks.json is up to date');
    return;
  }
  await writeFile(ispFile, derived);
  const counts = Object.entries(JSON.parse(derived)).map(([id, { asns }]) => `${id} ${asns.length}`);
  console.log(`isp-networks.json: ${counts.join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
