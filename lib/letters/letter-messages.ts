import de from '@/messages/letters/de.json';
import en from '@/messages/letters/en.json';
import es from '@/messages/letters/es.json';
import fr from '@/messages/letters/fr.json';
import nl from '@/messages/letters/nl.json';
import ru from '@/messages/letters/ru.json';
import { formatMessage, type MessageValues } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';

/** The shape of one language's letter texts; English is the reference every language must match. */
export type LetterMessages = typeof en;

/**
 * A text that changes with a count: one form per CLDR plural category the language uses (English
 * has `one` and `other`, Russian adds `few` and `many`). The message test checks that each
 * language has exactly the categories `Intl.PluralRules` gives it.
 */
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

// Typed as a full record so that a language missing a message fails the type check as well as
// the message test (which reads the JSON files themselves, as a translator would edit them).
const catalogs: Record<Locale, LetterMessages> = { en, fr, ru, de, nl, es };

/**
 * The letter texts for one language. All six are bundled: together they weigh a few kilobytes,
 * less than a round trip to fetch one lazily when the user switches the letter language.
 */
export function letterMessages(locale: Locale): LetterMessages {
  return catalogs[locale];
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The form of `message` for `count` in `language`, with its placeholders filled. */
export function formatPlural(message: PluralMessage, language: Locale, count: number, values: MessageValues): string {
  let rules = pluralRules.get(language);
  if (rules === undefined) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return formatMessage(message[rules.select(count)] ?? message.other, values);
}

/**
 * The form of `message` for a list of `count` items it names without printing their number:
 * singular for one item, plural for more. The number's own form does not apply: Russian puts 21
 * in its singular ("21 сервер"), but 21 servers listed after a label are «серверы».
 */
export function formatListPlural(message: PluralMessage, language: Locale, count: number, values: MessageValues): string {
  return formatPlural(message, language, count === 1 ? 1 : 2, values);
}
