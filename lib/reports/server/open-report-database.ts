import 'server-only';

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { Pool } from 'pg';

import { lockDataDir } from './data-dir-lock';
import type { ReportStoreConfig } from './report-store-config';

/** The record's database, whichever engine runs it: the queries are written once against this. */
export type ReportDb = PgDatabase<PgQueryResultHKT>;

export interface ReportDatabase {
  db: ReportDb;
  close(): Promise<void>;
}

/** Read from disk, never bundled: the files drizzle-kit wrote (`npm run db:generate`). */
const migrationsFolder = join(process.cwd(), 'lib', 'reports', 'server', 'migrations');

/** Any number: two instances starting at once take turns to migrate (pg_advisory_lock). */
const migrationLockKey = 7_130_013;

/**
 * With DATABASE_URL: a pool, and the migrations applied under an advisory lock held on one
 * connection, so that instances starting together neither race nor apply one twice. Drizzle's
 * migrator runs the pending ones in one transaction and records each in drizzle.__drizzle_migrations.
 */
async function openPostgres(url: string): Promise<ReportDatabase> {
  const pool = new Pool({
    connectionString: url,
    max: 10,
    // A server that does not answer makes a request wait this long at most, then a 503.
    connectionTimeoutMillis: 3_000,
    query_timeout: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection the server drops must not take the app down; the next query reconnects.
  pool.on('error', (error) => console.error('Report database: idle connection lost:', error.message));
  try {
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [migrationLockKey]);
      await migrateNodePg(drizzleNodePg(client), { migrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined);
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return { db: drizzleNodePg(pool), close: () => pool.end() };
}

/** Without DATABASE_URL: PGlite in DATA_DIR/reports, behind a lock file (PGlite has none). */
async function openPglite(dataDir: string): Promise<ReportDatabase> {
  await mkdir(dataDir, { recursive: true });
  const release = lockDataDir(join(dataDir, 'reports.lock'));
  let client: PGlite | undefined;
  try {
    client = await PGlite.create(join(dataDir, 'reports'));
    const db = drizzlePglite(client);
    await migratePglite(db, { migrationsFolder });
    const opened = client;
    return {
      db,
      close: async () => {
        await opened.close();
        release();
      },
    };
  } catch (error) {
    await client?.close().catch(() => undefined);
    release();
    throw error;
  }
}

/** Opens the record's database and brings its schema up to date. */
export function openReportDatabase(config: ReportStoreConfig): Promise<ReportDatabase> {
  return config.kind === 'postgres' ? openPostgres(config.url) : openPglite(config.dataDir);
}
