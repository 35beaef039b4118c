import { spawn } from 'node:child_process';
import { cp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

export function nextBin(projectDir) {
  return path.join(projectDir, 'node_modules', 'next', 'dist', 'bin', 'next');
}

function run(command, args, { cwd, env, label }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${label} failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
}

const quiet = { NEXT_TELEMETRY_DISABLED: '1' };

/**
 * `next build` and the standalone server completed with the browser's files, as production runs
 * it: for Unblock Mail, what `npm run build` runs (scripts/complete-standalone.mjs); the bare app
 * (its next.config.js asks for `output: 'standalone'` too) gets its .next/static copied the same way.
 */
export async function buildApp(projectDir, dir, label) {
  const started = performance.now();
  await run(process.execPath, [nextBin(projectDir), 'build'], { cwd: dir, env: quiet, label: `next build (${label})` });
  if (dir === projectDir) {
    await run(process.execPath, [path.join(projectDir, 'scripts', 'complete-standalone.mjs')], { cwd: dir, env: quiet, label: `complete-standalone (${label})` });
  } else {
    const target = path.join(path.dirname(standaloneServer(projectDir, dir)), '.next', 'static');
    await rm(target, { recursive: true, force: true });
    await cp(path.join(dir, '.next', 'static'), target, { recursive: true });
  }
  return Math.round(performance.now() - started);
}

/**
 * Where `next build` put the standalone server.js of the app in `dir`: at the top of
 * .next/standalone when the app is its own tracing root (Unblock Mail), or under its path from the
 * root otherwise (the bare app, traced from the project so that it finds the project's packages).
 */
export function standaloneServer(projectDir, dir) {
  return path.join(dir, '.next', 'standalone', path.relative(projectDir, dir), 'server.js');
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The standalone server.js (what production runs) on a free port; resolves once it answers. */
export async function startApp(serverJs, { env = {}, label }) {
  const port = await freePort();
  const child = spawn(process.execPath, [serverJs], {
    cwd: path.dirname(serverJs),
    env: { ...process.env, ...quiet, NODE_ENV: 'production', ...env, HOSTNAME: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server.js (${label}) exited:\n${log}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      return { origin, child, label, log: () => log };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  child.kill();
  throw new Error(`server.js (${label}) did not answer within 60 s:\n${log}`);
}

export async function stopApp(app) {
  if (!app || app.child.exitCode !== null) return;
  const exited = new Promise((resolve) => app.child.once('exit', resolve));
  app.child.kill('SIGTERM');
  const timer = setTimeout(() => app.child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

async function childrenOf(pid) {
  const pids = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    // Field 4 of /proc/PID/stat is the parent pid.
    const parent = Number((await statFields(entry))[1]);
    if (parent === pid) pids.push(Number(entry));
  }
  return pids;
}

/** The process and every process below it (a server's workers): what its memory and CPU time count. */
async function processTree(pid) {
  const tree = [pid];
  for (const child of await childrenOf(pid)) tree.push(...(await processTree(child)));
  return tree;
}

/** What `pid`'s /proc/PID/stat says after the ')' of the name (which may hold spaces): field 3 on. */
async function statFields(pid) {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/**
 * CPU time the server process and any workers it forked have used so far, in clock ticks (user
 * and system: fields 14 and 15 of /proc/PID/stat).
 */
export async function cpuTicks(pid) {
  let total = 0;
  for (const member of await processTree(pid)) {
    const fields = await statFields(member);
    total += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  }
  return total;
}

/** Resident memory, in bytes, of the server process and any workers it forked. */
export async function residentBytes(pid) {
  let total = 0;
  for (const member of await processTree(pid)) {
    const status = await readFile(`/proc/${member}/status`, 'utf8').catch(() => '');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  }
  return total;
}
