import { localeNames, locales, type Locale } from '@/lib/i18n/locales';

interface LanguageSwitcherProps {
  current: Locale;
  label: string;
  /** The page within each language, e.g. `/blocking`; the generator when absent. */
  path?: string;
}

/**
 * Plain links rather than client navigation: each language is its own document with its own
 * `<html lang>` and a fresh CSP nonce.
 */
export function LanguageSwitcher({ current, label, path = '' }: LanguageSwitcherProps) {
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a href={`/${locale}${path}`} hrefLang={locale} lang={locale} aria-current={locale === current ? 'page' : undefined}>
              {localeNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
