// npm run bench: Unblock Mail against a bare Next.js app with the same versions, in one run, both
// served by their standalone server.js as production runs it. Not a test (minutes long,
// machine-dependent): never part of npm test. See bench/RESULTS.md.
//   --no-build                   reuse the builds in .next and .bench/bare/.next
//   BENCH_API_SECONDS=12         autocannon seconds per server and call (six alternating rounds)
//   BENCH_LIGHTHOUSE_RUNS=5      Lighthouse runs per app, interleaved (the median score stands)
//   BENCH_CLICK_RUNS=9           warm and cold click-to-letters runs (the median stands)
//   BENCH_PROFILE_RUNS=3         traced loads per app under 4× CPU slow-down
//   BENCH_QUIET_WAIT_SECONDS=600 how long to wait for the machine to be quiet before measuring
//   BENCH_SETTLE_SECONDS=60      pause after the last measure before reading the load again
//   CHROME_PATH=/usr/bin/chromium
// Exit status: 0 every budget met on a valid run; 1 a budget missed on a valid run; 2 a measure
// could not run; 3 the run was not valid (the machine was loaded), so no budget was judged.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeBareApp } from './bare-app.mjs';
import { launchChromium } from './browser.mjs';
import { checkBudgets } from './budgets.mjs';
import { startDnsServer } from '../e2e/support/dns-server.mjs';
import { describeMachine, judgeLoad, loadAverage, waitForQuiet } from './machine.mjs';
import { checkJsonAnswer, measureApi } from './measure-api.mjs';
import { measureClickToLetters } from './measure-click-to-letters.mjs';
import { measureFirstLoadJs } from './measure-first-load-js.mjs';
import { measureLighthouse } from './measure-lighthouse.mjs';
import { buildApp, residentBytes, standaloneServer, startApp, stopApp } from './next-server.mjs';
import { profileLoad } from './profile-load.mjs';
import { method } from './method.mjs';
import { printTable, writeResults } from './report.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const projectDir = path.resolve(benchDir, '..');
const bareDir = path.join(projectDir, '.bench', 'bare');
const skipBuild = process.argv.includes('--no-build');
const settings = {
  apiSeconds: Number(process.env.BENCH_API_SECONDS ?? 12),
  lighthouseRuns: Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5),
  clickRuns: Number(process.env.BENCH_CLICK_RUNS ?? 9),
  profileRuns: Number(process.env.BENCH_PROFILE_RUNS ?? 3),
  quietWaitSeconds: Number(process.env.BENCH_QUIET_WAIT_SECONDS ?? 600),
  settleSeconds: Number(process.env.BENCH_SETTLE_SECONDS ?? 60),
  pasteToClickMs: 50,
  cpuSlowdown: 4,
};
// What the page asks (only the DNS facts: it has the app's data already), and the full answer an
// integrator asks for an address. Both are budgets; each is measured as a browser asks (gzip
// accepted) and as a plain client does, so neither the compression nor its absence hides a cost.
const apiCalls = {
  page: '/api/resolve?domain=mail.ru&only=mx',
  full: '/api/resolve?address=ivan.petrov@mail.ru',
};
const browserEncoding = { 'accept-encoding': 'gzip, deflate, br, zstd' };
/** What each call must answer, read back before it is measured. */
const apiAnswers = { page: { domain: 'mail.ru', mxStatus: 'ok' }, full: { address: 'ivan.petrov@mail.ru', domain: 'mail.ru', mxStatus: 'ok' } };

const machine = describeMachine();
const report = {
  machine,
  setup: {},
  load: { cpus: machine.cpus, atStart: loadAverage(), samples: [] },
  results: { firstLoadJs: {}, api: {}, clickToLetters: {}, lighthouse: {}, profile: {}, memory: {}, lib: {} },
  errors: {},
};

