import { defaultLocale, type Locale } from '@/lib/i18n/locales';
import type { Resolution } from '@/lib/resolve/types';

import { ispLetter } from './isp-letter';
import { letterFacts } from './letter-facts';
import { providerLetter } from './provider-letter';
import { recipientLetter } from './recipient-letter';
import type { Letter, SenderFacts } from './types';

/**
 * Every letter for one recipient: the provider's, one per ISP that has a mailbox to write to (an
 * ISP without a sourced address gets no letter, rather than a guessed one), and the note for the
 * recipient. `languages` gives the parts of each letter in order; repeats are dropped, and an
 * empty list falls back on the default locale so that no letter is ever empty.
 */
export function buildLetters(resolution: Resolution, sender: SenderFacts, languages: readonly Locale[]): Letter[] {
  const unique = [...new Set(languages)];
  const parts = unique.length > 0 ? unique : [defaultLocale];
  const facts = letterFacts(resolution, sender);
  const ispLetters = resolution.isps
    .map((isp) => ispLetter(isp, facts, parts))
    .filter((letter) => letter.to.length > 0);
  return [providerLetter(resolution.provider, facts, parts), ...ispLetters, recipientLetter(facts, parts)];
}
