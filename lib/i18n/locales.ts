/**
 * The one list of languages. The UI and the letters are separate choices, but both draw from this
 * list: adding a language is one entry here plus one messages file per part (`messages/ui`,
 * `messages/letters`), and the message tests say what is missing.
 */
export const locales = ['en', 'fr', 'ru', 'de', 'nl', 'es'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

/** Each language's own name for itself, for the language switcher and the letter-language choice. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  de: 'Deutsch',
  nl: 'Nederlands',
  es: 'Español',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
