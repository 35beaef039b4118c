import { formatCalendarDate } from '@/lib/i18n/format-date';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { ResolvedProvider } from '@/lib/resolve/types';

import type { LetterFacts } from './letter-facts';
import { formatListPlural, formatPlural, type LetterMessages } from './letter-messages';
import {
  assembleLetter,
  closingParagraphs,
  emailRecipients,
  factsBlock,
  letterContacts,
  localName,
  serviceLabel,
  type LetterShell,
} from './letter-parts';
import type { Letter } from './types';

/**
 * Whether the letter speaks of a block: for a recipient in Russia or on an announced server, it
 * adds the service's notice and one short paragraph of why it matters. Anywhere else it is a
 * neutral delivery report that claims nothing about the service being blocked.
 */
export type ProviderLetterTone = 'blocking' | 'delivery-report';

const intro = { refused: 'introRefused', bounced: 'introBounced', missing: 'introMissing' } as const;

/** What to ask, from what the sender knows: a refused message has a reason; a lost one needs the logs. */
function ask(messages: LetterMessages, facts: LetterFacts): string[] {
  const m = messages.provider;
  const service = facts.service.name;
  const recipient = facts.recipient;
  if (facts.evidence === 'refused') return [formatMessage(m.askRefused, { service })];
  if (facts.evidence === 'bounced') return [formatMessage(m.askBounced, { service })];
  const logs =
    facts.time === undefined
      ? formatMessage(m.askMissing, { service, recipient })
      : formatMessage(m.askMissingAt, { service, recipient, time: facts.time });
  // Only when nothing came back: a server that bounced the mail already refused it openly. The
  // plea to refuse openly comes before the request for the logs, so the letter ends on a question.
  return [m.refuseOpenly, logs];
}

/**
 * The recipient's mailbox, and whose it is when that says something the address does not: a
 * consumer provider (bk.ru at Mail.ru) or a hosting one (a company at Yandex 360). A domain that
 * runs its own mail would only be named twice.
 */
export function recipientMailbox(messages: LetterMessages, facts: LetterFacts, providerName: string): string {
  if (facts.ownDomain) return facts.recipient;
  return formatMessage(messages.provider.mailboxAt, { recipient: facts.recipient, provider: providerName });
}

function providerParagraphs(
  messages: LetterMessages,
  language: Locale,
  facts: LetterFacts,
  providerName: string,
  tone: ProviderLetterTone,
): (string | undefined)[] {
  const m = messages.provider;
  const service = serviceLabel(messages, facts.service);
  const name = facts.service.name;
  const announced = tone === 'blocking' && facts.announcedServers.length > 0;
  return [
    m.greeting,
    formatMessage(m[intro[facts.evidence]], { service, mailbox: recipientMailbox(messages, facts, providerName) }),
    factsBlock(messages, language, facts, 'mailbox'),
    // A bounce we could not read is quoted as it came: its codes and wording are what the
    // postmaster looks up.
    facts.bounceQuote,
    announced
      ? formatListPlural(m.announced, language, facts.announcedServers.length, {
          service: name,
          servers: facts.announcedServers.join(messages.common.listSeparator),
        })
      : undefined,
    ...facts.reported.map(({ host, count, since }) =>
      formatPlural(m.reported, language, count, { host, service: name, count, since: formatCalendarDate(since, language) }),
    ),
    facts.note,
    // The why comes before the question, so that the letter ends on what the desk can answer.
    tone === 'blocking' ? formatMessage(m.advocacy, { service: name }) : undefined,
    ...ask(messages, facts),
    ...closingParagraphs(messages, facts, m.thanks),
  ];
}

/**
 * The postmaster-grade letter to the recipient's mail provider: what happened, the facts to grep
 * the logs with, and a question the desk can answer. Its mailboxes go in `to`; its web forms stay
 * in `contacts`, so that the card offers the form and the letter is the text to paste there.
 */
export function providerLetter(
  provider: ResolvedProvider,
  facts: LetterFacts,
  tone: ProviderLetterTone,
  languages: readonly Locale[],
  userLanguage: Locale,
): Letter {
  const contacts = letterContacts(provider.contacts);
  const shell: LetterShell = {
    id: 'provider',
    audience: 'provider',
    kind: 'provider',
    addresseeName: provider.name,
    ...(provider.nameRu === undefined ? {} : { addresseeNameRu: provider.nameRu }),
    to: emailRecipients(contacts),
    contacts,
  };
  return assembleLetter(shell, languages, userLanguage, (messages, language) => ({
    subject: formatMessage(facts.evidence === 'refused' ? messages.provider.subjectRefused : messages.provider.subjectNotDelivered, {
      service: serviceLabel(messages, facts.service),
      domain: facts.domain,
    }),
    paragraphs: providerParagraphs(messages, language, facts, localName(provider, language), tone),
  }));
}
