#!/usr/bin/env node
/**
 * npm run test:postgres [-- <jest arguments>]
 *
 * The public record's tests against a real PostgreSQL server, the one `DATABASE_URL` is for: the
 * same jest files that run on PGlite in `npm run test:unit`, pointed by TEST_DATABASE_URL at a
 * server this script starts itself from Debian's `postgresql` package, so that `npm test` needs
 * nothing running beforehand:
 *   1. find initdb and pg_ctl (PG_BIN, else the newest /usr/lib/postgresql/<version>/bin), or stop
 *      with a clear message;
 *   2. initdb a cluster in a temporary directory; as root (CI), as the `postgres` user (or
 *      `nobody`), since PostgreSQL refuses to run as root;
 *   3. start it on a free port, listening on 127.0.0.1 only, trust authentication on loopback;
 *   4. run jest on the record's tests and exit with its code, after stopping the server and
 *      removing the directory whatever happened.
 */
import { spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { freePort } from './support/processes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';
/** The files that open the record (withTestReportStore): the store, the routes, the page's data. */
const testRoots = ['__tests__/lib/reports/server', '__tests__/app/api/reports'];

/** The directory with initdb and pg_ctl, or null. */
function findPostgres() {
  if (process.env.PG_BIN) return existsSync(join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : null;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((version) => existsSync(join(base, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : join(base, versions[0], 'bin');
}

/** As root, the unprivileged account to run PostgreSQL as: postgres (Debian's package makes it), else nobody. */
function serverAccount() {
  if (process.getuid?.() !== 0) return null;
  const accounts = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .map((line) => line.split(':'))
    .filter((fields) => fields.length >= 4);
  const account = accounts.find(([name]) => name === 'postgres') ?? accounts.find(([name]) => name === 'nobody');
  if (!account) throw new Error('Running as root, but there is neither a postgres nor a nobody user to run PostgreSQL as.');
  return { name: account[0], uid: Number(account[2]), gid: Number(account[3]) };
}


/** Runs a command to its end; rejects with its output when it fails. */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, ...options });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (options.stdio === 'inherit') resolve(code ?? (signal ? 1 : 0));
      else if (code === 0) resolve(0);
      else reject(new Error(`${command} ${args.join(' ')} failed (${code ?? signal}):\n${output}`));
    });
  });
}

async function main() {
  const bin = findPostgres();
  if (!bin) {
    console.error('PostgreSQL not found: apt-get install -y postgresql, or set PG_BIN to the directory holding initdb and pg_ctl.');
    return 1;
  }
  const account = serverAccount();
  const dir = mkdtempSync(join(tmpdir(), 'unblock-mail-postgres-'));
  if (account) chownSync(dir, account.uid, account.gid);
  const data = join(dir, 'data');
  // Only what PostgreSQL needs; as another user, its home is the temporary directory.
  const serverOptions = {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, LANG: 'C.UTF-8' },
    ...(account ? { uid: account.uid, gid: account.gid } : {}),
  };
  const pgCtl = join(bin, 'pg_ctl');
  let started = false;
  const stop = async () => {
    if (started) {
      started = false;
      await run(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop'], serverOptions).catch((error) => console.error(error.message));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    await run(join(bin, 'initdb'), ['-D', data, '-U', 'unblock', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'], serverOptions);
    const port = await freePort(HOST);
    // fsync off: a test cluster is thrown away, and the disk is shared with the other tests.
    const settings = `-h ${HOST} -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off -c max_connections=200`;
    await run(pgCtl, ['-D', data, '-o', settings, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start'], serverOptions);
    started = true;
    const url = `postgres://unblock@${HOST}:${port}/postgres`;
    console.log(`PostgreSQL (${bin}) on ${HOST}:${port}${account ? ` as ${account.name}` : ''}`);
    return await run(join(root, 'node_modules', '.bin', 'jest'), [...testRoots, ...process.argv.slice(2)], {
      env: { ...process.env, TEST_DATABASE_URL: url },
      stdio: 'inherit',
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await stop();
  }
}

process.exitCode = await main();
