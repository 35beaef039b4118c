import 'server-only';

import { and, asc, eq, gt, or } from 'drizzle-orm';

import { refusalReports as reports, type RefusalReportRow } from './db-schema';
import type { ReportDb } from './open-report-database';

/**
 * Every report, oldest refusal first, read a page at a time (keyset on refused_at, id) so that a
 * large record never sits in memory whole.
 */
export async function* allReports(db: ReportDb, { pageSize = 1_000 }: { pageSize?: number } = {}): AsyncGenerator<RefusalReportRow> {
  let after: Pick<RefusalReportRow, 'refusedAt' | 'id'> | null = null;
  for (;;) {
    const page: RefusalReportRow[] = await db
      .select()
      .from(reports)
      .where(
        after === null
          ? undefined
          : or(gt(reports.refusedAt, after.refusedAt), and(eq(reports.refusedAt, after.refusedAt), gt(reports.id, after.id))),
      )
      .orderBy(asc(reports.refusedAt), asc(reports.id))
      .limit(pageSize);
    yield* page;
    const last = page.at(-1);
    if (page.length < pageSize || last === undefined) return;
    after = last;
  }
}
