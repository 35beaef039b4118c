/**
 * 429 Too Many Requests (RFC 6585 §4) with `Retry-After` in seconds (RFC 9110 §10.2.3) and the
 * API's error body, so a client can tell this from a bad request by its code.
 */
export function rateLimitResponse(retryAfterSeconds: number): Response {
  const body = {
    error: {
      code: 'rate_limited',
      message: `Too many requests; try again in ${retryAfterSeconds} s.`,
    },
  };
  return Response.json(body, {
    status: 429,
    headers: { 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' },
  });
}
