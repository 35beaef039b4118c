import { apiError } from '@/lib/api/api-error';

/**
 * 429 Too Many Requests (RFC 6585 §4) with `Retry-After` in seconds (RFC 9110 §10.2.3) and the
 * API's error body, so a client can tell this from a bad request by its code.
 */
export function rateLimitResponse(request: Request, retryAfterSeconds: number): Response {
  return apiError(request, 429, 'rate_limited', (t) => t.apiErrors.rate_limited, {
    values: { seconds: retryAfterSeconds },
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });
}
