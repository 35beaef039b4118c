import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { ResolvedProvider } from '@/lib/resolve/types';

import { assembleLetter } from './assemble-letter';
import { closingParagraphs } from './closing-paragraphs';
import { emailRecipients } from './email-recipients';
import type { LetterFacts } from './letter-facts';
import type { LetterMessages } from './letter-messages';
import { localName } from './local-name';
import { orderContacts } from './order-contacts';
import { serviceLabel } from './service-label';
import type { Letter } from './types';

function senderLine(messages: LetterMessages, facts: LetterFacts): string | undefined {
  const { senderName: name, senderAddress: address } = facts;
  if (name !== undefined && address !== undefined) {
    return formatMessage(messages.common.senderNameAddress, { name, address });
  }
  return address ?? name;
}

/** The block a postmaster greps the logs with: one fact a line, only the facts we have. */
function factsBlock(messages: LetterMessages, facts: LetterFacts): string {
  const m = messages.provider;
  const sender = senderLine(messages, facts);
  const lines = [
    m.factsIntro,
    sender === undefined ? undefined : formatMessage(m.factSender, { sender }),
    formatMessage(m.factService, { service: serviceLabel(messages, facts.service) }),
    formatMessage(m.factRecipient, { recipient: facts.recipient }),
    facts.servers.length === 0
      ? undefined
      : formatMessage(m.factServers, { servers: facts.servers.join(messages.common.listSeparator) }),
    facts.failedAt === undefined ? undefined : formatMessage(m.factTime, { failedAt: facts.failedAt }),
    facts.bounce === undefined ? m.factNoBounce : m.factBounce,
  ];
  return lines.filter((line) => line !== undefined).join('\n');
}

function providerParagraphs(messages: LetterMessages, facts: LetterFacts, providerName: string): string[] {
  const m = messages.provider;
  // The domain goes where a postmaster reads for facts; elsewhere the plain name reads better.
  const service = serviceLabel(messages, facts.service);
  const name = facts.service.name;
  const announced = facts.announcedServers.join(messages.common.listSeparator);
  const paragraphs = [
    m.greeting,
    formatMessage(m.intro, { service, recipient: facts.recipient, provider: providerName }),
    factsBlock(messages, facts),
    // The bounce is quoted as it came: its codes and wording are what the postmaster looks up.
    facts.bounce,
    facts.announcedServers.length === 0 ? undefined : formatMessage(m.knownBlocked, { service: name, servers: announced }),
    facts.note,
    formatMessage(m.harm, { service: name }),
    formatMessage(m.ask, { service }),
    ...closingParagraphs(messages, facts, m.thanks),
  ];
  return paragraphs.filter((paragraph) => paragraph !== undefined);
}

/**
 * The postmaster-grade letter to the recipient's mail provider: the technical facts first, then
 * what the block does to people and what is asked. Its mailboxes go in `to`; its web forms stay in
 * `contacts`, so that the card offers the form and the letter is the text to paste there.
 */
export function providerLetter(provider: ResolvedProvider, facts: LetterFacts, languages: readonly Locale[]): Letter {
  const contacts = orderContacts(provider.contacts);
  return assembleLetter(
    { id: 'provider', audience: 'provider', kind: 'provider', addresseeName: provider.name, to: emailRecipients(contacts), contacts },
    languages,
    (messages, language) => ({
      subject: formatMessage(messages.provider.subject, {
        service: serviceLabel(messages, facts.service),
        domain: facts.domain,
      }),
      paragraphs: providerParagraphs(messages, facts, localName(provider, language)),
    }),
  );
}
