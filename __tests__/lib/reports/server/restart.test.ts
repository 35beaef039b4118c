/**
 * Restarts: a process killed in the middle of writing leaves every committed report whole and no
 * partial one, the record opens again (the dead writer's lock is taken over) and keeps its data;
 * and the export and prune scripts work on the record as the app left it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { allReports } from '@/lib/reports/server/export-reports';
import { insertReport } from '@/lib/reports/server/insert-report';
import { closeReportStore, withReportDb } from '@/lib/reports/server/report-store';

import { withTestReportStore } from '../../../support/report-store';

const store = withTestReportStore();
const root = process.cwd();
/** A child opens the record itself: PGlite's start-up is seconds, more under load. */
const childBudgetMs = 240_000;

function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...store.env };
  if (!store.env.DATABASE_URL) delete env.DATABASE_URL;
  return env;
}

/**
 * Runs a TypeScript file as the npm scripts do (tsx, server-only allowed), in one process: Node
 * itself with tsx as its loader, so that a kill reaches the writer and not a wrapper around it.
 */
function runTs(file: string, args: string[] = []): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', file, ...args], {
    cwd: root,
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finished(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

const rows = () =>
  withReportDb(async (db) => {
    const all = [];
    for await (const row of allReports(db)) all.push(row);
    return all;
  });

beforeEach(() => store.clear());

describe(`the record across restarts (${store.engine})`, () => {
  it('keeps every committed report whole, and no partial one, when the writer is killed mid-write', async () => {
    await closeReportStore(); // the writer must hold the record alone
    const writer = runTs('__tests__/support/insert-reports-until-killed.ts');
    const exited = finished(writer);
    const committed: string[] = [];
    await new Promise<void>((resolve, reject) => {
      writer.stdout?.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n')) if (line.startsWith('committed ')) committed.push(line.slice(10));
        // Killed while it writes: it always has its next insert under way.
        if (committed.length >= 40) resolve();
      });
      writer.once('exit', (code) => reject(new Error(`the writer stopped by itself (${code})`)));
    });
    writer.kill('SIGKILL');
    await exited;

    const kept = await rows();
    const ids = new Set(kept.map((row) => row.id));
    expect(committed.filter((id) => !ids.has(id))).toEqual([]);
    expect(kept.length).toBeGreaterThanOrEqual(committed.length);
    for (const row of kept) {
      expect(row).toEqual(
        expect.objectContaining({ host: 'mxs.mail.ru', service: 'mailfence', serviceDomain: 'mailfence.com', smtpCode: 550, asn: 47764, operator: 'LLC VK' }),
      );
      expect(row.diagnostic).toMatch(/^spam message rejected x*$/);
    }
  }, childBudgetMs);

  it('exports the whole record as CSV, to a file, with the npm script’s code', async () => {
    await withReportDb((db) =>
      insertReport(
        db,
        { service: { id: 'proton', domain: 'proton.me' }, remoteMta: 'mx.yandex.net', smtpCode: 554, enhancedCode: '5.7.1', diagnostic: 'rejected, "as spam"', hour: '2026-11-03T10:00:00Z' },
        { asn: 13238, operator: 'YANDEX LLC' },
      ),
    );
    await closeReportStore();
    const file = join(store.env.DATA_DIR ?? '/tmp', `export-${process.pid}.csv`);
    const { code, stderr } = await finished(runTs('scripts/reports-export.ts', [file]));
    expect({ code, stderr: stderr.trim() }).toEqual({ code: 0, stderr: `1 reports exported to ${file}.` });
    const lines = (await readFile(file, 'utf8')).split('\r\n');
    await rm(file, { force: true });
    expect(lines[0]).toBe('id,refused_at,host,service,service_domain,remote_ip,smtp_code,enhanced_code,diagnostic,provider_id,asn,operator');
    expect(lines[1]).toMatch(/^[0-9a-f-]{36},2026-11-03T10:00:00Z,mx\.yandex\.net,proton,proton\.me,,554,5\.7\.1,"rejected, ""as spam""",,13238,YANDEX LLC$/);
    expect(lines[2]).toBe('');
  }, childBudgetMs);

  it('prunes the reports before a date with the npm script’s code, and refuses a malformed date', async () => {
    await withReportDb(async (db) => {
      for (const hour of ['2026-01-31T23:00:00Z', '2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z']) {
        await insertReport(db, { service: { id: 'mailfence', domain: 'mailfence.com' }, remoteMta: 'mxs.mail.ru', smtpCode: 550, hour }, { asn: null, operator: null });
      }
    });
    await closeReportStore();
    const refused = await finished(runTs('scripts/reports-prune.ts', ['--before', 'last week']));
    expect(refused.code).toBe(2);
    // 30 February would have been read as 2 March, and taken the reports of 1 March with it.
    const impossible = await finished(runTs('scripts/reports-prune.ts', ['--before', '2026-02-30']));
    expect(impossible.code).toBe(2);
    const pruned = await finished(runTs('scripts/reports-prune.ts', ['--before', '2026-02-01']));
    expect({ code: pruned.code, stdout: pruned.stdout.trim() }).toEqual({ code: 0, stdout: '1 reports of refusals before 2026-02-01T00:00:00.000Z removed.' });
    expect((await rows()).map((row) => row.refusedAt.toISOString())).toEqual(['2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z']);
  }, childBudgetMs);
});
