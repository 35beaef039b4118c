import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Client } from 'pg';

import { refusalReports } from '@/lib/reports/server/db-schema';
import { clearReportDedupe } from '@/lib/reports/server/report-dedupe';
import { closeReportStore, withReportDb } from '@/lib/reports/server/report-store';

export interface TestReportStore {
  engine: 'pglite' | 'postgres';
  /** The environment that opens this same record (for a child process, or a restart). */
  env: { DATA_DIR?: string; DATABASE_URL?: string };
  /** Empties the record and forgets every client, between tests. */
  clear(): Promise<void>;
}

/** The test server's URL pointed at another database on it. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer(url: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A public record of its own for one test file, opened by the app's own code: PGlite in a fresh
 * temporary directory, or, when `TEST_DATABASE_URL` names a PostgreSQL server (as `npm run
 * test:postgres` does, with a server it starts itself), a fresh database on that server. The same
 * tests therefore run on both engines. Everything is removed after the file.
 */
export function withTestReportStore(): TestReportStore {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const store: TestReportStore = {
    engine: serverUrl ? 'postgres' : 'pglite',
    env: {},
    async clear() {
      clearReportDedupe();
      await withReportDb((db) => db.delete(refusalReports));
    },
  };
  const database = `reports_test_${randomBytes(6).toString('hex')}`;

  /** A fresh PGlite runs initdb, in WebAssembly: seconds alone, far more on a machine under load. */
  const openingBudgetMs = 180_000;

  beforeAll(async () => {
    await closeReportStore();
    if (serverUrl) {
      await onServer(serverUrl, `create database ${database}`);
      store.env = { DATABASE_URL: withDatabase(serverUrl, database) };
      process.env.DATABASE_URL = store.env.DATABASE_URL;
    } else {
      store.env = { DATA_DIR: await mkdtemp(join(tmpdir(), 'unblock-mail-record-')) };
      delete process.env.DATABASE_URL;
      process.env.DATA_DIR = store.env.DATA_DIR;
    }
    // Opened (and migrated) here, once, so that no test's own time includes it.
    await withReportDb(async () => undefined);
  }, openingBudgetMs);

  afterAll(async () => {
    await closeReportStore();
    if (serverUrl) await onServer(serverUrl, `drop database if exists ${database} with (force)`);
    else if (store.env.DATA_DIR) await rm(store.env.DATA_DIR, { recursive: true, force: true });
  });

  return store;
}
