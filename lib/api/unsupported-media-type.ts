import { apiError } from './api-error';

/**
 * True for `application/json`, with at most a `charset` of UTF-8 (RFC 8259 §8.1: JSON exchanged
 * between systems is UTF-8, so any other charset names a body we would misread). Type, subtype and
 * parameter name are case-insensitive and the value may be quoted (RFC 9110 §8.3.1).
 */
export function isJsonMediaType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const [essence = '', ...parameters] = contentType.split(';').map((part) => part.trim());
  if (essence.toLowerCase() !== 'application/json') return false;
  return parameters.every((parameter) => {
    if (parameter === '') return true;
    const match = /^charset\s*=\s*(?:"([^"]*)"|([^"\s]*))$/i.exec(parameter);
    const value = match?.[1] ?? match?.[2];
    return value !== undefined && value.toLowerCase() === 'utf-8';
  });
}

/**
 * The 415 for a POST whose body is not declared JSON (RFC 9110 §15.5.16), or null to go on. Read
 * before the body, so a form post or a text upload costs nothing. `Accept-Post` names what is taken.
 *
 *     const unsupported = unsupportedMediaType(request);
 *     if (unsupported) return unsupported;
 */
export function unsupportedMediaType(request: Request): Response | null {
  if (isJsonMediaType(request.headers.get('content-type'))) return null;
  return apiError(request, 415, 'unsupported_media_type', (t) => t.apiErrors.unsupported_media_type, {
    headers: { 'Accept-Post': 'application/json' },
  });
}
