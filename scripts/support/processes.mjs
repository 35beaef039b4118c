/**
 * What the test runners (run-e2e, run-layout-test, test-postgres) share: a free port, a command
 * run to its end with the terminal attached, and the standalone build they test.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A TCP port nobody listens on right now on `host`; the system picks it. */
export function freePort(host) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Runs a command to its end with the terminal attached; resolves with its exit code (1 when it cannot start). */
export function runAttached(command, args, { cwd, env }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: 'inherit' });
    child.once('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * The standalone build in `root`: made by `npm run build`, or, when the variable `skipVariable` is
 * 1, the one already there. Resolves with 0, or with the exit code to end on after saying why.
 */
export async function standaloneBuild(root, { skipVariable, env, neededFor }) {
  if (process.env[skipVariable] === '1') {
    if (existsSync(join(root, '.next', 'standalone', 'server.js'))) return 0;
    console.error(`${skipVariable}=1 but there is no build in .next/standalone: run \`npm run build\` first.`);
    return 1;
  }
  const built = await runAttached('npm', ['run', 'build'], { cwd: root, env });
  if (built !== 0) console.error(`npm run build failed: ${neededFor}.`);
  return built;
}
