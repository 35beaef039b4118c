import type { BounceFacts } from '@/lib/bounce/types';
import type { Contact } from '@/lib/data/schema';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import { escapeRegExp } from '@/lib/text/escape-reg-exp';

import type { LetterFacts, SenderService } from './letter-facts';
import { formatListPlural, letterMessages, type LetterMessages } from './letter-messages';
import type { Letter, LetterPart } from './types';

/*
 * The pieces every letter is made of: its assembly from one part per language, the contacts it
 * goes to, the facts block a postmaster greps the logs with, and the closing. The letters
 * themselves (provider-letter.ts, isp-letters.ts, recipient-letter.ts) say what to write.
 */

/** A letter before its words: who it is for and where it goes. */
export type LetterShell = Omit<Letter, 'subject' | 'parts' | 'shortBody'>;

/** One language's subject and paragraphs, written by a letter's builder; blanks are dropped. */
export type WritePart = (messages: LetterMessages, language: Locale) => {
  subject: string;
  paragraphs: (string | undefined)[];
};

/**
 * Puts one letter together from its parts, one per language in the order given (the primary
 * language first). The subject carries every language, so a reader who knows only the second one
 * still sees what the mail is about; the short body speaks to the user, in the user's language.
 */
export function assembleLetter(
  shell: LetterShell,
  languages: readonly Locale[],
  userLanguage: Locale,
  writePart: WritePart,
): Letter {
  const parts: LetterPart[] = languages.map((language) => {
    const { subject, paragraphs } = writePart(letterMessages(language), language);
    return { language, subject, paragraphs: paragraphs.filter((paragraph) => paragraph !== undefined) };
  });
  return {
    ...shell,
    subject: parts.map((part) => part.subject).join(' / '),
    parts,
    shortBody: letterMessages(userLanguage).common.shortBody,
  };
}

/** A company's names: its Latin brand, and its Russian one where the data has it. */
export interface CompanyNames {
  name: string;
  nameRu?: string;
}

/**
 * The company's name as a reader of `language` knows it: a Russian letter says «Яндекс Почта» and
 * «МТС»; every other language says the Latin brand, which the companies use abroad themselves.
 */
export function localName(company: CompanyNames, language: Locale): string {
  return language === 'ru' ? (company.nameRu ?? company.name) : company.name;
}

/**
 * How a letter names the sender's service: with its domain when we know it ("Mailfence
 * (mailfence.com)"), because a postmaster searches the logs by domain, not by brand.
 */
export function serviceLabel(messages: LetterMessages, service: SenderService): string {
  return service.domain === null
    ? service.name
    : formatMessage(messages.common.serviceWithDomain, { service: service.name, domain: service.domain });
}

// A postmaster mailbox exists to hear about delivery problems (RFC 5321 §4.5.1); abuse desks
// (RFC 2142 §4) read them next; support and feedback desks answer people.
const roleRank: Record<Contact['role'], number> = {
  postmaster: 0,
  abuse: 1,
  support: 2,
  feedback: 3,
  general: 4,
  form: 5,
  'registrar-abuse': 6,
};
const confidenceRank: Record<Contact['confidence'], number> = { high: 0, medium: 1, low: 2 };

/**
 * The contacts a letter goes to, in the order it uses them: mailboxes before web forms, then by
 * how useful the role is for a delivery problem (or in the order of the `roles` given), then by
 * confidence. Stable, so the data's own order breaks ties. A registrar's domain-abuse desk
 * handles domains, not mail: never addressed.
 */
export function letterContacts(contacts: readonly Contact[], roles?: readonly Contact['role'][]): Contact[] {
  // Given roles also give the order, for a letter that wants one desk before another.
  const rank = (role: Contact['role']) => (roles === undefined ? roleRank[role] : roles.indexOf(role));
  return contacts
    .filter((contact) => contact.role !== 'registrar-abuse' && (roles === undefined || roles.includes(contact.role)))
    .sort(
      (a, b) =>
        Number(a.kind !== 'email') - Number(b.kind !== 'email') ||
        rank(a.role) - rank(b.role) ||
        confidenceRank[a.confidence] - confidenceRank[b.confidence],
    );
}

/**
 * The mailboxes to put in `To`, in the order given, each once: two records may name the same
 * mailbox in different case. Comparing whole addresses without case is safe for the role
 * mailboxes the data holds (`postmaster` is case-insensitive by RFC 5321 §4.5.1).
 */
export function emailRecipients(contacts: readonly Contact[]): string[] {
  const seen = new Set<string>();
  return contacts.flatMap((contact) => {
    const key = contact.value.toLowerCase();
    if (contact.kind !== 'email' || seen.has(key)) return [];
    seen.add(key);
    return [contact.value];
  });
}

/** The server's reply as one line: codes first, unless its own words already start with them. */
export function bounceReply(bounce: BounceFacts | null): string | undefined {
  if (bounce === null) return undefined;
  const codes = [bounce.smtpCode, bounce.enhancedCode].filter((code) => code !== undefined).join(' ');
  const { diagnostic } = bounce;
  if (diagnostic === undefined) return codes || undefined;
  const leading = String(bounce.smtpCode ?? bounce.enhancedCode ?? '');
  return codes && !(leading && diagnostic.startsWith(leading)) ? `${codes} ${diagnostic}` : diagnostic;
}

