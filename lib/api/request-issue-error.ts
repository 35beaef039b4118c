import type { z } from 'zod';

import { isAddressErrorCode } from '@/lib/address/types';
import type { UiMessages } from '@/lib/i18n/get-dictionary';
import type { Locale } from '@/lib/i18n/locales';

import { jsonError, type RequestErrorCode } from './json-error';

function isRequestErrorCode(code: string, messages: UiMessages): code is RequestErrorCode {
  return Object.prototype.hasOwnProperty.call(messages.requestErrors, code);
}

/**
 * The 400 for a body that does not fit `letterRequestSchema`: the first issue's code (the schema
 * writes codes, not prose, into its messages), the field it concerns, and the text the page
 * shows for that code, in the caller's language. An issue without a code of ours is
 * `invalid_request`.
 */
export function requestIssueError(error: z.ZodError, messages: UiMessages, locale: Locale): Response {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'body';
  const code = issue?.message ?? '';
  const headers = { 'Content-Language': locale };
  if (isAddressErrorCode(code)) return jsonError(400, code, `${field}: ${messages.addressErrors[code]}`, headers);
  if (isRequestErrorCode(code, messages)) {
    return jsonError(400, code, `${field}: ${messages.requestErrors[code]}`, headers);
  }
  return jsonError(400, 'invalid_request', `${field}: ${messages.requestErrors.invalid}`, headers);
}
