#!/usr/bin/env node
/**
 * npm run data:networks            (rewrites lib/data/networks.json and networks-LICENSE.md)
 * node scripts/distil-networks.mjs --check   (fails when they are out of date)
 *
 * Distils the whole IP → AS table of @ip-location-db/asn (~65 MB) into lib/data/networks.json:
 * only the ranges that sit in Russia according to @ip-location-db/geo-whois-asn-country, merged
 * where adjacent with the same AS, in a compact column form that lib/mx/ searches by bisection.
 * The server needs nothing else to say "this MX is on a Russian network, run by X"; shipping or
 * parsing the whole table per request would cost memory and start-up time for no gain.
 *
 * Output shape (all arrays of one table have the same length, sorted by start):
 *   { operators: string[],
 *     ipv4: { start: number[], end: number[], asn: number[], operator: number[] },
 *     ipv6: { start: string[], end: string[], asn: number[], operator: number[] } }
 * IPv6 bounds exceed 2^53, so they are fixed-width hex (32 digits): string order = numeric order.
 */
import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { isIPv4, isIPv6 } from 'node:net';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const asnDir = join(root, 'node_modules/@ip-location-db/asn');
const countryDir = join(root, 'node_modules/@ip-location-db/geo-whois-asn-country');
const outFile = join(root, 'lib/data/networks.json');
const licenceFile = join(root, 'lib/data/networks-LICENSE.md');
const COUNTRY = 'RU';

/** Splits one CSV line, honouring double quotes (operator names hold commas: "Enecom,Inc."). */
function splitCsv(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

function ipv4ToBigInt(ip) {
  return ip.split('.').reduce((acc, octet) => (acc << 8n) | BigInt(Number(octet)), 0n);
}

function ipv6ToBigInt(ip) {
  const [head, tail] = ip.includes('::') ? ip.split('::') : [ip, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(missing).fill('0'), ...tailGroups];
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(parseInt(group, 16)), 0n);
}

function toBigInt(ip) {
  if (isIPv4(ip)) return ipv4ToBigInt(ip);
  if (isIPv6(ip)) return ipv6ToBigInt(ip);
  throw new Error(`not an IP address: ${ip}`);
}

/**
 * Adds a row to sorted, disjoint ranges. The published tables nest rows: a geofeed's small range
 * inside a whois block (FR 5.61.192.0/21 holding SK 5.61.192.0/23), and the AS table has a few
 * overlaps (its README warns of data bugs). The later row is the more specific one, so it wins
 * over whatever it covers; what is left of the covered range on either side is kept.
 */
function insertRange(ranges, range) {
  const rightParts = [];
  while (ranges.length > 0 && ranges[ranges.length - 1].end >= range.start) {
    const covered = ranges.pop();
    if (covered.end > range.end) rightParts.push({ ...covered, start: range.end + 1n });
    if (covered.start < range.start) {
      ranges.push({ ...covered, end: range.start - 1n });
      break;
    }
  }
  ranges.push(range);
  ranges.push(...rightParts.sort((a, b) => (a.start < b.start ? -1 : 1)));
}

async function readRanges(file, pick) {
  const ranges = [];
  let nested = 0;
  let lastStart = -1n;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const fields = splitCsv(line);
    const range = { start: toBigInt(fields[0]), end: toBigInt(fields[1]), ...pick(fields) };
    // The sweep below needs rows sorted by start; anything else would make it silently wrong.
    if (range.start < lastStart) throw new Error(`${file}: unsorted at ${line}`);
    lastStart = range.start;
    if (ranges.length > 0 && ranges[ranges.length - 1].end >= range.start) nested += 1;
    insertRange(ranges, range);
  }
  if (nested > 0) console.warn(`${file}: ${nested} nested or overlapping rows, the more specific kept`);
  return ranges;
}

/** Keeps the parts of each AS range that the country table puts in COUNTRY (one linear sweep). */
function russianParts(asnRanges, countryRanges) {
  const parts = [];
  let c = 0;
  for (const range of asnRanges) {
    while (c < countryRanges.length && countryRanges[c].end < range.start) c += 1;
    for (let k = c; k < countryRanges.length && countryRanges[k].start <= range.end; k += 1) {
      const country = countryRanges[k];
      if (country.country !== COUNTRY) continue;
      const start = country.start > range.start ? country.start : range.start;
      const end = country.end < range.end ? country.end : range.end;
      parts.push({ start, end, asn: range.asn, operator: range.operator });
    }
  }
  return parts;
}

