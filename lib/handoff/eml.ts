import { assertMailbox } from './assert-mailbox';
import { encodedWords } from './encoded-word';
import { oneLine } from './one-line';
import { quotedPrintable } from './quoted-printable';

export interface EmlFields {
  /** Set only when the user gave their address; the display name is optional. */
  from?: { name?: string; address: string };
  to: string[];
  subject: string;
  text: string;
  html: string;
}

// Quoted-printable never lets "=" stand for itself and "=_" is no escape, so no encoded body can
// hold this boundary: the strategy RFC 2045 §6.7 itself recommends. Being fixed, it keeps the
// draft reproducible.
const boundary = '=_unblock-mail-alternative';

// RFC 5322 §2.1.1: lines SHOULD stay within 78 characters; folding happens before that.
const foldAt = 78;

/**
 * An unsent draft (RFC 5322 + MIME) to open in a mail client: `X-Unsent: 1` makes Outlook open
 * it for editing, and there is no Date or Message-ID, which the client adds when it sends. The
 * subject and the sender's name are RFC 2047 encoded-words; both bodies are quoted-printable
 * UTF-8 in a multipart/alternative, plain text first (RFC 2046 §5.1.4: the richest part last).
 * Throws a RangeError for an address that is not a plain mailbox.
 */
export function buildEml({ from, to, subject, text, html }: EmlFields): string {
  const headers = [
    from ? fromHeader(from) : '',
    to.length > 0 ? foldList('To', to.map(assertMailbox)) : '',
    // An empty Subject field is the same as none to readers (mailparser drops it), so it is left out.
    subject ? `Subject: ${encodedWords(oneLine(subject)).join('\r\n ')}` : '',
    'MIME-Version: 1.0',
    'X-Unsent: 1',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ].filter(Boolean);
  return [
    ...headers,
    '',
    `--${boundary}`,
    textPart('plain', text),
    `--${boundary}`,
    textPart('html', html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

function fromHeader({ name, address }: { name?: string; address: string }): string {
  const mailbox = assertMailbox(address);
  if (!name) return `From: ${mailbox}`;
  // The angle address gets its own folded line, so no encoded-word line runs past 76 characters.
  return [`From: ${encodedWords(oneLine(name)).join('\r\n ')}`, `<${mailbox}>`].join('\r\n ');
}

function foldList(field: string, addresses: string[]): string {
  let header = `${field}:`;
  let lineLength = header.length;
  addresses.forEach((address, index) => {
    const item = index < addresses.length - 1 ? `${address},` : address;
    if (index > 0 && lineLength + 1 + item.length > foldAt) {
      header += `\r\n ${item}`;
      lineLength = 1 + item.length;
    } else {
      header += ` ${item}`;
      lineLength += 1 + item.length;
    }
  });
  return header;
}

function textPart(subtype: 'plain' | 'html', content: string): string {
  return [
    `Content-Type: text/${subtype}; charset=UTF-8`,
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(content),
  ].join('\r\n');
}
