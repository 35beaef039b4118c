import 'server-only';

import { csvRecord } from '../csv';
import type { RefusalReportRow } from './db-schema';

export const reportCsvColumns = [
  'id', 'refused_at', 'host', 'service', 'service_domain', 'remote_ip', 'smtp_code', 'enhanced_code', 'diagnostic', 'provider_id', 'asn', 'operator',
] as const;

/** One report as a line of `npm run reports:export`. */
export function reportRowCsv(row: RefusalReportRow): string {
  return csvRecord([
    row.id,
    row.refusedAt.toISOString().replace('.000Z', 'Z'),
    row.host,
    row.service,
    row.serviceDomain,
    row.remoteIp,
    row.smtpCode,
    row.enhancedCode,
    row.diagnostic,
    row.providerId,
    row.asn,
    row.operator,
  ]);
}
