import 'server-only';

import type { z } from 'zod';

import { apiError } from '@/lib/api/api-error';

import { isReportErrorCode, maxDiagnosticLength, type ReportErrorCode } from '../types';

/** Each status a report refusal is answered with: the client's mistake, DNS's verdict, or ours. */
const statusOf = (code: ReportErrorCode): number => {
  if (code === 'unknown_host' || code === 'ip_mismatch' || code === 'not_in_scope') return 422;
  if (code === 'dns_unavailable' || code === 'database_unavailable') return 503;
  return 400;
};

/**
 * `{ error: { code, message } }` for a report refusal, the message in the caller's language. A 503
 * says when to come back: the database or DNS is expected back soon.
 */
export function reportError(request: Request, code: ReportErrorCode): Response {
  const status = statusOf(code);
  return apiError(request, status, code, (t) => t.reportErrors[code], {
    values: { max: maxDiagnosticLength },
    ...(status === 503 ? { headers: { 'Retry-After': '30' } } : {}),
  });
}

/**
 * The 400 for a body that does not fit `refusalReportSchema`: the first issue's code (the schema
 * writes codes as its messages) and the field it concerns; anything else is `invalid_report`.
 */
export function reportIssueError(request: Request, error: z.ZodError): Response {
  const issue = error.issues[0];
  // A field a report never holds is named, so that the client sees what it should not have sent.
  const field = issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue?.path.join('.') || 'body';
  const code: ReportErrorCode = issue && isReportErrorCode(issue.message) ? issue.message : 'invalid_report';
  return apiError(request, 400, code, (t) => `${field}: ${t.reportErrors[code]}`, { values: { max: maxDiagnosticLength } });
}
