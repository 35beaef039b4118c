import { cleanAddress, cleanHost, cleanIp } from './bounce-values';
import { readSmtpReply } from './smtp-reply';
import type { BounceFacts } from './types';

/*
 * The human-readable part of a bounce, as each MTA family writes it. Each reader gets one
 * paragraph (its lines joined by single spaces) and answers when the paragraph is its kind.
 * Every pattern starts with a literal and bounds each repeat, so no input makes one backtrack
 * for long (a 64 KB paste of near-misses stays linear).
 */

type ParagraphReader = (paragraph: string, next: string | undefined) => BounceFacts | undefined;

const HOST = '([a-z0-9._-]{1,253})';
const IP = '(?:ipv6:)?([0-9a-f:.]{2,45})';

function remote(host: string | undefined, ip: string | undefined): Pick<BounceFacts, 'remoteMta' | 'remoteIp'> {
  const remoteMta = cleanHost(host);
  const remoteIp = cleanIp(ip);
  return { ...(remoteMta === undefined ? {} : { remoteMta }), ...(remoteIp === undefined ? {} : { remoteIp }) };
}

function recipient(address: string | undefined): Pick<BounceFacts, 'finalRecipient'> {
  const finalRecipient = cleanAddress(address);
  return finalRecipient === undefined ? {} : { finalRecipient };
}

const POSTFIX_SAID = new RegExp(`host ${HOST}\\[${IP}\\](?::\\d{1,5})? (?:said|refused to talk to me):`, 'i');
const POSTFIX_CONNECT = new RegExp(`connect to ${HOST}\\[${IP}\\](?::\\d{1,5})?: `, 'i');
const POSTFIX_RECIPIENT = /^<([^<>\s]{3,254})>:|\bto=<([^<>\s]{3,254})>/;

/**
 * Postfix (smtp(8), in a bounce and in its log): "<olga@bk.ru>: host mxs.mail.ru[94.100.180.31]
 * said: 550 … (in reply to end of DATA command)", "… refused to talk to me: 554 …", and the
 * connection that never got an answer: "connect to mxs.mail.ru[94.100.180.31]:25: Connection timed out".
 */
const postfix: ParagraphReader = (paragraph) => {
  const said = POSTFIX_SAID.exec(paragraph) ?? POSTFIX_CONNECT.exec(paragraph);
  if (said === null) return undefined;
  let rest = paragraph.slice(said.index + said[0].length).replace(/^server refused to talk to me: /i, '');
  const end = rest.search(/\(in reply to [^()]{1,80}\)/i);
  if (end >= 0) rest = rest.slice(0, end);
  // The log line wraps it all in "status=bounced (host … said: …)": that last parenthesis is the log's.
  else if (paragraph.charAt(said.index - 1) === '(' && rest.endsWith(')')) rest = rest.slice(0, -1);
  // No reply at all ("Connection timed out"): Postfix's whole sentence says what happened.
  const reply = readSmtpReply(rest);
  const facts = reply.smtpCode === undefined && said[0].startsWith('connect') ? readSmtpReply(`${said[0]}${rest}`) : reply;
  const to = POSTFIX_RECIPIENT.exec(paragraph);
  return { ...remote(said[1], said[2]), ...recipient(to?.[1] ?? to?.[2]), ...facts };
};

const EXIM_ERROR = /SMTP error from remote (?:mail server|mailer) after /i;
const EXIM_HOST = new RegExp(`host ${HOST} \\[${IP}\\]`, 'i');
const REPLY_START = /(?:^|\s)(?:[45][0-5]\d[ -]|[45]\.\d{1,3}\.\d{1,3}\s)/;
const LEADING_ADDRESS = /^([^\s<>@]{1,64}@[^\s<>@]{1,253})\s/;

/**
 * Exim (deliver.c): the failed address, then "host mxs.mail.ru [94.100.180.31]" and "SMTP error from
 * remote mail server after end of data:" and the reply, in either order (older Exim, and Mail.ru's
 * own outgoing servers, write "after RCPT TO:<…>: host … [ip]: 550 …").
 */
