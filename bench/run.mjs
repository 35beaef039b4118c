// npm run bench: Unblock Mail against a bare Next.js app with the same versions, from one run.
// Not a test (minutes long, machine-dependent): never part of npm test. See bench/RESULTS.md.
//   --no-build                 reuse the builds in .next and .bench/bare/.next
//   BENCH_API_SECONDS=12       autocannon seconds per server (split over six alternating rounds)
//   BENCH_LIGHTHOUSE_RUNS=3    Lighthouse runs on /en (the median performance score stands)
//   CHROME_PATH=/usr/bin/chromium
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeBareApp } from './bare-app.mjs';
import { launchChromium } from './browser.mjs';
import { startDnsServer } from '../e2e/support/dns-server.mjs';
import { describeMachine } from './machine.mjs';
import { measureApi } from './measure-api.mjs';
import { measureClickToLetters } from './measure-click-to-letters.mjs';
import { measureFirstLoadJs } from './measure-first-load-js.mjs';
import { measureLighthouse } from './measure-lighthouse.mjs';
import { buildApp, residentBytes, startApp, stopApp } from './next-server.mjs';
import { printTable, writeResults } from './report.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const projectDir = path.resolve(benchDir, '..');
const bareDir = path.join(projectDir, '.bench', 'bare');
const skipBuild = process.argv.includes('--no-build');
const apiSeconds = Number(process.env.BENCH_API_SECONDS ?? 12);
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
// What the page asks (only the DNS facts: it has the app's data already); the full answer that
// integrators get is measured beside it and reported, so neither figure hides the other.
const apiQuery = '/api/resolve?domain=mail.ru&only=mx';
const apiFullQuery = '/api/resolve?domain=mail.ru';

const report = {
  machine: describeMachine(),
  setup: {},
  results: { firstLoadJs: {}, api: {}, clickToLetters: {}, lighthouse: {}, memory: {}, lib: {} },
  errors: {},
};

/** Runs one measure; a failure is recorded and reported rather than ending the run. */
async function measure(name, work) {
  const started = performance.now();
  process.stdout.write(`${name}... `);
  try {
    const result = await work();
    console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    console.log('failed');
    report.errors[name] = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return undefined;
  }
}

async function libThroughput() {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(benchDir, 'lib-throughput.cjs')], {
    cwd: projectDir,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout);
}

const versions = await writeBareApp(projectDir, bareDir);
report.setup = {
  versions,
  apiQuery,
  method: [
    'Both apps are built with `next build` and served by `next start` (production, telemetry off) on free ports of 127.0.0.1, one after the other on the same machine. The bare app (`.bench/bare`, gitignored) has one static page and one JSON route; nothing is installed for it: it resolves next, react and react-dom from the project\'s node_modules by walking up the directories, and the bench checks the installed versions against package.json.',
    'Unblock Mail runs with `DNS_SERVERS` pointing at a DNS server the bench starts on 127.0.0.1 that answers for mail.ru at once (MX mxs.mail.ru, two A records), so /api/resolve does its whole job (MX, A, network table, resolver) and the figure is the app\'s own cost. `RESOLVE_RATE_LIMIT=1000000000`: the limiter runs on every request but never refuses (without `TRUST_PROXY` all load shares one bucket).',
    'First-load JS: Chromium (Debian, via Playwright) loads the page until the network is idle; every script response is gzip-compressed at the default level and summed. Chromium does not fetch `<script nomodule>` polyfills, so they are not counted.',
    `API: autocannon, 10 connections, 2 s warm-up each, then ${apiSeconds} s per server in six alternating rounds (bare, app, app, bare, ...) so background load weighs on both alike, on the page's call \`${apiQuery}\` (the budget) and on the full answer \`${apiFullQuery}\` (reported beside it), against the bare \`/api/resolve\`; req/s over all rounds, p99 of the median round; errors, timeouts and non-2xx answers are counted. autocannon shares the CPUs with the server.`,
    'Click-to-letters: /en loaded afresh each time, the recipient filled, "Generate letters" clicked by Playwright; the time from the click event\'s timestamp to the first `<article>` seen by a MutationObserver, measured in the page; median of 7.',
    `Lighthouse ${'12.2.3'} default config (mobile, simulated slow 4G, 4× CPU slow-down) on Debian Chromium via chrome-launcher; the run with the median performance score of ${lighthouseRuns}.`,
    'Memory: resident set of the `next start` process (and any process it forked) after the load.',
    'lib: `bench/lib-throughput.cjs` in its own Node process, the TypeScript compiled on the fly with `typescript`\'s transpileModule (ES2022, no down-levelling); parseAddress + resolveRecipient over 100,000 generated addresses (known, Russian-company, IDN, unknown and 5 % invalid) after a 10,000-address warm-up; buildLetters with Russian and English for 3 s.',
  ],
};

