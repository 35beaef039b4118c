import 'server-only';

import type { UiMessages } from '@/lib/i18n/get-dictionary';
import { formatMessage, type MessageValues } from '@/lib/i18n/format-message';

import { apiMessages } from './api-messages';
import { jsonError, type ApiErrorCode } from './json-error';

/**
 * An API error whose message is in the caller's language (Accept-Language, said back in
 * Content-Language), picked from the UI message files by `text`; the code stays the contract.
 */
export function apiError(
  request: Request,
  status: number,
  code: ApiErrorCode,
  text: (messages: UiMessages) => string,
  { values, headers }: { values?: MessageValues; headers?: Record<string, string> } = {},
): Response {
  const { locale, messages } = apiMessages(request);
  return jsonError(status, code, formatMessage(text(messages), values), { ...headers, 'Content-Language': locale });
}
