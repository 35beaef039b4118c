import 'server-only';

import type * as z from 'zod/mini';

import { isAddressErrorCode } from '@/lib/address/types';
import en from '@/messages/ui/en.json';

import { apiError } from './api-error';
import type { RequestErrorCode } from './json-error';

// Every language has the same keys (the message tests hold them to English), so English decides.
function isRequestErrorCode(code: string): code is RequestErrorCode {
  return Object.prototype.hasOwnProperty.call(en.requestErrors, code);
}

/**
 * The 400 for a body that does not fit `letterRequestSchema`: the first issue's code (the schema
 * writes codes, not prose, into its messages), the field it concerns, and the text the page shows
 * for that code, in the caller's language. An issue without a code of ours is `invalid_request`.
 */
export function requestIssueError(request: Request, error: z.core.$ZodError): Response {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'body';
  const code = issue?.message ?? '';
  if (isAddressErrorCode(code)) return apiError(request, 400, code, (t) => `${field}: ${t.addressErrors[code]}`);
  if (isRequestErrorCode(code)) return apiError(request, 400, code, (t) => `${field}: ${t.requestErrors[code]}`);
  return apiError(request, 400, 'invalid_request', (t) => `${field}: ${t.requestErrors.invalid}`);
}
