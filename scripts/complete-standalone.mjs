#!/usr/bin/env node
/**
 * Run after `next build` (npm run build does): makes .next/standalone a whole app. Next traces the
 * server's files into it but leaves the browser's (.next/static) and public/ out, expecting a CDN
 * to serve them; we serve them from each instance, so they are copied in, as Next's documentation
 * for `output: 'standalone'` says. Old hashed files are removed first: a deploy holds one build.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const standalone = join(root, '.next', 'standalone');

if (!existsSync(join(standalone, 'server.js'))) {
  console.error('No .next/standalone/server.js: run `next build` with output: "standalone" first.');
  process.exit(1);
}

for (const [from, to] of [
  [join(root, '.next', 'static'), join(standalone, '.next', 'static')],
  [join(root, 'public'), join(standalone, 'public')],
]) {
  rmSync(to, { recursive: true, force: true });
  if (existsSync(from)) cpSync(from, to, { recursive: true });
}
