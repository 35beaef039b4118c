import type { Isp } from '@/lib/data/schema';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';

import { assembleLetter } from './assemble-letter';
import { closingParagraphs } from './closing-paragraphs';
import { emailRecipients } from './email-recipients';
import type { LetterFacts } from './letter-facts';
import type { LetterMessages } from './letter-messages';
import { localName } from './local-name';
import { orderContacts } from './order-contacts';
import { serviceLabel } from './service-label';
import type { Letter } from './types';

function whatFails(messages: LetterMessages, facts: LetterFacts, service: string): string {
  const m = messages.isp;
  const values = { service, recipient: facts.recipient, domain: facts.domain };
  const sentence =
    facts.servers.length === 0
      ? formatMessage(m.facts, values)
      : formatMessage(m.factsServers, { ...values, servers: facts.servers.join(messages.common.listSeparator) });
  return facts.failedAt === undefined
    ? sentence
    : `${sentence} ${formatMessage(m.lastAttempt, { failedAt: facts.failedAt })}`;
}

function ispParagraphs(messages: LetterMessages, facts: LetterFacts, ispName: string): string[] {
  const m = messages.isp;
  const service = facts.service.name;
  const paragraphs = [
    m.greeting,
    formatMessage(m.intro, { isp: ispName }),
    whatFails(messages, facts, serviceLabel(messages, facts.service)),
    m.honesty,
    facts.note,
    formatMessage(m.harm, { service }),
    formatMessage(m.ask, { service }),
    ...closingParagraphs(messages, facts, m.thanks),
  ];
  return paragraphs.filter((paragraph) => paragraph !== undefined);
}

/**
 * The advocacy letter to one ISP. ISPs carry the traffic but do not refuse the mail (the receiving
 * servers do), so the letter says so plainly and asks them to stay out of the blocking and press
 * for its end, rather than opening a ticket they cannot act on.
 */
export function ispLetter(isp: Isp, facts: LetterFacts, languages: readonly Locale[]): Letter {
  const contacts = orderContacts(isp.contacts);
  return assembleLetter(
    { id: `isp-${isp.id}`, audience: 'isp', kind: 'isp-network', addresseeName: isp.name, to: emailRecipients(contacts), contacts },
    languages,
    (messages, language) => ({
      subject: formatMessage(messages.isp.subject, { service: serviceLabel(messages, facts.service) }),
      paragraphs: ispParagraphs(messages, facts, localName(isp, language)),
    }),
  );
}