/** The refusing server as a postmaster writes it: `host [ip]`, or whichever of the two is known. */
export function refusingServer(messages: LetterMessages, bounce: BounceFacts | null): string | undefined {
  const host = bounce?.remoteMta;
  const ip = bounce?.remoteIp;
  if (host !== undefined && ip !== undefined) return formatMessage(messages.common.hostWithIp, { host, ip });
  return host ?? ip;
}

/** The text with the recipient's mailbox written `…@domain`. */
function withoutMailbox(text: string, recipient: string): string {
  const local = recipient.slice(0, recipient.lastIndexOf('@'));
  return local === '' ? text : text.replace(new RegExp(`${escapeRegExp(local)}@`, 'gi'), '…@');
}

/**
 * The facts as a network desk is told them: the domain, never the person. Where a letter to it
 * quotes what a server said (the reply, an unread bounce), the recipient's mailbox is `…@domain`.
 * Every letter to a network desk, first or follow-up, is written from these.
 */
export function forNetworkDesk(facts: LetterFacts): LetterFacts {
  const { bounce, bounceQuote, recipient } = facts;
  return {
    ...facts,
    bounce: bounce?.diagnostic === undefined ? bounce : { ...bounce, diagnostic: withoutMailbox(bounce.diagnostic, recipient) },
    bounceQuote: bounceQuote === undefined ? undefined : withoutMailbox(bounceQuote, recipient),
  };
}

/** The facts block's lines about the bounce: what the server said, or that nothing came back. */
function bounceLines(messages: LetterMessages, facts: LetterFacts): (string | undefined)[] {
  const m = messages.facts;
  const { bounce } = facts;
  if (facts.evidence === 'missing') return [m.noBounce];
  // "Quoted below" only where the letter does quote it.
  if (bounce === null) return [facts.bounceQuote === undefined ? m.bounceNotQuoted : m.bounceQuoted];
  const server = refusingServer(messages, bounce);
  const reply = bounceReply(bounce);
  // A bounce without an SMTP reply (a time-out, a deferral) names a server that did not refuse.
  const serverLabel = facts.evidence === 'refused' ? m.refusingServer : m.remoteServer;
  return [
    server === undefined ? undefined : formatMessage(serverLabel, { server }),
    reply === undefined ? undefined : formatMessage(m.reply, { reply }),
    bounce.reference === undefined ? undefined : formatMessage(m.reference, { reference: bounce.reference }),
    bounce.helpUrl === undefined ? undefined : formatMessage(m.helpUrl, { url: bounce.helpUrl }),
    bounce.reportingMta === undefined ? undefined : formatMessage(m.reportingServer, { server: bounce.reportingMta }),
    bounce.messageId === undefined ? undefined : formatMessage(m.messageId, { messageId: bounce.messageId }),
  ];
}

function senderLine(messages: LetterMessages, facts: LetterFacts): string | undefined {
  const { senderName: name, senderAddress: address } = facts;
  const sender =
    name !== undefined && address !== undefined
      ? formatMessage(messages.common.senderNameAddress, { name, address })
      : (address ?? name);
  return sender === undefined ? undefined : formatMessage(messages.facts.sender, { sender });
}

function sendingServersLine(messages: LetterMessages, facts: LetterFacts): string | undefined {
  const found = facts.sendingServers;
  if (found === null) return undefined;
  return formatMessage(messages.facts.sendingServers, {
    domain: found.domain,
    ranges: found.ranges.join(messages.common.listSeparator),
  });
}

/**
 * The block a postmaster or a NOC greps the logs with: one fact a line, only the facts we have.
 * `audience: 'network'` leaves out who sent it and to whom: a network desk searches by address
 * and time, and needs no one's mailbox for that.
 */
export function factsBlock(
  messages: LetterMessages,
  language: Locale,
  facts: LetterFacts,
  audience: 'mailbox' | 'network',
): string {
  const m = messages.facts;
  const { mxServers } = facts;
  const lines = [
    m.intro,
    audience === 'mailbox' ? senderLine(messages, facts) : undefined,
    formatMessage(m.service, { service: serviceLabel(messages, facts.service) }),
    sendingServersLine(messages, facts),
    audience === 'mailbox'
      ? formatMessage(m.recipient, { recipient: facts.recipient })
      : formatMessage(m.recipientDomain, { domain: facts.domain }),
    audience === 'mailbox' && mxServers.length > 0
      ? formatListPlural(m.mxServers, language, mxServers.length, {
          servers: mxServers.join(messages.common.listSeparator),
        })
      : undefined,
    facts.time === undefined ? undefined : formatMessage(m.time, { time: facts.time }),
    ...bounceLines(messages, facts),
  ];
  return lines.filter((line) => line !== undefined).join('\n');
}

/**
 * The end of a letter to a company: how to reach the sender, thanks, and the sign-off. The reply
 * address comes first because the complaint is best sent from another account (the blocked one
 * may meet the same block); the blocked address is still given, as it is the one in the logs.
 */
export function closingParagraphs(messages: LetterMessages, facts: LetterFacts, thanks: string): string[] {
  const { common } = messages;
  const contact =
    facts.senderAddress === undefined
      ? common.contact
      : formatMessage(common.contactWithAddress, { address: facts.senderAddress });
  const signOff = facts.senderName === undefined ? common.signOffAlone : `${common.signOff}\n${facts.senderName}`;
  return [contact, thanks, signOff];
}
