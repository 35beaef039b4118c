import { cleanMessageId } from './bounce-values';
import { headerBlocks } from './header-blocks';
import { mailDateToIso } from './mail-date';
import type { BounceFacts } from './types';

/**
 * The lines after which a plain-text bounce quotes the refused message: Exim's (deliver.c), old
 * Gmail's, and the headers section of Exchange and Microsoft 365 reports.
 */
const RETURNED_MESSAGE_MARKERS = [
  /^-{3,} This is a copy of the message/im,
  /^-{3,} Original message -{3,}/im,
  /^Original message headers:?/im,
];

/** A bounce's text split where it starts quoting the refused message, if it does. */
export function splitReturnedMessage(text: string): { report: string; returned: string | undefined } {
  let cut = -1;
  for (const marker of RETURNED_MESSAGE_MARKERS) {
    const found = text.search(marker);
    if (found >= 0 && (cut < 0 || found < cut)) cut = found;
  }
  if (cut < 0) return { report: text, returned: undefined };
  const lineEnd = text.indexOf('\n', cut);
  return { report: text.slice(0, cut), returned: lineEnd < 0 ? '' : text.slice(lineEnd + 1) };
}

/**
 * The Message-ID and the Date of a refused message, from its header section (a `text/rfc822-headers`
 * part, a `message/rfc822` one, or the copy a plain-text bounce quotes): its first header block.
 * Its Date stands for the arrival when the report has none:
 * a refusal during the SMTP session comes seconds after it.
 */
export function returnedMessageFacts(message: string): Pick<BounceFacts, 'messageId' | 'arrivalDate'> {
  const headers = headerBlocks(message)[0];
  const messageId = cleanMessageId(headers?.get('message-id'));
  const arrivalDate = mailDateToIso(headers?.get('date'));
  return { ...(messageId === undefined ? {} : { messageId }), ...(arrivalDate === undefined ? {} : { arrivalDate }) };
}