function mergeAdjacent(parts) {
  const merged = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && last.end + 1n === part.start && last.asn === part.asn && last.operator === part.operator) {
      last.end = part.end;
    } else merged.push({ ...part });
  }
  return merged;
}

function toColumns(ranges, operatorIndex, formatBound) {
  return {
    start: ranges.map((r) => formatBound(r.start)),
    end: ranges.map((r) => formatBound(r.end)),
    asn: ranges.map((r) => r.asn),
    operator: ranges.map((r) => operatorIndex.get(r.operator)),
  };
}

async function distil(family) {
  const asnRanges = await readRanges(join(asnDir, `asn-${family}.csv`), (f) => ({
    asn: Number(f[2]),
    operator: f[3] ?? '',
  }));
  const countryRanges = await readRanges(join(countryDir, `geo-whois-asn-country-${family}.csv`), (f) => ({
    country: f[2],
  }));
  return mergeAdjacent(russianParts(asnRanges, countryRanges));
}

async function packageVersion(dir) {
  return JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')).version;
}

function licenceText(asnVersion, countryVersion, counts) {
  return `# lib/data/networks.json: sources and licence

\`networks.json\` is generated by \`npm run data:networks\` (scripts/distil-networks.mjs). Do not edit
it by hand. It holds the IP ranges that the country table places in Russia (${counts.ipv4} IPv4 and
${counts.ipv6} IPv6 ranges), each with its AS number and the AS operator's name. The server reads it
(lib/mx/) to say which network an MX host sits on; it is never sent to the browser.

## Sources

- IP → AS number and operator: npm package \`@ip-location-db/asn\` version ${asnVersion}
  (https://github.com/sapics/ip-location-db), licensed under
  [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/). It is built from:
  - the RouteViews IP to AS database, by [RouteViews](https://www.routeviews.org/);
  - the RIR statistics of the [Number Resource Organization (NRO)](https://www.nro.net/);
  - the IP to ASN Lite database, [IP Geolocation by DB-IP](https://db-ip.com/). DB-IP asks web
    applications that display or use its results to link back to https://db-ip.com/.
- IP → country: npm package \`@ip-location-db/geo-whois-asn-country\` version ${countryVersion},
  [CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/) (RIR whois and NRO data).

## Changes made (CC BY 4.0 §3(a)(1)(B))

The AS table was cut down to the parts of its ranges that the country table places in ${COUNTRY};
adjacent ranges with the same AS number and operator were merged; addresses were turned into
numbers (IPv4) and 32-digit hexadecimal (IPv6). No AS number or operator name was changed.
`;
}

const operatorIndexFor = (ranges) => {
  const names = [...new Set(ranges.map((r) => r.operator))].sort();
  return { names, index: new Map(names.map((name, i) => [name, i])) };
};

/**
 * `--check` writes nothing and fails when the committed files differ from what the installed
 * packages give: the test suite runs it, so a package update without `npm run data:networks`
 * (or a hand edit of the table) cannot go unnoticed.
 */
async function main() {
  const check = process.argv.includes('--check');
  const ipv4 = await distil('ipv4');
  const ipv6 = await distil('ipv6');
  const { names, index } = operatorIndexFor([...ipv4, ...ipv6]);
  const table = {
    operators: names,
    ipv4: toColumns(ipv4, index, (n) => Number(n)),
    ipv6: toColumns(ipv6, index, (n) => n.toString(16).padStart(32, '0')),
  };
  const json = `${JSON.stringify(table)}\n`;
  const [asnVersion, countryVersion] = await Promise.all([packageVersion(asnDir), packageVersion(countryDir)]);
  const licence = licenceText(asnVersion, countryVersion, { ipv4: ipv4.length, ipv6: ipv6.length });
  const summary = `${ipv4.length} IPv4 + ${ipv6.length} IPv6 ranges, ${names.length} operators, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB`;
  if (check) {
    const stale = [];
    if ((await readFile(outFile, 'utf8').catch(() => '')) !== json) stale.push(outFile);
    if ((await readFile(licenceFile, 'utf8').catch(() => '')) !== licence) stale.push(licenceFile);
    if (stale.length > 0) {
      console.error(`out of date, run npm run data:networks: ${stale.join(', ')}`);
      process.exitCode = 1;
    } else console.log(`networks.json is up to date: ${summary}`);
    return;
  }
  await writeFile(outFile, json);
  await writeFile(licenceFile, licence);
  console.log(`networks.json: ${summary}`);
}

await main();
