import type { UiMessages } from '@/lib/i18n/get-dictionary';

import { apiError } from './api-error';

/**
 * A route handler that answers 405 with `Allow` (RFC 9110 §15.5.6) in the API's error shape, for
 * every method a route does not take: Next's own 405 has neither a body nor an `Allow`. The
 * message says what the route does take (the letters' by default).
 *
 *     export const GET = methodNotAllowed(['POST']);
 */
export function methodNotAllowed(
  allowed: readonly string[],
  text: (messages: UiMessages) => string = (t) => t.apiErrors.method_not_allowed,
): (request: Request) => Response {
  return (request) => apiError(request, 405, 'method_not_allowed', text, { headers: { Allow: allowed.join(', ') } });
}
