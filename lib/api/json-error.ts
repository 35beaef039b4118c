import type { AddressErrorCode } from '@/lib/address/types';
import type { ReportErrorCode } from '@/lib/reports/types';
import type en from '@/messages/ui/en.json';

/** The letter request's field codes (too_long, unknown_language, …), as the page translates them. */
export type RequestErrorCode = keyof (typeof en)['requestErrors'];

/**
 * The codes the API answers with. They are the contract (clients branch on them; the message may
 * change): an address refusal keeps its parser code, the rest say what was wrong with the request.
 */
export type ApiErrorCode =
  | AddressErrorCode
  | RequestErrorCode
  | ReportErrorCode // POST and GET /api/reports
  | 'invalid_json' // a body that is not JSON
  | 'invalid_request' // JSON that does not fit the request schema
  | 'payload_too_large'
  | 'unsupported_media_type' // a POST body not declared as application/json
  | 'method_not_allowed'
  | 'not_found' // an /api/ address no route answers
  | 'invalid_view' // /api/resolve's `only` holds something other than `mx`
  | 'unknown_service' // /api/sending-servers's `service` is not a known service id
  | 'rate_limited'
  | 'internal';

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string };
}

/**
 * The API's one error response: `{ error: { code, message } }` with the status given (400, 405,
 * 413, 429...), never cached, since it answers one request's input.
 */
export function jsonError(status: number, code: ApiErrorCode, message: string, headers?: HeadersInit): Response {
  const body: ApiErrorBody = { error: { code, message } };
  const merged = new Headers(headers);
  merged.set('Cache-Control', 'no-store');
  return Response.json(body, { status, headers: merged });
}
