import { toWellFormed } from '@/lib/handoff/to-well-formed';

import { fragmentKeys, type FormFragmentValues } from './form-fragment-values';
import { otherServiceValue } from './service-option';

/**
 * The fragment (without `#`) that pre-fills the form with these values; blanks are left out. A
 * lone surrogate (pasted half of an emoji) becomes U+FFFD: `encodeURIComponent` throws on it.
 */
export function writeFormFragment(values: FormFragmentValues): string {
  const service = values.senderService === otherServiceValue ? values.senderServiceName : values.senderService;
  const entries: [string, string | undefined][] = [
    [fragmentKeys.recipient, values.recipient],
    [fragmentKeys.senderName, values.senderName],
    [fragmentKeys.senderAddress, values.senderAddress],
    [fragmentKeys.senderService, service],
    [fragmentKeys.languages, values.languages?.join(',')],
  ];
  return entries
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(toWellFormed(value.trim()))}`)
    .join('&');
}
