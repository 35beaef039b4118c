import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { constants } from 'node:os';

/** Every process group this test started and has not seen end. */
const running = new Set<ChildProcess>();

// Whatever happens (a failed assertion, an exception, jest exiting early), nothing started here
// outlives the test run: each child leads its own process group, which is killed as a whole.
process.on('exit', () => {
  for (const child of running) signalGroup(child, 'SIGKILL');
});

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export interface Started {
  child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or 128 + signal) once the process has ended. */
  exited: Promise<number>;
  /** Sends `signal` to its group, then SIGKILL if it has not ended 5 s later; resolves when it has. */
  stop(signal?: NodeJS.Signals): Promise<number>;
}

/** Starts `command` in its own process group, its output kept for the test to read. */
export function start(command: string, args: string[], options: Omit<SpawnOptions, 'detached' | 'stdio'>): Started {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let written = '';
  child.stdout?.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  const exited = new Promise<number>((resolve) => {
    child.once('error', (error) => {
      written += `\n${error.message}`;
      running.delete(child);
      resolve(127);
    });
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (!running.has(child)) return exited;
    signalGroup(child, signal);
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 5_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  return { child, output: () => written, exited, stop };
}

/**
 * Calls `ready` until it resolves true, or throws when the process ends first or `limitMs` passes
 * (a guard against a hang, not a measure: a slow machine only waits longer).
 */
export async function waitUntil(started: Started, what: string, ready: () => Promise<boolean>, limitMs = 60_000): Promise<void> {
  let ended = false;
  void started.exited.then(() => (ended = true));
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (ended) throw new Error(`${what} ended before it was ready:\n${started.output()}`);
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} was not ready within ${limitMs / 1000} s:\n${started.output()}`);
}