if (!skipBuild) {
  report.setup.buildMs = {
    bare: await measure('next build (bare)', () => buildApp(projectDir, bareDir, 'bare')),
    app: await measure('next build (Unblock Mail)', () => buildApp(projectDir, projectDir, 'Unblock Mail')),
  };
}

// What the public DNS said for mail.ru (MX mxs.mail.ru on VK's network), answered at once from
// 127.0.0.1, so /api/resolve does its whole job without the internet and the figure is the app's
// own cost rather than a distant resolver's. The same server the browser tests use.
const dns = await startDnsServer({
  'mail.ru': { MX: [{ exchange: 'mxs.mail.ru', priority: 10 }] },
  'mxs.mail.ru': { A: ['94.100.180.104', '217.69.139.150'] },
});
const bare = await measure('next start (bare)', () => startApp(projectDir, bareDir, { label: 'bare' }));
const app = await measure('next start (Unblock Mail)', () =>
  startApp(projectDir, projectDir, { label: 'Unblock Mail', env: { DNS_SERVERS: `127.0.0.1:${dns.port}`, RESOLVE_RATE_LIMIT: '1000000000' } }),
);
const { results } = report;
const both = (a, b, pick) => (a && b ? pick(a, b) : undefined);
// A missing server (say, a failed build) costs its own figures, not the other app's.
const when = (server, name, work) => (server ? measure(name, work) : Promise.resolve(undefined));
let browser;
try {
  browser = await launchChromium();
  const jsBare = await when(bare, 'first-load JS (bare /)', () => measureFirstLoadJs(browser, `${bare.origin}/`));
  const jsApp = await when(app, 'first-load JS (/en)', () => measureFirstLoadJs(browser, `${app.origin}/en`));
  results.firstLoadJs = { app: jsApp, bare: jsBare, ratio: both(jsApp, jsBare, (a, b) => a.gzipBytes / b.gzipBytes) };
  results.clickToLetters = (await when(app, 'click-to-letters', () => measureClickToLetters(browser, `${app.origin}/en`))) ?? {};
  await browser.close();
  browser = undefined;

  results.lighthouse = {
    app: await when(app, 'Lighthouse (/en)', () => measureLighthouse(`${app.origin}/en`, { runs: lighthouseRuns })),
    bare: await when(bare, 'Lighthouse (bare /)', () => measureLighthouse(`${bare.origin}/`)),
  };

  const api =
    (await measure('autocannon (both, alternating)', () =>
      measureApi(
        { bare: bare && `${bare.origin}${apiQuery}`, app: app && `${app.origin}${apiQuery}`, appFull: app && `${app.origin}${apiFullQuery}` },
        { seconds: apiSeconds },
      ),
    )) ?? {};
  const { app: apiApp, appFull: apiAppFull, bare: apiBare } = api;
  results.api = {
    app: apiApp,
    appFull: apiAppFull,
    bare: apiBare,
    fullRatio: both(apiAppFull, apiBare, (a, b) => a.requestsPerSecond / b.requestsPerSecond),
    ratio: both(apiApp, apiBare, (a, b) => a.requestsPerSecond / b.requestsPerSecond),
    p99Ratio: both(apiApp, apiBare, (a, b) => (b.latencyMs.p99 > 0 ? a.latencyMs.p99 / b.latencyMs.p99 : undefined)),
  };

  const rssApp = app ? await residentBytes(app.child.pid) : undefined;
  const rssBare = bare ? await residentBytes(bare.child.pid) : undefined;
  results.memory = {
    app: rssApp === undefined ? undefined : { rssBytes: rssApp },
    bare: rssBare === undefined ? undefined : { rssBytes: rssBare },
    ratio: both(rssApp, rssBare, (a, b) => a / b),
  };
} catch (error) {
  report.errors.browser = error instanceof Error ? (error.stack ?? error.message) : String(error);
} finally {
  await browser?.close();
  await stopApp(app);
  await stopApp(bare);
  await dns.close();
}

// After the servers have stopped, so the lib has the CPUs to itself.
report.results.lib = (await measure('lib throughput', libThroughput)) ?? {};

await mkdir(benchDir, { recursive: true });
await writeFile(path.join(benchDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
await writeResults(path.join(benchDir, 'RESULTS.md'), report);
printTable(report);
console.log('\nWrote bench/report.json and bench/RESULTS.md');
