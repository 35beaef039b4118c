import 'server-only';

import { resolve } from 'node:path';

/**
 * Where the record lives: PostgreSQL at `DATABASE_URL` when it is set (the way to run more than
 * one instance), otherwise an embedded PostgreSQL (PGlite) in `DATA_DIR` (default ./data).
 */
export type ReportStoreConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

/** The only reader of `DATABASE_URL` and `DATA_DIR`; read at each opening, so tests can change them. */
export function reportStoreConfig(env: Record<string, string | undefined> = process.env): ReportStoreConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  // Data written at run time, not source: the bundler must not trace it into the build.
  return { kind: 'pglite', dataDir: resolve(/* turbopackIgnore: true */ env.DATA_DIR?.trim() || 'data') };
}
