import { csvRecord } from './csv';
import type { ReportAggregate } from './types';

export const aggregateCsvColumns = ['host', 'service', 'count', 'days', 'first_seen', 'last_seen', 'codes', 'asn', 'operator'] as const;

/** The aggregate of GET /api/reports as CSV, one line per (host, service), codes joined by "; ". */
export function aggregateCsv(rows: readonly ReportAggregate[]): string {
  return [
    csvRecord(aggregateCsvColumns),
    ...rows.map((row) =>
      csvRecord([row.host, row.service, row.count, row.days, row.firstSeen, row.lastSeen, row.codes.join('; '), row.asn, row.operator]),
    ),
  ].join('');
}
