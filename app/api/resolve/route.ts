import { parseAddress } from '@/lib/address/parse-address';
import type { ParseAddressResult } from '@/lib/address/types';
import { apiError } from '@/lib/api/api-error';
import { cacheableJson } from '@/lib/api/cacheable-json';
import { noStoreJson } from '@/lib/api/no-store-json';
import { mxAnswerMaxAgeSeconds } from '@/lib/mx/lookup-mx';
import { lookupMxSafely, resolveWithDns } from '@/lib/mx/resolve-with-dns';
import { rateLimited } from '@/lib/rate-limit/rate-limited';
import { withReportedBlocking } from '@/lib/reports/server/reported-blocking';
import type { Resolution } from '@/lib/resolve/types';
import { logRequestFailure } from '@/lib/server/log-request-failure';

// node:dns and node:fs (lib/mx) need Node, and every answer depends on the query string.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

type ResolveBody = Omit<Resolution, 'address'> & { address: string | null };

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

function resolution(resolved: Resolution, domainOnly: boolean): Response {
  const body: ResolveBody = domainOnly ? { ...resolved, address: null } : resolved;
  // An address is personal data: no cache may keep it.
  return noStoreJson(body);
}

/**
 * What DNS says about a domain carries no personal data: asked by `?domain=`, any cache may share
 * it for as long as the server's own MX cache keeps it, and revalidate it by its ETag. Asked by
 * `?address=`, the same answer is no-store: a cache would file it under a URL holding the address.
 */
async function mxAnswer(request: Request, domain: string, domainOnly: boolean): Promise<Response> {
  // The public record's word on these hosts rides along (reportedBlocking); it needs two reports on
  // different days to change, so a cache may keep it as long as the MX answer.
  const body = await withReportedBlocking({ domain, ...(await lookupMxSafely(domain)) });
  if (!domainOnly) return noStoreJson(body);
  return cacheableJson(request, body, { maxAgeSeconds: mxAnswerMaxAgeSeconds(domain), staleWhileRevalidateSeconds });
}

/**
 * GET /api/resolve?address=… (or ?domain=…) → the recipient's provider, ISPs and known-blocking
 * servers, plus what DNS says about its MX hosts (`mx`, `mxStatus`). A refused address is a 400
 * with the parser's code; a DNS failure is never the client's problem, so it only sets `mxStatus`.
 * `&only=mx` answers `{ domain, mx, mxStatus, reportedBlocking }` alone: the page has the app's data already and
 * asks the server only what DNS knows, a tenth of the bytes.
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
    return resolution(await resolveWithDns(parsed.value), domainOnly);
  } catch (error) {
    logRequestFailure('GET /api/resolve', error);
    return apiError(request, 500, 'internal', (t) => t.apiErrors.internal);
  }
}
