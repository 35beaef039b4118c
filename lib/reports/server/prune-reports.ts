import 'server-only';

import { lt } from 'drizzle-orm';

import { refusalReports } from './db-schema';
import type { ReportDb } from './open-report-database';

/** Removes the reports of refusals before `before`, in one statement (all or none); answers how many. */
export async function pruneReports(db: ReportDb, before: Date): Promise<number> {
  const removed = await db.delete(refusalReports).where(lt(refusalReports.refusedAt, before)).returning({ id: refusalReports.id });
  return removed.length;
}
