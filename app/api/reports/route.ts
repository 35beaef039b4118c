import { apiError } from '@/lib/api/api-error';
import { entityTag, matchesIfNoneMatch } from '@/lib/api/cacheable-json';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { readJsonBody } from '@/lib/api/read-json-body';
import { unsupportedMediaType } from '@/lib/api/unsupported-media-type';
import { clientKey } from '@/lib/rate-limit/client-key';
import { rateLimitSettings } from '@/lib/rate-limit/rate-limit-settings';
import { rateLimited } from '@/lib/rate-limit/rate-limited';
import { aggregateCsv } from '@/lib/reports/aggregate-csv';
import { readAggregateQuery } from '@/lib/reports/aggregate-query';
import { recordLicence } from '@/lib/reports/record-licence';
import { refusalReportSchema } from '@/lib/reports/report-schema';
import { aggregateReports } from '@/lib/reports/server/aggregate-reports';
import { checkReportHost, type HostRefusal } from '@/lib/reports/server/check-report-host';
import { insertReport } from '@/lib/reports/server/insert-report';
import { recordOnce } from '@/lib/reports/server/report-dedupe';
import { reportError, reportIssueError } from '@/lib/reports/server/report-error';
import { ReportStoreUnavailable, withReportDb } from '@/lib/reports/server/report-store';
import { markReportedBlockingStale } from '@/lib/reports/server/reported-blocking';

// The database and node:dns need Node; every answer depends on the request.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** A report is a few hundred bytes; its diagnostic is capped at 1,000 characters. */
const maxBodyBytes = 8 * 1024;

/** Per-request answers, never cached: the id is the client's own. */
const noStore = { 'Cache-Control': 'no-store' };

/**
 * POST /api/reports: one refusal for the public record, by the shared schema (strict: a field a
 * report never holds is refused; the diagnostic is scrubbed again), then checked against DNS.
 * 201 `{ id }` when recorded; 200 `{ id }` when the same (host, service, hour) came from this
 * client before; 400 for a malformed report, 422 for one DNS does not back, 429, 503 when DNS or
 * the database cannot be reached. Neither the client's address nor its user agent is kept.
 */
export async function POST(request: Request): Promise<Response> {
  const limited = rateLimited(request);
  if (limited) return limited;
  // JSON only, as POST /api/letters: a form or text post is refused before it is read.
  const unsupported = unsupportedMediaType(request);
  if (unsupported) return unsupported;
  const body = await readJsonBody(request, maxBodyBytes);
  if (!body.ok) return body.response;
  const parsed = refusalReportSchema.safeParse(body.value);
  if (!parsed.success) return reportIssueError(request, parsed.error);
  const report = parsed.data;
  try {
    const outcome = await recordOnce<HostRefusal>(clientKey(request, rateLimitSettings()), report, async () => {
      const check = await checkReportHost(report.remoteMta, report.remoteIp);
      if (!check.ok) return { refused: check.code };
      const id = await withReportDb((db) => insertReport(db, report, check.network));
      markReportedBlockingStale();
      return { id };
    });
    if ('refused' in outcome) return reportError(request, outcome.refused);
    return Response.json({ id: outcome.id }, { status: outcome.created ? 201 : 200, headers: noStore });
  } catch (error) {
    if (error instanceof ReportStoreUnavailable) return reportError(request, 'database_unavailable');
    console.error('POST /api/reports failed', error);
    return apiError(request, 500, 'internal', (t) => t.apiErrors.internal);
  }
}

/**
 * GET /api/reports[?host=&service=&since=&format=csv]: the record per (refusing host, service),
 * JSON or CSV (`Accept: text/csv` or `?format=csv`), under CC BY 4.0 (in the body and in a
 * `Link: rel="license"` header, which CSV has no room for). Cacheable for a minute, with an ETag.
 */
export async function GET(request: Request): Promise<Response> {
  const limited = rateLimited(request);
  if (limited) return limited;
  const query = readAggregateQuery(new URL(request.url).searchParams, request.headers.get('accept'));
  if (!query.ok) return reportError(request, 'bad_filter');
  let rows;
  try {
    rows = await withReportDb((db) => aggregateReports(db, query.filter));
  } catch {
    return reportError(request, 'database_unavailable');
  }
  const body =
    query.format === 'csv'
      ? aggregateCsv(rows)
      : JSON.stringify({ license: recordLicence, reports: rows });
  const tag = entityTag(body);
  const headers = {
    'Cache-Control': 'public, max-age=60',
    ETag: tag,
    Vary: 'Accept',
    Link: `<${recordLicence.url}>; rel="license"`,
  };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), tag)) return new Response(null, { status: 304, headers });
  const contentType = query.format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json';
  return new Response(body, { headers: { ...headers, 'Content-Type': contentType } });
}

export const PUT = methodNotAllowed(['GET', 'POST'], (t) => t.apiErrors.reports_method);
export const PATCH = PUT;
export const DELETE = PUT;
