import 'server-only';

import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';

/** Thrown when another live process, or another opening in this one, holds the embedded database. */
export class DataDirLockedError extends Error {}

/** The lock files this process holds, shared by every bundle of the app (globalThis). */
const heldKey = Symbol.for('unblock-mail.data-dir-locks');
const held: Set<string> = ((globalThis as { [heldKey]?: Set<string> })[heldKey] ??= new Set());

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock file beside the embedded database, or throws DataDirLockedError. PGlite opens a
 * directory that another process has open without a word, and two writers corrupt it: the app and
 * `npm run reports:prune` must never share it. A lock left by a process that died is taken over.
 * Returns the release, which also runs when the process exits.
 */
export function lockDataDir(file: string): () => void {
  if (held.has(file)) throw new DataDirLockedError(`The record's database is already open in this process (${file}).`);
  const pid = holder(file);
  if (pid !== null && pid !== process.pid && isAlive(pid)) {
    throw new DataDirLockedError(
      `The record's database is in use by process ${pid} (${file}). Stop it first, or use DATABASE_URL to share one PostgreSQL server.`,
    );
  }
  writeFileSync(file, String(process.pid));
  held.add(file);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    held.delete(file);
    process.off('exit', release);
    if (holder(file) === process.pid) {
      try {
        unlinkSync(file);
      } catch {
        // Already gone: nothing to release.
      }
    }
  };
  process.on('exit', release);
  return release;
}
