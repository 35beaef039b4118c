import 'server-only';

import { openReportDatabase, type ReportDatabase, type ReportDb } from './open-report-database';
import { reportStoreConfig } from './report-store-config';

/** The record could not be read or written: the API answers 503, the page goes on without it. */
export class ReportStoreUnavailable extends Error {}

/** After a failed opening, requests fail fast for this long rather than each waiting on a dead server. */
const retryAfterMs = 5_000;

/**
 * One database per process. Next bundles the route handlers and the pages apart, each with its own
 * copy of this module; two PGlite instances on one directory would each cache pages the other
 * writes. The state therefore lives on globalThis, under a key of the app's own.
 */
interface StoreState {
  opening: Promise<ReportDatabase> | null;
  failedAt: number;
}
const stateKey = Symbol.for('unblock-mail.report-store');
const state: StoreState = ((globalThis as { [stateKey]?: StoreState })[stateKey] ??= { opening: null, failedAt: -Infinity });

/** The message alone: a connection error never carries the password, but a dumped config might. */
function messageOf(error: unknown): string {
  // Duck-typed: errors from pg or PGlite may come from another realm (jest's VM), where instanceof fails.
  const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : error;
  return String(message);
}

function open(): Promise<ReportDatabase> {
  if (state.opening) return state.opening;
  if (Date.now() - state.failedAt < retryAfterMs) return Promise.reject(new ReportStoreUnavailable('the database was unreachable a moment ago'));
  state.opening = openReportDatabase(reportStoreConfig()).catch((error: unknown) => {
    state.opening = null;
    state.failedAt = Date.now();
    console.error('Report database unavailable:', messageOf(error));
    throw new ReportStoreUnavailable('the database could not be opened', { cause: error });
  });
  return state.opening;
}

/**
 * Runs `work` on the record's database, opened (and migrated) on first use. Any failure of the
 * database, at opening or in the query, comes out as ReportStoreUnavailable, so that callers
 * answer 503 or leave the record out, never 500.
 */
export async function withReportDb<T>(work: (db: ReportDb) => Promise<T>): Promise<T> {
  const { db } = await open();
  try {
    return await work(db);
  } catch (error) {
    console.error('Report database query failed:', messageOf(error));
    throw new ReportStoreUnavailable('a query on the record failed', { cause: error });
  }
}

/** Opens the database now (at the server's start), migrating it; a failure is logged, never thrown. */
export async function openReportStore(): Promise<boolean> {
  return open().then(
    () => true,
    () => false,
  );
}

/** Closes the database (tests, scripts, shutdown); the next use opens it again. */
export async function closeReportStore(): Promise<void> {
  const current = state.opening;
  state.opening = null;
  state.failedAt = -Infinity;
  if (current) await (await current.catch(() => null))?.close();
}
