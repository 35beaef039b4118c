import 'server-only';

import type { MxHost } from '@/lib/resolve/types';

import type { ReportedBlocking } from '../types';
import { blockingPairs } from './blocking-pairs';
import { withReportDb } from './report-store';

/** The pairs are few and change slowly: read them once a minute, not on every MX answer. */
const freshMs = 60_000;
/** After a failure, try again this much sooner than a fresh snapshot would. */
const retryAfterFailureMs = 10_000;
/** The first answer waits at most this long for the record; later ones never wait. */
const firstWaitMs = 300;

interface Snapshot {
  loadedAt: number;
  byHost: Map<string, ReportedBlocking[]>;
}

/**
 * Shared by every bundle of the app (globalThis): /api/reports marks it stale after a report,
 * /api/resolve reads it, and Next bundles the two routes apart.
 */
interface SnapshotState {
  snapshot: Snapshot | null;
  loading: Promise<void> | null;
}
const stateKey = Symbol.for('unblock-mail.reported-blocking');
const state: SnapshotState = ((globalThis as { [stateKey]?: SnapshotState })[stateKey] ??= { snapshot: null, loading: null });

function byHost(pairs: ReportedBlocking[]): Map<string, ReportedBlocking[]> {
  const map = new Map<string, ReportedBlocking[]>();
  for (const pair of pairs) map.set(pair.host, [...(map.get(pair.host) ?? []), pair]);
  return map;
}

function refresh(): Promise<void> {
  state.loading ??= withReportDb((db) => blockingPairs(db, new Date()))
    .then((pairs) => {
      state.snapshot = { loadedAt: Date.now(), byHost: byHost(pairs) };
    })
    .catch(() => {
      // The database is down (logged by the store): answer without the record for a while.
      state.snapshot = { loadedAt: Date.now() - freshMs + retryAfterFailureMs, byHost: state.snapshot?.byHost ?? new Map() };
    })
    .finally(() => {
      state.loading = null;
    });
  return state.loading;
}

function waitAtMost(ms: number, work: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * For each MX host, the services the record says it refuses: reports on at least two different
 * days in the last 90 days (count and first day of those). Answered from a snapshot renewed every
 * minute, so an MX answer costs no query; with the database unreachable, simply none.
 */
export async function reportedBlocking(hosts: readonly string[]): Promise<ReportedBlocking[]> {
  if (state.snapshot === null || Date.now() - state.snapshot.loadedAt >= freshMs) {
    const renewal = refresh();
    if (state.snapshot === null) await waitAtMost(firstWaitMs, renewal);
  }
  const known = state.snapshot?.byHost;
  return known ? [...new Set(hosts)].flatMap((host) => known.get(host) ?? []) : [];
}

/** The `only=mx` answer with `reportedBlocking` for its MX hosts added (empty without MX). */
export async function withReportedBlocking<Answer extends { mx: MxHost[] | null }>(
  answer: Answer,
): Promise<Answer & { reportedBlocking: ReportedBlocking[] }> {
  const hosts = (answer.mx ?? []).map((mx) => mx.host);
  return { ...answer, reportedBlocking: hosts.length === 0 ? [] : await reportedBlocking(hosts) };
}

/** A report was just added: the next answer renews the snapshot (in the background, as always). */
export function markReportedBlockingStale(): void {
  if (state.snapshot !== null) state.snapshot.loadedAt = -Infinity;
}

/** Renews the snapshot now and waits for it (tests, and anyone who needs the record's latest). */
export async function refreshReportedBlocking(): Promise<void> {
  // A load already under way may have read the record before the caller's last write.
  await state.loading;
  await refresh();
}
