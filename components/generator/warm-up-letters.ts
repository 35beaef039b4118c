import { handOffLetter } from '@/lib/handoff/hand-off-letter';
import type { Locale } from '@/lib/i18n/locales';

import { loadResolverParts } from './letter-form-resolver';
import { loadEngine } from './use-letters';

/**
 * A sample that takes the whole pipeline: a Russian provider's domain (ISP letters, the network
 * table, Russian letters beside the page's language). Never sent anywhere, never shown.
 */
const sample = { recipient: 'postmaster@mail.ru', senderService: 'mailfence' };

/**
 * Writes and hands off the letters of a sample address once, and throws them away. V8 compiles
 * each function on its first call and Intl builds its rules on first use; without this, the
 * visitor's first click would pay for both (bench/RESULTS.md, "The first click"). Run in an idle
 * moment after the engine has arrived, that is, only for a visitor who touched the form: a reader
 * who never does runs none of it.
 */
export async function warmUpLetters(locale: Locale): Promise<void> {
  const [{ letterRequestSchema }, { composeLetters }] = await Promise.all([loadResolverParts(), loadEngine()]);
  const request = letterRequestSchema.parse(sample);
  for (const letter of composeLetters(request, locale, { bounce: null }).letters) handOffLetter(letter);
}
