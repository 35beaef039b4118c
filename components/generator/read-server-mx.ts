import type { ReportedBlocking } from '@/lib/reports/types';
import type { MxHost, MxLookup, MxStatus } from '@/lib/resolve/types';


const statuses: readonly MxStatus[] = ['ok', 'null-mx', 'disabled', 'not-public', 'nxdomain', 'nodata', 'timeout', 'error'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isMxHost(value: unknown): value is MxHost {
  return (
    isRecord(value) &&
    typeof value.host === 'string' &&
    typeof value.preference === 'number' &&
    Array.isArray(value.addresses) &&
    value.addresses.every((a) => isRecord(a) && typeof a.ip === 'string')
  );
}

/**
 * The MX part of an /api/resolve answer, or null when the answer is not one. The page checks the
 * shape rather than trusting it: a proxy in between may answer with anything.
 */
export function readServerMx(body: unknown): MxLookup | null {
  if (!isRecord(body)) return null;
  const mxStatus = statuses.find((status) => status === body.mxStatus);
  if (mxStatus === undefined) return null;
  if (body.mx === null || body.mx === undefined) return { mx: null, mxStatus };
  if (!Array.isArray(body.mx) || !body.mx.every(isMxHost)) return null;
  return { mx: body.mx, mxStatus };
}

function isReportedBlocking(value: unknown): value is ReportedBlocking {
  return (
    isRecord(value) &&
    typeof value.host === 'string' &&
    typeof value.service === 'string' &&
    typeof value.count === 'number' &&
    typeof value.since === 'string'
  );
}

/** What the public record says the recipient's MX hosts refuse, from the same answer; [] when absent. */
export function readReportedBlocking(body: unknown): ReportedBlocking[] {
  if (!isRecord(body) || !Array.isArray(body.reportedBlocking)) return [];
  return body.reportedBlocking.filter(isReportedBlocking);
}
