import { oneLine } from './bounce-values';
import type { BounceFacts } from './types';

export type SmtpReplyFacts = Pick<BounceFacts, 'smtpCode' | 'enhancedCode' | 'diagnostic'>;

/** RFC 5321 §4.2: a reply code; only failures (4xx, 5xx) are what a bounce reports. */
const REPLY_CODE = /^([45][0-5]\d)(?=[ -]|$)[ -]?/;
/** RFC 3463 §2: class.subject.detail, each part at most three digits; `#` is Exchange's and Gmail's. */
const ENHANCED_CODE = /^#?([245]\.\d{1,3}\.\d{1,3})(?=[\s;,:)\]]|$)/;

/**
 * A multi-line reply (RFC 5321 §4.2.1) flattened by the MTA into one line repeats its codes:
 * "550-5.7.1 Our system … 550-5.7.1 … 550 5.7.1 https://…". The repeats go; the words stay.
 */
function joinContinuations(text: string, code: string, enhanced: string | undefined): string {
  const repeat = enhanced === undefined ? `${code}[ -]` : `${code}[ -]#?${enhanced.replace(/\./g, '\\.')}(?= |$)`;
  return text.replace(new RegExp(` ${repeat}`, 'g'), '');
}

/**
 * Exchange Online wraps the remote server's reply in its own: "550 5.7.350 Remote server returned
 * message detected as spam -> 550 spam message rejected…". The words after the arrow are the
 * refusing server's own, with its own codes.
 */
function innerReply(text: string): string {
  const arrow = text.indexOf(' -> ');
  if (arrow < 0) return text;
  const inner = text.slice(arrow + 4).trim();
  return REPLY_CODE.test(inner) ? inner : text;
}

/**
 * The reply without what quotes it: the quotes of Exchange's "returned '550 …'" and of logs, and
 * Exchange 2007's "#550 5.1.1 … ##". Trimmed by hand: a `['"]+$` pattern backtracks on every quote.
 */
function unwrap(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && `'"`.includes(text.charAt(start))) start += 1;
  while (end > start && `'"`.includes(text.charAt(end - 1))) end -= 1;
  const quoted = text.slice(start, end).trim();
  return quoted.replace(/^#(?=\d)/, '').replace(/ ?##$/, '').trim();
}

/**
 * What an SMTP reply says: its reply code, its enhanced status code (RFC 2034: right after the
 * reply code) and the whole reply on one line, as the server wrote it, codes included. Text that
 * is not a failure reply still gives a diagnostic, without codes (an Exim "Connection refused",
 * Gmail's "Unspecified Error"). Empty text gives nothing.
 */
export function readSmtpReply(text: string): SmtpReplyFacts {
  const flat = innerReply(unwrap(oneLine(text)));
  if (flat === '') return {};
  const code = REPLY_CODE.exec(flat);
  const rest = code === null ? flat : flat.slice(code[0].length);
  const enhanced = ENHANCED_CODE.exec(rest)?.[1];
  const facts: SmtpReplyFacts = {};
  if (code?.[1] !== undefined) facts.smtpCode = Number(code[1]);
  // Kept as written even when its class contradicts the reply code ("550 4.4.7", Exchange): the server's words.
  if (enhanced !== undefined) facts.enhancedCode = enhanced;
  const joined = code?.[1] === undefined || !flat.startsWith(`${code[1]}-`) ? flat : joinContinuations(flat, code[1], enhanced);
  facts.diagnostic = code?.[1] === undefined ? joined : `${code[1]} ${joined.slice(4)}`.trim();
  return facts;
}
