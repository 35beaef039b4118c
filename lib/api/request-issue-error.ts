import type { z } from 'zod';

import { isAddressErrorCode } from '@/lib/address/types';
import en from '@/messages/ui/en.json';

import { jsonError, type RequestErrorCode } from './json-error';

function isRequestErrorCode(code: string): code is RequestErrorCode {
  return Object.prototype.hasOwnProperty.call(en.requestErrors, code);
}

/**
 * The 400 for a body that does not fit `letterRequestSchema`: the first issue's code (the schema
 * writes codes, not prose, into its messages), the field it concerns, and the English text the
 * page shows for that code. An issue without a code of ours is `invalid_request`.
 */
export function requestIssueError(error: z.ZodError): Response {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'body';
  const code = issue?.message ?? '';
  if (isAddressErrorCode(code)) return jsonError(400, code, `${field}: ${en.addressErrors[code]}`);
  if (isRequestErrorCode(code)) {
    return jsonError(400, code, `${field}: ${en.requestErrors[code]}`);
  }
  return jsonError(400, 'invalid_request', `${field}: ${en.requestErrors.invalid}`);
}
