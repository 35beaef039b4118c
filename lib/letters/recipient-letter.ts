import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';

import type { LetterFacts } from './letter-facts';
import type { LetterMessages } from './letter-messages';
import { assembleLetter, bounceReply, localName, type LetterShell } from './letter-parts';
import type { Letter } from './types';

/** What happened, as far as the sender knows it, in a sentence for a person, not a postmaster. */
function whatHappened(messages: LetterMessages, facts: LetterFacts): string {
  const m = messages.recipient;
  const reply = bounceReply(facts.bounce);
  const quoted = reply === undefined ? undefined : formatMessage(messages.common.reply, { reply });
  if (facts.evidence === 'missing') return m.missing;
  if (quoted === undefined) return m.bouncedUnread;
  return formatMessage(facts.evidence === 'refused' ? m.refused : m.bounced, { reply: quoted });
}

/** The three ways of asking the recipient to ask someone, as a letter's messages word them. */
export interface WhomToAskMessages {
  admin: string;
  provider: string;
  providerAt: string;
}

/**
 * Whom the recipient can ask. A domain its own organisation runs (its own servers, or a business
 * service it chose) has a mail administrator who can let the mail through; a consumer mailbox has
 * the provider's support, whose help page is named where we know one.
 */
export function whomToAsk(templates: WhomToAskMessages, facts: LetterFacts, language: Locale): string {
  const service = facts.service.name;
  if (facts.organisationRun) return formatMessage(templates.admin, { service, domain: facts.domain });
  const provider = localName(facts.provider, language);
  return facts.providerHelpUrl === undefined
    ? formatMessage(templates.provider, { service, provider })
    : formatMessage(templates.providerAt, { service, provider, url: facts.providerHelpUrl });
}

/**
 * The note for the recipient, to be sent from another account (the blocked one meets the block):
 * it says so first, says what happened, and asks for the one thing the recipient can do. Their
 * own request weighs more with their provider or administrator than any stranger's.
 */
export function recipientLetter(facts: LetterFacts, languages: readonly Locale[], userLanguage: Locale): Letter {
  const shell: LetterShell = {
    id: 'recipient',
    audience: 'recipient',
    kind: 'recipient',
    addresseeName: facts.recipient,
    to: [facts.recipient],
    contacts: [],
  };
  return assembleLetter(shell, languages, userLanguage, (messages, language) => {
    const m = messages.recipient;
    const service = facts.service.name;
    return {
      subject: m.subject,
      paragraphs: [
        m.greeting,
        formatMessage(m.otherAccount, { service, recipient: facts.recipient }),
        whatHappened(messages, facts),
        facts.announcedServers.length > 0 ? formatMessage(m.announced, { service }) : undefined,
        whomToAsk({ admin: m.askAdmin, provider: m.askProvider, providerAt: m.askProviderAt }, facts, language),
        m.askAddress,
        facts.senderName === undefined ? m.thanks : `${m.thanks}\n${facts.senderName}`,
      ],
    };
  });
}
