#!/usr/bin/env node
/**
 * npm run test:layout [-- <jest arguments>]
 *
 * The production layout of docs/deploy.md, for real (layout/nginx-layout.test.ts): two standalone
 * instances and nginx in front, on loopback. This script owns what the test needs around it:
 *   1. find nginx (NGINX_PATH, else /usr/sbin/nginx, else the PATH), or stop with a clear message;
 *   2. `npm run build`, unless LAYOUT_SKIP_BUILD=1 (npm test sets it: the browser tests built);
 *   3. run the test in one process (it starts and stops every server itself, whatever happens).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { runAttached, standaloneBuild } from './support/processes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function findNginx() {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', ...(process.env.PATH ?? '').split(':').map((dir) => join(dir, 'nginx'))];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

const run = (command, args, env) => runAttached(command, args, { cwd: root, env });

async function main() {
  const nginx = findNginx();
  if (!nginx) {
    console.error('nginx not found: apt-get install -y nginx, or set NGINX_PATH');
    return 1;
  }
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NGINX_PATH: nginx };
  const built = await standaloneBuild(root, { skipVariable: 'LAYOUT_SKIP_BUILD', env, neededFor: 'the layout test runs the standalone build' });
  if (built !== 0) return built;
  return run(join(root, 'node_modules', '.bin', 'jest'), ['--config', 'jest.layout.config.js', '--runInBand', ...process.argv.slice(2)], env);
}

process.exitCode = await main();
