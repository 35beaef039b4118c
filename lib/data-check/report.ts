import { checkStatuses, type CheckResult, type DataCheckReport } from './types';

/**
 * The command's exit code: 2 when nothing could be reached (neither DNS nor RIPEstat answered),
 * 1 when a record differs from what they say, 0 otherwise (what could not be checked is listed).
 */
export function exitCodeOf(report: DataCheckReport): 0 | 1 | 2 {
  if (!report.reached.dns && !report.reached.ripestat) return 2;
  return report.counts.differs > 0 ? 1 : 0;
}

const columns = ['status', 'check', 'subject', 'recorded', 'found', 'detail'] as const;

function row(result: CheckResult): string[] {
  return [result.status, result.kind, result.subject, result.recorded.join(', '), result.found.join(', '), result.detail];
}

/** The report as a plain-text table, what differs first, then what could not be checked, then the rest. */
export function formatReport(report: DataCheckReport): string {
  const ordered = checkStatuses.flatMap((status) => report.results.filter((result) => result.status === status));
  const rows = [[...columns], ...ordered.map(row)];
  const widths = columns.map((_, column) => Math.min(48, Math.max(...rows.map((cells) => (cells[column] ?? '').length))));
  const lines = rows.map((cells) => cells.map((cell, column) => (column === columns.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd());
  const counts = checkStatuses.map((status) => `${report.counts[status]} ${status}`).join(', ');
  return [...lines, '', `${report.results.length} checks: ${counts}.`].join('\n');
}

/** What to say when nothing answered: the run proves nothing about the data. */
export function unreachableMessage(report: DataCheckReport): string {
  const dns = report.settings.dnsServers.length > 0 ? report.settings.dnsServers.join(', ') : "the system's resolvers";
  return `Nothing could be reached: no DNS server answered (${dns}) and RIPEstat did not answer (${report.settings.ripestatUrl}). Nothing was compared.`;
}
