import type { Attachment } from 'postal-mime';

import { readDeliveryStatus } from './delivery-status';
import { mergeFacts } from './merge-facts';
import { readBounceText } from './read-bounce-text';
import { returnedMessageFacts } from './returned-message';
import type { BounceFacts } from './types';

/** RFC 3464 §2 and RFC 6533 §6 (its internationalised twin). */
const STATUS_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
/** RFC 6522 §4 lets a report return the whole message or only its headers (and RFC 6533 §6's twins). */
const RETURNED_TYPES = new Set(['text/rfc822-headers', 'message/rfc822', 'message/global-headers', 'message/global']);

function text(part: Attachment | undefined): string {
  if (part === undefined) return '';
  return typeof part.content === 'string' ? part.content : new TextDecoder().decode(part.content);
}

/**
 * What a whole raw message says when it is a bounce: a delivery status notification
 * (`multipart/report; report-type=delivery-status`, RFC 6522 and RFC 3464) or a plain-text
 * bounce with headers (Exim's). postal-mime parses the MIME structure and hands the
 * `message/delivery-status` part back as an attachment, whose fields are read by RFC 3464 here;
 * the human-readable part fills what the report leaves out (Postfix names the server's IP address
 * only there), and the returned message's headers give its Message-ID and Date.
 *
 * postal-mime is loaded here, on first use, so that the page carries it only when someone drops a
 * raw message. Rejects when postal-mime cannot parse the text: readBounce then reads it as text.
 */
export async function readRawMessage(raw: string): Promise<BounceFacts> {
  const { default: PostalMime } = await import('postal-mime');
  // The limits bound the work a hostile message can cause; a real report nests three levels deep.
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'utf8', maxNestingDepth: 32, maxRfc822NestingDepth: 0 });
  const status = email.attachments.find((part) => STATUS_TYPES.has(part.mimeType));
  const returned = email.attachments.find((part) => RETURNED_TYPES.has(part.mimeType));
  return mergeFacts(
    status === undefined ? {} : readDeliveryStatus(text(status)),
    readBounceText(email.text ?? ''),
    returned === undefined ? {} : returnedMessageFacts(text(returned)),
  );
}
