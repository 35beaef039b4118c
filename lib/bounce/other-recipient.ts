import { domainToAscii } from '@/lib/address/domain-to-ascii';

import type { BounceFacts } from './types';

/** The mailbox the letters are about: its address as typed, and its domain in ASCII. */
export interface LetterRecipient {
  address: string;
  domain: string;
}

function localPartOf(address: string): string {
  return address.slice(0, address.lastIndexOf('@')).toLowerCase();
}

/**
 * The bounce's recipient when it names another mailbox than the letters' own, else undefined.
 * The letters quote the bounce's server, codes and Message-ID as this message's: a bounce kept
 * from another message would put another delivery's facts before the postmaster. Local parts are
 * compared without case (no provider in this app tells `Ivan` from `ivan`), and domains in ASCII,
 * as a bounce may give a domain in either form.
 */
export function otherBounceRecipient(bounce: BounceFacts | null, recipient: LetterRecipient): string | undefined {
  const named = bounce?.finalRecipient;
  if (named === undefined) return undefined;
  const sameDomain = domainToAscii(named.slice(named.lastIndexOf('@') + 1)) === recipient.domain.toLowerCase();
  return sameDomain && localPartOf(named) === localPartOf(recipient.address) ? undefined : named;
}
