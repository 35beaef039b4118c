import { formatCalendarDate } from '@/lib/i18n/format-date';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import { hostsInNetwork } from '@/lib/resolve/hosts-in-network';
import type { Resolution } from '@/lib/resolve/types';

import { hostList } from './isp-letters';
import type { LetterFacts } from './letter-facts';
import { formatListPlural, type LetterMessages } from './letter-messages';
import { assembleLetter, closingParagraphs, factsBlock, forNetworkDesk, localName, serviceLabel, type LetterShell } from './letter-parts';
import { recipientMailbox } from './provider-letter';
import { whomToAsk } from './recipient-letter';
import { followUpVariantsFor, type FollowUpVariant, type Letter, type LetterKind } from './types';

/*
 * The letter that follows one already sent, from the same facts. It names the first letter by its
 * date and subject (we never see its Message-ID, so it cannot be threaded by In-Reply-To), and asks
 * the one question that letter asked, again: after silence, or after a form reply that left it
 * open. The note to the recipient gets only a gentle reminder: a person sends no form replies.
 */

/** What the follow-up is written from: the set of letters and what they were written from. */
export interface FollowUpContext {
  resolution: Resolution;
  facts: LetterFacts;
  letters: readonly Letter[];
}

export interface FollowUpOf {
  /** The first letter's id in its set (`provider`, `isp-network-rostelecom`, …). */
  letterId: string;
  /** The day it was sent, `YYYY-MM-DD`, in the sender's own calendar. */
  sentOn: string;
  variant: FollowUpVariant;
}

/** The first letter's question, asked again, as the desk it went to can answer it. */
function question(messages: LetterMessages, language: Locale, context: FollowUpContext, letter: Letter): string {
  const m = messages.followUp;
  const { facts } = context;
  if (letter.kind === 'isp-network') {
    const isp = context.resolution.isps.find(({ id }) => letter.id === `isp-network-${id}`);
    const hosts = isp === undefined ? [] : hostsInNetwork(isp, context.resolution.mx);
    const hostCount = new Set(hosts.map(({ host }) => host)).size;
    // As the first letter named it: with its domain, which a network desk filters on.
    const service = serviceLabel(messages, facts.service);
    return formatListPlural(m.askNetwork, language, hostCount, { service, hosts: hostList(messages, hosts) });
  }
  const service = facts.service.name;
  if (letter.kind === 'isp-feedback') return formatMessage(m.askFeedback, { service });
  const mailbox = recipientMailbox(messages, facts, localName(facts.provider, language));
  if (facts.evidence === 'refused') return formatMessage(m.askRefused, { service, mailbox });
  if (facts.evidence === 'bounced') return formatMessage(m.askBounced, { service, mailbox });
  const values = { service, recipient: facts.recipient };
  return facts.time === undefined ? formatMessage(m.askMissing, values) : formatMessage(m.askMissingAt, { ...values, time: facts.time });
}

/** The greeting and thanks of the desk the first letter went to. */
function deskMessages(messages: LetterMessages, kind: LetterKind): { greeting: string; thanks: string } {
  if (kind === 'isp-network') return messages.ispNetwork;
  if (kind === 'isp-feedback') return messages.ispFeedback;
  return messages.provider;
}

function companyParagraphs(
  messages: LetterMessages,
  language: Locale,
  context: FollowUpContext,
  letter: Letter,
  { variant, date, subject }: { variant: FollowUpVariant; date: string; subject: string },
): (string | undefined)[] {
  const m = messages.followUp;
  const { facts } = context;
  const desk = deskMessages(messages, letter.kind);
  return [
    desk.greeting,
    formatMessage(variant === 'form-reply' ? m.formReply : m.noAnswer, { date, subject }),
    // The facts again, so that a desk that lost the first letter can still search its logs.
    letter.kind === 'provider' ? factsBlock(messages, language, facts, 'mailbox') : undefined,
    letter.kind === 'isp-network' ? factsBlock(messages, language, forNetworkDesk(facts), 'network') : undefined,
    question(messages, language, context, letter),
    m.ticket,
    ...closingParagraphs(messages, facts, desk.thanks),
  ];
}

/** The recipient's reminder: what the first note was about, and what it asked them, gently. */
function recipientParagraphs(messages: LetterMessages, language: Locale, facts: LetterFacts, dated: { date: string; subject: string }): string[] {
  const m = messages.followUp;
  const { thanks } = messages.recipient;
  return [
    messages.recipient.greeting,
    formatMessage(m.recipientIntro, { ...dated, service: facts.service.name }),
    whomToAsk({ admin: m.recipientAskAdmin, provider: m.recipientAskProvider, providerAt: m.recipientAskProviderAt }, facts, language),
    m.recipientAddress,
    facts.senderName === undefined ? thanks : `${thanks}\n${facts.senderName}`,
  ];
}

/**
 * The follow-up of one letter of the set, in the same languages and to the same desk, or null
 * when the set has no letter of that id or the variant does not fit it. Its subject is the first
 * one's, prefixed in each language ("Повторно: …" / "Follow-up: …").
 */
export function followUpLetter(context: FollowUpContext, followUpOf: FollowUpOf, userLanguage: Locale): Letter | null {
  const letter = context.letters.find(({ id }) => id === followUpOf.letterId);
  if (letter === undefined || !followUpVariantsFor(letter.kind).includes(followUpOf.variant)) return null;
  const { parts } = letter;
  const shell: LetterShell = {
    id: `${letter.id}-follow-up`,
    audience: letter.audience,
    kind: letter.kind,
    addresseeName: letter.addresseeName,
    ...(letter.addresseeNameRu === undefined ? {} : { addresseeNameRu: letter.addresseeNameRu }),
    to: letter.to,
    contacts: letter.contacts,
  };
  return assembleLetter(
    shell,
    parts.map(({ language }) => language),
    userLanguage,
    (messages, language) => {
      const first = parts.find((part) => part.language === language)?.subject ?? letter.subject;
      const { facts } = context;
      const dated = { date: formatCalendarDate(followUpOf.sentOn, language), subject: first };
      const paragraphs =
        letter.kind === 'recipient'
          ? recipientParagraphs(messages, language, facts, dated)
          : companyParagraphs(messages, language, context, letter, { variant: followUpOf.variant, ...dated });
      return { subject: formatMessage(messages.followUp.subject, { subject: first }), paragraphs };
    },
  );
}
