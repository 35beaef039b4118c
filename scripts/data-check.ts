/**
 * npm run data:check [-- --out report.json]
 *
 * Re-checks lib/data against the world (lib/data-check/run-data-check.ts): prints a table of what
 * agrees, what differs and what could not be checked, writes it as JSON to `--out`, and exits
 * 0 (all agree), 1 (something differs) or 2 (nothing could be reached). DNS_SERVERS picks the
 * resolvers, RIPESTAT_URL the RIPEstat base (default https://stat.ripe.net). The npm script runs
 * it through bench/ts-require.cjs with the react-server condition, so that the app's server-only
 * modules (lib/mx) load as they do on the server.
 */
import { writeFile } from 'node:fs/promises';

import { blockedServers } from '@/lib/data/blocked-servers';
import { isps } from '@/lib/data/isps';
import { providers } from '@/lib/data/providers';
import { dataCheckSettings } from '@/lib/data-check/check-settings';
import { exitCodeOf, formatReport, unreachableMessage } from '@/lib/data-check/report';
import { runDataCheck } from '@/lib/data-check/run-data-check';

function outPath(args: string[]): string | undefined {
  const index = args.findIndex((arg) => arg === '--out' || arg.startsWith('--out='));
  if (index === -1) return undefined;
  const arg = args[index] ?? '';
  const path = arg.startsWith('--out=') ? arg.slice('--out='.length) : args[index + 1];
  if (path === undefined || path === '') throw new Error('--out needs a file path');
  return path;
}

async function main(): Promise<number> {
  let settings;
  let out;
  try {
    settings = dataCheckSettings(process.env);
    out = outPath(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 2;
  }
  const report = await runDataCheck(settings, { providers, isps, blockedServers });
  console.log(formatReport(report));
  if (out !== undefined) await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  const code = exitCodeOf(report);
  if (code === 2) console.error(unreachableMessage(report));
  return code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
