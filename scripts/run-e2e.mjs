#!/usr/bin/env node
/**
 * npm run test:e2e [-- <playwright test arguments>]
 *
 * The browser tests run against what users get: a production build served by its standalone
 * server.js, whose MX lookups go to a DNS server of our own on 127.0.0.1, driven by Debian's
 * Chromium (Playwright never downloads a browser here). This script owns that set-up so that
 * `npm test` needs nothing but a `chromium` package:
 *   1. find Chromium (CHROME_PATH, else /usr/bin/chromium), or stop with a clear message;
 *   2. `npm run build`, unless E2E_SKIP_BUILD=1 (a build from the current tree already exists);
 *   3. start the DNS server and the standalone server (what production runs, docs/deploy.md) on
 *      free ports, both bound to 127.0.0.1;
 *   4. run `playwright test`, then read everything the server wrote while the tests ran: it must
 *      hold none of the addresses the tests typed (issue 12: no personal data in server logs);
 *   5. exit with the first failure's code, after stopping both servers whatever happened.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDnsServer } from '../e2e/support/dns-server.mjs';
import { freePort, runAttached, standaloneBuild } from './support/processes.mjs';
import { e2eZone } from '../e2e/support/zone.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 60_000;

/** Where Chromium is, or null. CHROME_PATH wins so that other distributions can point at theirs. */
function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}

const run = (command, args, env) => runAttached(command, args, { cwd: root, env });

/**
 * Starts the standalone server in its own process group, so that stopping it also stops any worker
 * it forks and nothing else. What it writes goes to our terminal and into `output()`.
 */
function startApp(port, env) {
  const child = spawn(process.execPath, [join(root, '.next', 'standalone', 'server.js')], {
    cwd: root,
    env: { ...env, HOSTNAME: HOST, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let written = '';
  child.stdout.on('data', (chunk) => {
    written += chunk;
    process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk) => {
    written += chunk;
    process.stderr.write(chunk);
  });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  return { exited, stop, output: () => written };
}

/**
 * Every address the browser tests use, read from their sources (the specs and their support
 * files), with its local part when that is long enough to be told from ordinary words.
 */
function addressesUsedByTests() {
  const dir = join(root, 'e2e');
  const files = readdirSync(dir, { recursive: true }).filter((file) => /\.(?:ts|mjs)$/.test(String(file)));
  const found = new Set();
  for (const file of files) {
    const source = readFileSync(join(dir, String(file)), 'utf8');
    for (const [address] of source.matchAll(/[\p{L}\p{N}._+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu)) found.add(address);
  }
  const localParts = [...found].map((address) => address.slice(0, address.lastIndexOf('@'))).filter((local) => local.length >= 4);
  return [...found, ...[...found].map((address) => encodeURIComponent(address)), ...localParts];
}

/** The addresses (or local parts) that appear in `log`, case-insensitively. */
function personalDataIn(log, needles) {
  const haystack = log.toLowerCase();
  return [...new Set(needles)].filter((needle) => haystack.includes(needle.toLowerCase()));
}

/** Waits until the app answers a page, or fails when it exits or takes too long. */
async function waitForApp(baseURL, exited) {
  let appExited = false;
  exited.then(() => {
    appExited = true;
  });
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (appExited) throw new Error('The app exited before it answered.');
    try {
      const response = await fetch(`${baseURL}/en`, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not answer ${baseURL}/en within ${START_TIMEOUT_MS / 1000} s.`);
}

async function main() {
  const chromium = findChromium();
  if (!chromium) {
    console.error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH');
    return 1;
  }

  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

  const built = await standaloneBuild(root, { skipVariable: 'E2E_SKIP_BUILD', env, neededFor: 'the browser tests need a build' });
  if (built !== 0) return built;

  const dns = await startDnsServer(e2eZone);
  // The public record's embedded database, fresh for each run and never the repository's ./data.
  const dataDir = mkdtempSync(join(tmpdir(), 'unblock-mail-e2e-data-'));
  let app = null;
  const stopAll = async () => {
    await app?.stop();
    await dns.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const port = await freePort(HOST);
    const baseURL = `http://${HOST}:${port}`;
    // Every test is a client on 127.0.0.1: the per-client rate limit would throttle the suite,
    // not a person. Its own tests live with the API's. SITE_URL is the app's public origin (the
    // reminder's link back to the page is absolute): here, the address the tests reach it at.
    // The browser tests' record is the embedded one, whatever the shell points DATABASE_URL at.
    const appEnv = { ...env };
    delete appEnv.DATABASE_URL;
    app = startApp(port, {
      ...appEnv,
      PORT: String(port),
      DNS_SERVERS: `${HOST}:${dns.port}`,
      RESOLVE_RATE_LIMIT: '0',
      DATA_DIR: dataDir,
      SITE_URL: baseURL,
    });
    await waitForApp(baseURL, app.exited);
    console.log(`App on ${baseURL}, DNS on ${HOST}:${dns.port}, Chromium at ${chromium}`);

    const tested = await run(bin('playwright'), ['test', ...process.argv.slice(2)], {
      ...env,
      E2E_BASE_URL: baseURL,
      CHROME_PATH: chromium,
    });
    const needles = addressesUsedByTests();
    const leaked = personalDataIn(app.output(), needles);
    if (leaked.length > 0) {
      console.error(`The server's output holds personal data the browser tests typed: ${leaked.join(', ')}`);
      return tested || 1;
    }
    console.log(`The server's output holds none of the ${needles.length} addresses and local parts the browser tests use.`);
    return tested;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await stopAll();
  }
}

process.exitCode = await main();
