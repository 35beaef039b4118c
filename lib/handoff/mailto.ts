import { encodeMailbox } from './encode-mailbox';
import { fitHref } from './fit-href';
import { oneLine } from './one-line';
import { percentEncode } from './percent-encode';
import type { ComposeFields, FitFields, FittedHref } from './types';

/**
 * Outlook or Windows Live Mail opened from a browser on Windows takes a mailto of at most 2,046
 * characters (https://superruub.wordpress.com/2013/05/30/mailto-protocol-character-limit/);
 * 2,000 leaves a margin. Percent-encoded Cyrillic takes about 5.4 characters per letter, so this
 * holds some 370 Russian characters.
 */
export const mailtoBudget = 2000;

/**
 * A mailto URI (RFC 6068): the recipients in the path, separated by `,` (§2), then only `cc`,
 * `subject` and `body` as hfields, each left out when empty. Every value is percent-encoded
 * with `%20` for a space and `%0D%0A` for a line break in the body (§5), and the subject is kept
 * on one line, so no input adds a recipient, an hfield or a header. Throws a RangeError for a
 * recipient that is not a plain mailbox.
 */
export function buildMailto({ to, cc = [], subject, body }: ComposeFields): string {
  const hfields = [
    cc.length > 0 ? `cc=${cc.map(encodeMailbox).join(',')}` : '',
    subject ? `subject=${percentEncode(oneLine(subject))}` : '',
    body ? `body=${percentEncode(body)}` : '',
  ].filter(Boolean);
  const query = hfields.length > 0 ? `?${hfields.join('&')}` : '';
  return `mailto:${to.map(encodeMailbox).join(',')}${query}`;
}

/**
 * The mailto for the whole letter when it fits the budget; otherwise one carrying the short body
 * (which says the full letter is on the clipboard) and, if need be, a subject cut at a grapheme.
 */
export function fitMailto(fields: FitFields, budget: number = mailtoBudget): FittedHref {
  return fitHref(buildMailto, fields, budget);
}