/** Runs one measure; a failure is recorded and reported rather than ending the run. */
async function measure(name, work) {
  const started = performance.now();
  const load = loadAverage();
  report.load.samples.push({ before: name, load });
  process.stdout.write(`${name} (load ${load})... `);
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
report.setup = { versions, apiCalls, settings, method: method(settings, apiCalls) };

if (!skipBuild) {
  report.setup.buildMs = {
    bare: await measure('build (bare)', () => buildApp(projectDir, bareDir, 'bare')),
    app: await measure('build (Unblock Mail)', () => buildApp(projectDir, projectDir, 'Unblock Mail')),
  };
}

// What the public DNS said for mail.ru (MX mxs.mail.ru on VK's network), answered at once from
// 127.0.0.1, so /api/resolve does its whole job without the internet and the figure is the app's
// own cost rather than a distant resolver's. The same server the browser tests use.
const dns = await startDnsServer({
  'mail.ru': { MX: [{ exchange: 'mxs.mail.ru', priority: 10 }] },
  'mxs.mail.ru': { A: ['94.100.180.104', '217.69.139.150'] },
});
// The public record's embedded database, fresh for the run and never the repository's ./data.
const dataDir = await mkdtemp(path.join(tmpdir(), 'unblock-mail-bench-data-'));
const bare = await measure('server.js (bare)', () => startApp(standaloneServer(projectDir, bareDir), { label: 'bare' }));
const app = await measure('server.js (Unblock Mail)', () =>
  startApp(standaloneServer(projectDir, projectDir), {
    label: 'Unblock Mail',
    env: { DNS_SERVERS: `127.0.0.1:${dns.port}`, RESOLVE_RATE_LIMIT: '1000000000', DATA_DIR: dataDir },
  }),
);

// The builds load the machine, and so may other work: the measures start once it is quiet.
const quiet = await waitForQuiet(machine.cpus, { seconds: settings.quietWaitSeconds, log: (line) => console.log(line) });
report.load.before = quiet.load;
report.load.waitedSeconds = quiet.waitedSeconds;

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
  results.profile =
    (await measure('trace under 4× CPU slow-down (both, interleaved)', () =>
      profileLoad(browser, { app: app && `${app.origin}/en`, bare: bare && `${bare.origin}/` }, { runs: settings.profileRuns, cpuSlowdown: settings.cpuSlowdown }),
    )) ?? {};
  results.clickToLetters =
    (await when(app, 'click-to-letters (warm and cold)', () =>
      measureClickToLetters(browser, `${app.origin}/en`, { runs: settings.clickRuns, pasteToClickMs: settings.pasteToClickMs }),
    )) ?? {};
  await browser.close();
  browser = undefined;

  results.lighthouse =
    (await measure('Lighthouse (both, interleaved)', () =>
      measureLighthouse({ app: app && `${app.origin}/en`, bare: bare && `${bare.origin}/` }, { runs: settings.lighthouseRuns }),
    )) ?? {};

  const urls = (call) => ({ bare: bare && `${bare.origin}/api/resolve?domain=mail.ru`, app: app && `${app.origin}${apiCalls[call]}` });
  const api = {};
  for (const [encoding, headers] of [['gzip', browserEncoding], ['plain', {}]]) {
    for (const call of Object.keys(apiCalls)) {
      const measured = await measure(`autocannon ${call}, ${encoding} (both, alternating)`, async () => {
        const answers = {
          app: await checkJsonAnswer(urls(call).app, headers, apiAnswers[call]),
          bare: await checkJsonAnswer(urls(call).bare, headers, { domain: 'mail.ru' }),
        };
        const pids = { app: app?.child.pid, bare: bare?.child.pid };
        return { ...(await measureApi(urls(call), { seconds: settings.apiSeconds, headers, pids })), answers };
      });
      api[`${call}-${encoding}`] = measured && {
        ...measured,
        ratio: both(measured.app, measured.bare, (a, b) => a.requestsPerSecond / b.requestsPerSecond),
        cpuRatio: both(measured.app?.cpuMicrosecondsPerRequest, measured.bare?.cpuMicrosecondsPerRequest, (a, b) => a / b),
      };
    }
  }
  results.api = api;

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
  await rm(dataDir, { recursive: true, force: true });
}

// After the servers have stopped, so the lib has the CPUs to itself.
report.results.lib = (await measure('lib throughput', libThroughput)) ?? {};

// The bench's own work fades from the 1-minute average; what remains is the machine's.
console.log(`settling ${settings.settleSeconds} s before reading the load again`);
await new Promise((resolve) => setTimeout(resolve, settings.settleSeconds * 1000));
report.load.after = loadAverage();
report.load.settleSeconds = settings.settleSeconds;
Object.assign(report.load, judgeLoad({ cpus: machine.cpus, before: report.load.before, after: report.load.after }));
report.budgets = checkBudgets(report);

await writeFile(path.join(benchDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
await writeResults(path.join(benchDir, 'RESULTS.md'), report);
printTable(report);
console.log('\nWrote bench/report.json and bench/RESULTS.md');

if (!report.load.valid) {
  console.log(`NOT VALID: ${report.load.reason}. No budget was judged; run again on a quiet machine.`);
  process.exitCode = 3;
} else if (Object.keys(report.errors).length > 0) {
  process.exitCode = 2;
} else if (report.budgets.some((budget) => !budget.met)) {
  process.exitCode = 1;
}
