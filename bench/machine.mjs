import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { chromePath } from './browser.mjs';

export function describeMachine() {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // The browser measures will fail on their own and say why; the machine note just lacks a version.
  }
  return {
    date: new Date().toISOString(),
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    chromium,
    // Other work on the machine skews every figure; the 1-minute load average at the start says how much.
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  };
}
