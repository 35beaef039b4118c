import { escapeRegExp } from '@/lib/text/escape-reg-exp';

/**
 * What stands in the diagnostic where something was removed. Plain brackets: a reader sees that a
 * part is missing, and a second pass matches neither marker, so scrubbing twice changes nothing.
 */
export const removedAddress = '[address]';
export const removedReference = '[ref]';
/** Where a string the caller named (a local part, a name, a company's domain) stood. */
export const removedKnown = '[removed]';

/**
 * Characters that end an address-like run: white space and the delimiters mail text puts around
 * one (RFC 5322 specials; `{ } ' / ! …` are atext and belong to a local part).
 */
const RUN = String.raw`[^\s<>()\[\],;:"@＠﹫]`;
/** A run that does not end on a dot, so that "to ivan@bk.ru." keeps its full stop. */
const DOMAIN_RUN = String.raw`${RUN}*[^\s<>()\[\],;:"@＠﹫.]`;

/**
 * The at sign as it turns up in the wild: plain, full-width and small (U+FF20, U+FE6B), URL
 * encoded once or twice, quoted-printable, HTML character references.
 */
const AT = String.raw`(?:@|＠|﹫|%40|%2540|=40|&#0*64(?:;|(?!\d))|&#[xX]0*40(?:;|(?![\dA-Fa-f]))|&commat;)`;

/**
 * An RFC 5321 quoted local part: "ivan petrov"@… or "a\"b"@… Never opened by an escaped quote,
 * so that a run of `\"` is scanned once, not once from each of its quotes.
 */
const QUOTED_LOCAL = String.raw`(?<!\\)"(?:[^"\\\r\n]|\\.)*"`;

/**
 * An unquoted local part starts where a run starts: tried from inside a run as well, a long run
 * with no at sign would be scanned once from each of its characters (quadratic on 64 KB).
 */
const anyAddress = new RegExp(
  String.raw`(?:${QUOTED_LOCAL}|(?<!${RUN})${RUN}+) ?${AT} ?(?:\[[^\]\s]*\]|${DOMAIN_RUN})`,
  'gu',
);

/**
 * An RFC 5322 comment beside the at sign (`ivan(home)@mail.ru`, `ivan@(work)mail.ru`): mail
 * software ignores it, and left in place it would split the address so that no pattern sees it.
 */
const commentBesideAt = new RegExp(String.raw`\([^()]{0,64}\) ?(?=${AT})|(?<=${AT}) ?\([^()]{0,64}\)`, 'gu');

/** An at or a dot written as a word, the way people keep addresses from harvesters. */
const WORD_AT = String.raw`(?:\s*[(\[{<]\s*(?:at|собака)\s*[)\]}>]\s*|\s+(?:at|собака)\s+)`;
const WORD_DOT = String.raw`(?:\.|\s*[(\[{<]\s*(?:dot|точка)\s*[)\]}>]\s*|\s+(?:dot|точка)\s+)`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
/** A top-level label has a letter: "at 30.11.2026" is a date, not a domain. */
const TOP_LABEL = String.raw`\p{L}(?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const wordAddress = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+'-])([\p{L}\p{N}._%+'-]+)${WORD_AT}${LABEL}(?:${WORD_DOT}${LABEL})*${WORD_DOT}${TOP_LABEL}(?![\p{L}\p{N}-])`,
  'giu',
);

/**
 * Words that come before a plain " at " in SMTP replies without being a local part: "rejected at
 * mx.example.ru", "listed at spamhaus.org". Only the spaced form needs them; "(at)" is never prose.
 */
const proseBeforeAt = new Set([
  'rejected', 'refused', 'blocked', 'listed', 'received', 'delivered', 'deferred', 'failed', 'arrived',
  'queued', 'host', 'server', 'relay', 'look', 'see', 'visit', 'us', 'once', 'least', 'all', 'is', 'are',
  'was', 'were', 'be', 'been', 'message', 'mail', 'email', 'connection', 'error', 'timeout', 'again',
]);

/**
 * Per-message references by their label: Mail.ru's "Error code: …" and "ID: …", Postfix's "queued
 * as …" and "id …", message and trace ids. Only a token with a digit in it is taken, so "ID: the"
 * or "Reference: see below" stay; the digit is looked for in its first 256 characters, so that a
 * long run of "id=a" is not scanned to its end from each of its labels.
 */
