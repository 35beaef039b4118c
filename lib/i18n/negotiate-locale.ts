import { headerWeight } from '@/lib/http/header-weight';

import { defaultLocale, isLocale, locales, type Locale } from './locales';

/**
 * Picks the best UI language from an Accept-Language header (RFC 9110 §12.5.4): the highest
 * q-value wins, ties keep the header's order, `fr-CA` matches `fr`, `q=0` means "not this one",
 * and `*` stands for every language the header does not name (the default first). A weight that
 * is not a qvalue (`q=1.5`, `q=abc`) counts as 0, and `Q=` is read as `q=`. Anything unreadable
 * falls back to the default rather than failing the request.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const entries = acceptLanguage.split(',').map((entry, index) => {
    const [range = '', ...params] = entry.trim().split(';');
    return { language: range.trim().toLowerCase().split('-')[0] ?? '', q: headerWeight(params), index };
  });
  const named = new Set(entries.map((entry) => entry.language));
  const unnamed = [defaultLocale, ...locales].find((locale) => !named.has(locale));
  return (
    entries
      .filter((entry) => entry.q > 0)
      .sort((a, b) => b.q - a.q || a.index - b.index)
      .map((entry) => (entry.language === '*' ? unnamed : entry.language))
      .find((language): language is Locale => language !== undefined && isLocale(language)) ?? defaultLocale
  );
}
