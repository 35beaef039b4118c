import { formatMessage } from '@/lib/i18n/format-message';

import type { LetterMessages } from './letter-messages';
import type { SenderService } from './sender-service';

/**
 * How a letter names the sender's service: with its domain when we know it ("Mailfence
 * (mailfence.com)"), because a postmaster searches the logs by domain, not by brand.
 */
export function serviceLabel(messages: LetterMessages, service: SenderService): string {
  return service.domain === null
    ? service.name
    : formatMessage(messages.common.serviceWithDomain, { service: service.name, domain: service.domain });
}
