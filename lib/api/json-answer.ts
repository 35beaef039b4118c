import 'server-only';

import { cacheableJson, entityTag, withSmallAnswerUncompressed, type SharedCaching } from './cacheable-json';

/** UTF-8 bytes a Response takes as they are (a Buffer's memory may be shared, so it would be copied). */
export type JsonBytes = Uint8Array<ArrayBuffer>;

const utf8 = new TextEncoder();

/** A JSON answer serialised once, to be sent to many clients: its bytes and their tag. */
export interface JsonAnswer {
  bytes: JsonBytes;
  /** A strong tag of `bytes`. */
  etag: string;
}

export function jsonAnswer(body: unknown): JsonAnswer {
  const text = JSON.stringify(body);
  return { bytes: utf8.encode(text), etag: entityTag(text) };
}

/**
 * The same JSON for every client but its first member: `{"name":…` followed by the rest of an
 * object serialised once (a domain's resolution after the address that asked for it).
 */
export function jsonTail(rest: object): JsonBytes {
  // `{"a":1}` → `"a":1}`: what follows the first member and its comma.
  return utf8.encode(JSON.stringify(rest).slice(1));
}

export function withFirstMember(name: string, value: unknown, tail: JsonBytes): JsonBytes {
  const prefix = utf8.encode(`{${JSON.stringify(name)}:${JSON.stringify(value)}${tail.length > 1 ? ',' : ''}`);
  const bytes = new Uint8Array(prefix.length + tail.length);
  bytes.set(prefix);
  bytes.set(tail, prefix.length);
  return bytes;
}

/**
 * A 200 JSON response of bytes serialised beforehand, with the Cache-Control given. Next
 * compresses it for a client that asks (`compress`, on by default), as it does every answer, unless
 * it is too small to gain from it (`withSmallAnswerUncompressed`): a route cannot send its own
 * Content-Encoding or Content-Length, which Next 16 drops from a route's response.
 */
export function sendJson(bytes: JsonBytes, cacheControl: string): Response {
  const headers = { 'Cache-Control': withSmallAnswerUncompressed(cacheControl, bytes.length), 'Content-Type': 'application/json' };
  return new Response(bytes, { status: 200, headers });
}

/** A kept answer as one any cache may share, or a 304 for a client that holds it (cacheableJson). */
export function cacheableAnswer(request: Request, answer: JsonAnswer, caching: SharedCaching): Response {
  return cacheableJson(request, { body: answer.bytes, etag: answer.etag }, caching);
}
