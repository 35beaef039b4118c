import type { UiMessages } from '@/lib/i18n/get-dictionary';
import type { Locale } from '@/lib/i18n/locales';

/** The slice of the UI texts the data page's parts read (server components: nothing reaches the browser). */
export interface DataPageMessages {
  /** The page's language: dates are written as its readers write them. */
  locale: Locale;
  punctuation: UiMessages['punctuation'];
  page: UiMessages['dataPage'];
  sourceFrom: UiMessages['card']['sourceFrom'];
  announcementSource: UiMessages['results']['blockedSource'];
}

/**
 * Notes in the records are written in English, as data; on a page in another language they carry
 * `lang="en"` so that a screen reader reads them with English rules.
 */
export const notesLang = (locale: string): 'en' | undefined => (locale === 'en' ? undefined : 'en');
