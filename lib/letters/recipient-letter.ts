import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';

import { assembleLetter } from './assemble-letter';
import type { LetterFacts } from './letter-facts';
import type { LetterMessages } from './letter-messages';
import { localName } from './local-name';
import type { Letter } from './types';

function recipientParagraphs(messages: LetterMessages, facts: LetterFacts, language: Locale): string[] {
  const m = messages.recipient;
  // A personal note: the service by its plain name, no domain, no technical detail.
  const values = { recipient: facts.recipient, service: facts.service.name, provider: localName(facts.provider, language) };
  return [
    m.greeting,
    formatMessage(m.problem, values),
    formatMessage(m.ask, values),
    facts.senderName === undefined ? m.thanks : `${m.thanks}\n${facts.senderName}`,
  ];
}

/**
 * The short note for the recipient, sent through any channel that still works: their provider
 * refuses the mail, so please complain too or give another address. Their own complaint weighs
 * more with the provider than any stranger's.
 */
export function recipientLetter(facts: LetterFacts, languages: readonly Locale[]): Letter {
  return assembleLetter(
    { id: 'recipient', audience: 'recipient', kind: 'recipient', addresseeName: facts.recipient, to: [facts.recipient], contacts: [] },
    languages,
    (messages, language) => ({
      subject: messages.recipient.subject,
      paragraphs: recipientParagraphs(messages, facts, language),
    }),
  );
}
