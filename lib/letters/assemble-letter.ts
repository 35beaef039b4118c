import type { Locale } from '@/lib/i18n/locales';

import { letterMessages, type LetterMessages } from './letter-messages';
import type { Letter, LetterPart } from './types';

/** A letter before its words: who it is for and where it goes. */
export type LetterShell = Omit<Letter, 'subject' | 'parts' | 'shortBody'>;

/** One language's subject and paragraphs, written by an audience's builder. */
export type WritePart = (messages: LetterMessages, language: Locale) => Omit<LetterPart, 'language'>;

/**
 * Puts one letter together from its parts, one per language in the order given (the primary
 * language first). The subject and the short body carry every language, so a reader who knows
 * only the second one still sees what the mail is about.
 */
export function assembleLetter(shell: LetterShell, languages: readonly Locale[], writePart: WritePart): Letter {
  const parts = languages.map((language) => ({ language, ...writePart(letterMessages(language), language) }));
  return {
    ...shell,
    subject: parts.map((part) => part.subject).join(' / '),
    parts,
    shortBody: languages.map((language) => letterMessages(language).common.shortBody).join('\n'),
  };
}
