/** How long a shared cache or a browser may keep an answer that changes only with a deploy. */
const maxAgeSeconds = 3600;

/** True when an If-None-Match list names this validator (weak comparison, RFC 9110 §13.1.2). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * A JSON answer any cache may keep for an hour, revalidated by its ETag: 304 with no body when the
 * client's copy is current. Nothing personal is in it: it is the same for every client.
 */
export function cacheableJson(request: Request, { body, etag }: { body: string; etag: string }): Response {
  const headers = { ETag: etag, 'Cache-Control': `public, max-age=${maxAgeSeconds}` };
  if (matches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, 'Content-Type': 'application/json' } });
}
