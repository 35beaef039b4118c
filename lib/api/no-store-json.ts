/**
 * A JSON answer no cache may keep (`Cache-Control: no-store`): one that carries a local part or a
 * letter, and every answer to a POST. (Errors are no-store too, in `jsonError`.)
 */
export function noStoreJson(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('Cache-Control', 'no-store');
  return Response.json(body, { ...init, headers });
}
