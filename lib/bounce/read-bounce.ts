import { bounceMaxLength } from './limits';
import { readBounceText } from './read-bounce-text';
import { readRawMessage } from './read-raw-message';
import type { BounceFacts } from './types';

// A report puts its facts first; what a longer file holds past the limit is the returned message.
export { bounceMaxLength } from './limits';

/** Fields whose presence in the first header block says "this is a whole message, not a paste". */
const MESSAGE_FIELDS = /^(?:content-type|mime-version|received|return-path|message-id)$/;

/**
 * True when `text` starts with a message's header section (RFC 5322 §2.2): every line of its first
 * block a header field or a folded continuation, among them a field only whole messages carry. A
 * pasted delivery-status block (Reporting-MTA…, Final-Recipient…) is not a message; an mbox "From "
 * line before the headers is allowed, as mail clients save one.
 */
export function looksLikeRawMessage(text: string): boolean {
  const head = text.slice(0, 16 * 1024).replace(/^From [^\n]*\n/, '');
  const end = head.search(/\r?\n[ \t]*\r?\n/);
  const lines = (end < 0 ? head : head.slice(0, end)).split(/\r?\n/);
  let messageField = false;
  for (const [index, line] of lines.entries()) {
    if (index > 0 && /^[ \t]/.test(line)) continue;
    const name = /^([!-9;-~]{1,76}):/.exec(line)?.[1];
    if (name === undefined) return false;
    if (MESSAGE_FIELDS.test(name.toLowerCase())) messageField = true;
  }
  return messageField;
}

/**
 * What a bounce says, from a pasted rejection text or a whole raw message (an .eml file's text,
 * such as a `multipart/report` delivery status notification): the refusing server, its reply and
 * codes, the recipient, the time, the provider's reference and help link (see BounceFacts). Null
 * when nothing could be read. Never rejects, whatever the input; reads at most `bounceMaxLength`
 * characters. Runs in the browser and on the server: no Node API, and the MIME parser is loaded
 * only for a raw message.
 */
export async function readBounce(input: string): Promise<BounceFacts | null> {
  try {
    if (typeof input !== 'string') return null;
    const text = input.slice(0, bounceMaxLength);
    if (text.trim() === '') return null;
    const raw = looksLikeRawMessage(text) ? await readRawMessage(text).catch(() => ({})) : {};
    // A message postal-mime could not make sense of (a report without its boundaries) is read as text.
    const facts = Object.keys(raw).length > 0 ? raw : readBounceText(text);
    return Object.keys(facts).length === 0 ? null : facts;
  } catch (error) {
    // A reader that breaks on some input must cost the user the facts, never the letters.
    console.error('readBounce failed', error);
    return null;
  }
}