const exim: ParagraphReader = (paragraph) => {
  const error = EXIM_ERROR.exec(paragraph);
  if (error === null) return undefined;
  const after = paragraph.slice(error.index + error[0].length);
  const start = after.search(REPLY_START);
  const host = EXIM_HOST.exec(paragraph);
  const reply = start < 0 ? {} : readSmtpReply(after.slice(start));
  return { ...remote(host?.[1], host?.[2]), ...recipient(LEADING_ADDRESS.exec(paragraph)?.[1]), ...reply };
};

const EXCHANGE_RETURNED = /Remote Server\s+returned '/i;
const EXCHANGE_SERVER_AT = new RegExp(`Server at ${HOST} \\(${IP}\\) returned '`, 'i');
const EXCHANGE_2007 = /#([45][0-5]\d [^#]{1,1000})##/;
/** The recipient Exchange names just before its reply, on the line above. */
const TRAILING_ADDRESS = /(?:^|\s)([^\s<>@]{1,64}@[^\s<>@]{1,253})\s*$/;

/** The reply inside Exchange's quotes: up to the last quote before the next history entry. */
function quoted(text: string): string {
  const nextEntry = text.search(/ \d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}/);
  const entry = nextEntry < 0 ? text : text.slice(0, nextEntry);
  const close = entry.lastIndexOf("'");
  return close < 0 ? entry : entry.slice(0, close);
}

/**
 * Exchange and Microsoft 365 ("Diagnostic information for administrators"): "olga@bk.ru Remote
 * Server returned '550 5.7.1 …'", the delivery history "Server at mxs.mail.ru (94.100.180.31)
 * returned '550 …'", and Exchange 2007's "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##".
 */
const exchange: ParagraphReader = (paragraph) => {
  const serverAt = EXCHANGE_SERVER_AT.exec(paragraph);
  const returned = serverAt ?? EXCHANGE_RETURNED.exec(paragraph);
  if (returned !== null) {
    const reply = readSmtpReply(quoted(paragraph.slice(returned.index + returned[0].length)));
    const before = paragraph.slice(Math.max(0, returned.index - 320), returned.index);
    const address = TRAILING_ADDRESS.exec(before)?.[1];
    return { ...remote(serverAt?.[1], serverAt?.[2]), ...recipient(address), ...reply };
  }
  const old = EXCHANGE_2007.exec(paragraph);
  return old === null ? undefined : { ...recipient(LEADING_ADDRESS.exec(paragraph)?.[1]), ...readSmtpReply(old[1] ?? '') };
};

const GMAIL_RESPONSE = /The response (?:from the remote server )?was:\s*/i;
const GMAIL_NO_CONNECTION = new RegExp(`\\[(?:\\(\\d{1,3}\\) )?${HOST}\\.? \\[?${IP}\\]?(?::\\d{1,5})?: ([^\\]]{1,200})\\]`, 'i');

/**
 * Gmail: "The response from the remote server was: 550 …" (or "The response was:", with the reply
 * in the next paragraph), and, when the server never answered, "The recipient server did not accept
 * our requests to connect. … [mxs.mail.ru. 94.100.180.31: timed out]", where the diagnostic is
 * what Gmail saw of the server.
 */
const gmail: ParagraphReader = (paragraph, next) => {
  const response = GMAIL_RESPONSE.exec(paragraph);
  if (response !== null) {
    const rest = paragraph.slice(response.index + response[0].length);
    return readSmtpReply(rest.trim() === '' ? (next ?? '') : rest);
  }
  if (!/did not accept our requests to connect/i.test(paragraph)) return undefined;
  const attempt = GMAIL_NO_CONNECTION.exec(paragraph);
  if (attempt === null) return {};
  return { ...remote(attempt[1], attempt[2]), diagnostic: `${attempt[1]} ${attempt[2]}: ${attempt[3]}` };
};

/** The families, most specific first: a Postfix log line also holds "host … [ip]" as Exim writes it. */
const readers: ParagraphReader[] = [postfix, exchange, exim, gmail];

/**
 * The first paragraph that an MTA family reader recognises, with what it read: host and address
 * of the refusing server, the failed recipient and the reply. Undefined when none does.
 */
export function readMtaParagraphs(paragraphs: string[]): BounceFacts | undefined {
  for (const [index, paragraph] of paragraphs.entries()) {
    for (const read of readers) {
      const facts = read(paragraph, paragraphs[index + 1]);
      if (facts !== undefined && facts.diagnostic !== undefined) return facts;
    }
  }
  return undefined;
}
