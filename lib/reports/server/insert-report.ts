import 'server-only';

import { randomUUID } from 'node:crypto';

import type { RefusalReport } from '../report-schema';
import { refusalReports } from './db-schema';
import type { ReportDb } from './open-report-database';

export interface ReportNetwork {
  asn: number | null;
  operator: string | null;
}

/**
 * Adds one report and answers its id. One INSERT is one transaction: a crash or a restart in the
 * middle leaves the row whole or absent, never partly written.
 */
export async function insertReport(db: ReportDb, report: RefusalReport, network: ReportNetwork): Promise<string> {
  const id = randomUUID();
  await db.insert(refusalReports).values({
    id,
    host: report.remoteMta,
    service: report.service.id,
    serviceDomain: report.service.domain,
    remoteIp: report.remoteIp ?? null,
    smtpCode: report.smtpCode ?? null,
    enhancedCode: report.enhancedCode ?? null,
    diagnostic: report.diagnostic || null,
    refusedAt: new Date(report.hour),
    providerId: report.providerId ?? null,
    asn: network.asn,
    operator: network.operator,
  });
  return id;
}
