import 'server-only';

import { createHash } from 'node:crypto';

export interface SharedCaching {
  /** How long any cache may serve the answer as fresh (0: it must ask again every time). */
  maxAgeSeconds: number;
  /** How long past that a cache may still serve it while it fetches a fresh one (RFC 5861 §3). */
  staleWhileRevalidateSeconds: number;
}

/**
 * A strong entity tag for a body: its SHA-256, so any field anyone adds to an answer changes it,
 * and two instances behind one proxy give the same answer the same tag.
 */
export function entityTag(bodyText: string): string {
  return `"${createHash('sha256').update(bodyText).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether `If-None-Match` names `tag`, by the weak comparison RFC 9110 §13.1.2 prescribes for it:
 * `W/"x"` matches `"x"`. That matters behind nginx, which weakens a tag when it gzips the body.
 */
export function matchesIfNoneMatch(ifNoneMatch: string | null, tag: string): boolean {
  if (ifNoneMatch === null) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (candidate: string) => candidate.replace(/^W\//, '');
  return (ifNoneMatch.match(/(?:W\/)?"[^"]*"/g) ?? []).some((candidate) => opaque(candidate) === opaque(tag));
}

/**
 * A JSON answer that carries no personal data, so any cache may keep and share it
 * (`Cache-Control: public`), serialised once and kept (the data export, /api/resolve's MX view):
 * its text or UTF-8 bytes and the tag it was given, which may be weak (`W/"…"`), as a version
 * stamp is. A request whose `If-None-Match` names it gets `304 Not Modified` with no body
 * (RFC 9110 §15.4.5).
 */
export function cacheableJson(
  request: Request,
  { body, etag: tag }: { body: string | Uint8Array<ArrayBuffer>; etag: string },
  caching: SharedCaching,
): Response {
  const headers = new Headers({ 'Cache-Control': withSmallAnswerUncompressed(cacheControl(caching), byteLength(body)), ETag: tag });
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), tag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set('Content-Type', 'application/json');
  return new Response(body, { status: 200, headers });
}

/**
 * Below this many bytes gzip saves next to nothing (its header and trailer alone are 18 bytes) and
 * costs a deflate stream per answer: the `compression` middleware's own default, which Next's
 * server cannot apply to a route's answer because it streams the body without a Content-Length.
 */
export const compressionThresholdBytes = 1024;

/**
 * The body's UTF-8 length where it matters, below the threshold. A string takes at least as many
 * bytes as it has UTF-16 units, so a long one (the data export, on every request) is not scanned.
 */
function byteLength(body: string | Uint8Array): number {
  if (typeof body !== 'string' || body.length >= compressionThresholdBytes) return body.length;
  return Buffer.byteLength(body);
}

/**
 * The Cache-Control of an answer of `bytes` bytes: one under the threshold says `no-transform`
 * (RFC 9111 §5.2.2.6), which Next's compression honours, so it is sent as it is. For the page's MX
 * answer, a few hundred bytes, the deflate stream was about a quarter of the server's work per
 * request. (nginx's gzip ignores no-transform: behind it, its own gzip_min_length decides.)
 */
export function withSmallAnswerUncompressed(cacheControlValue: string, bytes: number): string {
  return bytes < compressionThresholdBytes ? `${cacheControlValue}, no-transform` : cacheControlValue;
}

/** The Cache-Control of an answer any cache may share. */
export function cacheControl({ maxAgeSeconds, staleWhileRevalidateSeconds }: SharedCaching): string {
  if (maxAgeSeconds <= 0) return 'public, no-cache';
  return `public, max-age=${Math.floor(maxAgeSeconds)}, stale-while-revalidate=${Math.floor(staleWhileRevalidateSeconds)}`;
}