const labelledReference =
  /\b(error code|queue id|queued as|message[- ]?id|msg[- ]?id|trace[- ]?id|session[- ]?id|tracking[- ]?id|reference|ref|ticket|id)(\s*[:=#]\s*|\s+)(?=[A-Za-z0-9._~+/=-]{0,255}\d)[A-Za-z0-9][A-Za-z0-9._~+/=-]{3,}[A-Za-z0-9_~+/=-]/gi;

/** Mail.ru's link to its unblocking form carries the message's own token: `…/id?c=37o1uv…~`. */
const mailRuFormToken = /(\bid\?c=)[^\s&#"'<>]+/gi;

/** Yandex ends its refusals with `<unix time>-<token>-<token>`, e.g. `1631900360-h4Ajl35YEe-dK78OYi4`. */
const yandexReference = /\b\d{9,11}(?:-[A-Za-z0-9_]{4,}){1,3}\b/g;

/** Gmail's `… 38308e7fff4ca-2f3b8e1e7d8si1234567fa.123 - gsmtp`. */
const gmailReference = /(?<![A-Za-z0-9.-])[A-Za-z0-9][A-Za-z0-9.-]{9,}(?= - gsmtp\b)/g;

/**
 * Any other opaque token: 20 or more letters, digits and `_~+=-` with both a letter and a digit.
 * Hex digests, queue ids and base64 blobs look like this; words do not, and a label of a dotted
 * host name or a URL path segment is left alone (a dot before it or a dot and more after it).
 */
const opaqueToken =
  /(?<![A-Za-z0-9_~+=.-])(?=[A-Za-z_~+=-]*\d)(?=[0-9_~+=-]*[A-Za-z])[A-Za-z0-9_~+=-]{20,}(?![A-Za-z0-9_~+=-]|\.[A-Za-z0-9])/g;

/** A base64 token that may hide an address (`aXZhbkBiay5ydQ==`). */
const base64Token = /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{8,}={0,2}(?![A-Za-z0-9+/=])/g;

/** RFC 2047 encoded words, as mail software writes non-ASCII (and sometimes addresses) in headers. */
const encodedWord = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

/** The display name quoted before an address that was removed: `"Olga Petrova" <[address]>`. */
const quotedDisplayName = /(?<!\\)"(?:[^"\\\r\n]|\\.)*"\s*(?=<\[address\]>)/g;

/** `<ivan>`: a path without a domain, as an SMTP server may echo RCPT TO. URLs in brackets stay. */
const bareAngleLocal = /<(?!\[(?:address|ref|removed)\]>|[a-z][a-z0-9+.-]*:)[^<>\s]+>/gi;

function bytesOfBase64(text: string): Uint8Array | null {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

function bytesOfQ(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    const hex = text.slice(index + 1, index + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else bytes.push(char === '_' ? 0x20 : char.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(bytes);
}

/** The text of an encoded word; one we cannot read is removed whole rather than passed on. */
function decodeEncodedWord(_whole: string, charset: string, encoding: string, payload: string): string {
  const bytes = encoding.toUpperCase() === 'B' ? bytesOfBase64(payload) : bytesOfQ(payload);
  if (bytes === null) return removedReference;
  try {
    // RFC 2231 §5 lets a language follow the charset: utf-8*ru.
    return new TextDecoder(charset.split('*')[0] ?? '', { fatal: true }).decode(bytes);
  } catch {
    return removedReference;
  }
}

function hidesAddress(token: string): boolean {
  const bytes = bytesOfBase64(token);
  if (bytes === null) return false;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).includes('@');
  } catch {
    return false;
  }
}

/** Removes a known string (a local part, a name, a domain) wherever it stands as a whole word. */
function removeKnown(text: string, known: string): string {
  const value = known.trim();
  // A one-letter local part would take every "a" with it, and says nothing about anyone.
  if (value.length < 2) return text;
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}_%+-])${escapeRegExp(value)}(?![\p{L}\p{N}_%+-])`, 'giu');
  return text.replace(pattern, removedKnown);
}

export interface ScrubOptions {
  /**
   * Strings the caller knows to be personal: the recipient's local part, the sender's name and
   * address, a company recipient's domain, the provider's reference read from the bounce. The
   * browser knows them; the server's second pass does without.
   */
  remove?: readonly string[];
}

/**
 * A refusing server's words with nothing in them that points at a person or a message: every
 * e-mail address in any form we know (plain, <angle>, "quoted"@, IDN and punycode, encoded words,
 * %40, =40, &#64;, `user at domain`, `user (at) domain (dot) ru`) with its quoted display name,
 * bare `<local>` paths, the strings the caller names (an unquoted name is known only that way),
 * and per-message references (Mail.ru's `id?c=`, `Error code:` and
 * `ID:`, Yandex's trailing reference, queue ids and other opaque tokens). One line, trimmed.
 * Runs in the browser before a report is shown and sent, and again on the server. Idempotent.
 */
export function scrubDiagnostic(text: string, { remove = [] }: ScrubOptions = {}): string {
  let result = text.replace(encodedWord, decodeEncodedWord);
  // One plain space for any run of white space or control characters, before the patterns: an
  // address spaced out with two spaces, a tab or a no-break space around its at sign is still one.
  result = result.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ');
  result = result.replace(mailRuFormToken, `$1${removedReference}`);
  result = result.replace(commentBesideAt, '');
  result = result.replace(anyAddress, removedAddress);
  result = result.replace(wordAddress, (whole, local: string) =>
    proseBeforeAt.has(local.toLowerCase()) ? whole : removedAddress,
  );
  result = result.replace(quotedDisplayName, '');
  // After the addresses, so that a local part is taken with its address, not left as "[removed]@…";
  // the longest first, so that "Olga Petrova" goes whole before "Olga" alone.
  for (const known of [...remove].sort((a, b) => b.length - a.length)) result = removeKnown(result, known);
  result = result.replace(bareAngleLocal, `<${removedAddress}>`);
  result = result.replace(labelledReference, (_whole, label: string, separator: string) => `${label}${separator}${removedReference}`);
  result = result.replace(yandexReference, removedReference);
  result = result.replace(gmailReference, removedReference);
  result = result.replace(base64Token, (token) => (hidesAddress(token) ? removedAddress : token));
  result = result.replace(opaqueToken, removedReference);
  return result.replace(/\s+/g, ' ').trim();
}
