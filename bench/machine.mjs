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
  };
}

/** The 1-minute load average, to two decimals. */
export function loadAverage() {
  return Math.round(os.loadavg()[0] * 100) / 100;
}

/**
 * Waits until the 1-minute load average is at most the CPU count (other work on the machine skews
 * every figure), at most `seconds`; returns the load when it stopped waiting and how long it waited.
 */
export async function waitForQuiet(cpus, { seconds, log = () => {} }) {
  const started = Date.now();
  let said = false;
  while (loadAverage() > cpus && Date.now() - started < seconds * 1000) {
    if (!said) log(`waiting for the 1-minute load (${loadAverage()}) to fall to ${cpus} or below, at most ${seconds} s`);
    said = true;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
  return { load: loadAverage(), waitedSeconds: Math.round((Date.now() - started) / 1000) };
}

/**
 * A run is valid for the budgets only if the machine was quiet when it began and when it ended:
 * the 1-minute load average at most the CPU count both times. The "after" figure is read once the
 * bench's own work has stopped and had `settleSeconds` to fade from the average (it decays by e
 * each minute), so what it shows is the other work on the machine.
 */
export function judgeLoad({ cpus, before, after }) {
  const over = [before > cpus ? `${before} when the measures began` : null, after > cpus ? `${after} after they ended` : null].filter(Boolean);
  return {
    valid: over.length === 0,
    reason: over.length === 0 ? null : `the 1-minute load average was ${over.join(' and ')}, above the ${cpus} CPUs`,
  };
}
