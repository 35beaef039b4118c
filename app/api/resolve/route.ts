import { parseAddress } from '@/lib/address/parse-address';
import type { ParseAddressResult } from '@/lib/address/types';
import { apiError } from '@/lib/api/api-error';
import { lookupMxSafely, resolveWithDns } from '@/lib/mx/resolve-with-dns';
import { rateLimited } from '@/lib/rate-limit/rate-limited';
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

function noStore(body: unknown): Response {
  // The address is personal data: no shared cache may keep it.
  return Response.json(body, { headers: { 'Cache-Control': 'no-store' } });
}

function resolution(resolved: Resolution, domainOnly: boolean): Response {
  const body: ResolveBody = domainOnly ? { ...resolved, address: null } : resolved;
  return noStore(body);
}

/**
 * GET /api/resolve?address=… (or ?domain=…) → the recipient's provider, ISPs and known-blocking
 * servers, plus what DNS says about its MX hosts (`mx`, `mxStatus`). A refused address is a 400
 * with the parser's code; a DNS failure is never the client's problem, so it only sets `mxStatus`.
 * `&only=mx` answers `{ domain, mx, mxStatus }` alone: the page has the app's data already and
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
  if (only === 'mx') return noStore({ domain, ...(await lookupMxSafely(domain)) });
  try {
    return resolution(await resolveWithDns(parsed.value), domainOnly);
  } catch (error) {
    logRequestFailure('GET /api/resolve', error);
    return apiError(request, 500, 'internal', (t) => t.apiErrors.internal);
  }
}
