import 'server-only';

import { apiError } from './api-error';

/**
 * The answer of a GET-only address to any other method: 405 in the API's error shape, with the
 * Allow header (RFC 9110 §15.5.6), rather than Next's empty 405.
 */
export function readOnly(request: Request): Response {
  return apiError(request, 405, 'method_not_allowed', (t) => t.apiErrors.read_only, { headers: { Allow: 'GET, HEAD' } });
}
