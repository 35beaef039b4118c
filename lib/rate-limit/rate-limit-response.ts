import { jsonError } from '@/lib/api/json-error';

/**
 * 429 Too Many Requests (RFC 6585 §4) with `Retry-After` in seconds (RFC 9110 §10.2.3) and the
 * API's error body, so a client can tell this from a bad request by its code.
 */
export function rateLimitResponse(retryAfterSeconds: number): Response {
  return jsonError(429, 'rate_limited', `Too many requests; try again in ${retryAfterSeconds} s.`, {
    'Retry-After': String(retryAfterSeconds),
  });
}
