import { formatMessage } from '@/lib/i18n/format-message';

import type { LetterFacts } from './letter-facts';
import type { LetterMessages } from './letter-messages';

/**
 * The end of a provider or ISP letter: how to reach the sender, thanks, and the sign-off. The
 * reply address comes first because the complaint is best sent from another account (the blocked
 * one may meet the same block); the blocked address is still given, as it is the one in the logs.
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
