import { apiError } from './api-error';

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Reads a JSON request body of at most `maxBytes`, stopping as soon as the stream passes it, so a
 * huge body costs no more memory than the limit (a Content-Length can lie or be absent).
 * Too large → 413; not UTF-8 JSON → 400 `invalid_json`.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) return { ok: false, response: tooLarge(request, maxBytes) };
  const bytes = await readAtMost(request.body, maxBytes);
  if (bytes === null) return { ok: false, response: tooLarge(request, maxBytes) };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: apiError(request, 400, 'invalid_json', (t) => t.apiErrors.invalid_json) };
  }
}

/** The body's bytes, or null once they pass `maxBytes`. */
async function readAtMost(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array | null> {
  if (body === null) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(request: Request, maxBytes: number): Response {
  return apiError(request, 413, 'payload_too_large', (t) => t.apiErrors.payload_too_large, {
    values: { kb: maxBytes / 1024 },
  });
}
