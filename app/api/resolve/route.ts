import { parseAddress } from '@/lib/address/parse-address';
import type { ParseAddressResult, ParsedAddress } from '@/lib/address/types';
import { createAnswerCache } from '@/lib/api/answer-cache';
import { apiError } from '@/lib/api/api-error';
import { cacheableAnswer, jsonAnswer, jsonTail, sendJson, withFirstMember, type JsonAnswer, type JsonBytes } from '@/lib/api/json-answer';
import { leanResolution } from '@/lib/api/lean-resolution';
import { readOnly } from '@/lib/api/read-only';
import { mxAnswerMaxAgeSeconds } from '@/lib/mx/lookup-mx';
import { lookupMxSafely, resolveWithLookup } from '@/lib/mx/resolve-with-dns';
import { rateLimited } from '@/lib/rate-limit/rate-limited';
import { withReportedBlocking } from '@/lib/reports/server/reported-blocking';
import type { MxLookup } from '@/lib/resolve/types';
import { logRequestFailure } from '@/lib/server/log-request-failure';

// node:dns and node:fs (lib/mx) need Node, and every answer depends on the query string.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * The page sends only `domain` (the local part never leaves the browser); integrators may send the
 * whole `address`. A bare domain is checked by the same parser, as the domain of its postmaster.
 */
function parseQuery(params: URLSearchParams): { parsed: ParseAddressResult; domainOnly: boolean } {
  const domain = params.get('domain');
  if (domain !== null && !params.has('address')) {
    return { parsed: parseAddress(`postmaster@${domain.trim()}`), domainOnly: true };
  }
  return { parsed: parseAddress(params.get('address') ?? ''), domainOnly: false };
}

/**
 * A proxy may serve a stale MX answer this long while it asks again: MX records rarely change,
 * and the burst that follows a provider's link then waits on one request, not on each.
 */
const staleWhileRevalidateSeconds = 60;

/**
 * Each domain's answers, serialised once and kept for as long as what they were made of: the
 * server's MX answer for the domain (its cache hands back the same hosts until it asks DNS again)
 * and, for the MX view, the public record's pairs for those hosts. Every later request for the
 * domain costs neither a resolution nor a serialisation. Bounded in bytes.
 */
const mxViews = createAnswerCache<JsonAnswer>({ maxBytes: 4 * 2 ** 20, sizeOf: (answer) => answer.bytes.length });
const resolutions = createAnswerCache<JsonBytes>({ maxBytes: 8 * 2 ** 20, sizeOf: (tail) => tail.length });

/** What an answer was made of, by identity: the MX hosts the server's cache keeps, or why there are none. */
const madeOf = ({ mx, mxStatus }: MxLookup) => mx ?? mxStatus;

/**
 * The whole resolution. Everything after the address depends on the domain alone, so it is kept
 * per domain and the address (null when only the domain was sent) is written in front of it. An
 * address is personal data: no cache may keep the answer (the page never asks for it).
 */
async function resolution(request: Request, parsed: ParsedAddress, domainOnly: boolean): Promise<Response> {
  const lookup = await lookupMxSafely(parsed.domain);
  const rest = resolutions(parsed.domain, [madeOf(lookup)], () => jsonTail(leanResolution(resolveWithLookup(parsed, lookup))));
  return sendJson(withFirstMember('address', domainOnly ? null : parsed.address, rest), 'no-store');
}

/**
 * What DNS says about a domain carries no personal data: asked by `?domain=`, any cache may share
 * it for as long as the server's own MX cache keeps it, and revalidate it by its ETag. Asked by
 * `?address=`, the same answer is no-store: a cache would file it under a URL holding the address.
 */
async function mxAnswer(request: Request, domain: string, domainOnly: boolean): Promise<Response> {
  const lookup = await lookupMxSafely(domain);
  // The public record's word on these hosts rides along (reportedBlocking); it needs two reports on
  // different days to change, so a cache may keep it as long as the MX answer.
  const body = await withReportedBlocking({ domain, ...lookup });
  const answer = mxViews(domain, [madeOf(lookup), ...body.reportedBlocking], () => jsonAnswer(body));
  if (!domainOnly) return sendJson(answer.bytes, 'no-store');
  return cacheableAnswer(request, answer, { maxAgeSeconds: mxAnswerMaxAgeSeconds(domain), staleWhileRevalidateSeconds });
}

/**
 * GET /api/resolve?address=… (or ?domain=…) → the recipient's provider, ISPs and known-blocking
 * servers, plus what DNS says about its MX hosts (`mx`, `mxStatus`); the contacts without their
 * notes (GET /api/data has them). A refused address is a 400 with the parser's code; a DNS
 * failure is never the client's problem, so it only sets `mxStatus`. `&only=mx` answers
 * `{ domain, mx, mxStatus, reportedBlocking }` alone: the page has the app's data already and asks
 * the server only what DNS knows, a tenth of the bytes. (Next gzips them for a client that asks.)
 */
export async function GET(request: Request): Promise<Response> {
  const limited = rateLimited(request);
  if (limited) return limited;
  const params = new URL(request.url).searchParams;
  const only = params.get('only');
  if (only !== null && only !== 'mx') return apiError(request, 400, 'invalid_view', (t) => t.apiErrors.invalid_view);
  const { parsed, domainOnly } = parseQuery(params);
  if (!parsed.ok) return apiError(request, 400, parsed.code, (t) => t.addressErrors[parsed.code]);
  const { domain } = parsed.value;
  if (only === 'mx') return mxAnswer(request, domain, domainOnly);
  try {
    return await resolution(request, parsed.value, domainOnly);
  } catch (error) {
    logRequestFailure('GET /api/resolve', error);
    return apiError(request, 500, 'internal', (t) => t.apiErrors.internal);
  }
}

export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };
