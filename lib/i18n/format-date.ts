import type { Locale } from './locales';

// English dates as the rest of the page writes them, day before month ("20 November 2026"): a
// reader anywhere parses it, where "11/20" or "November 20" reads as American.
const intlLocales: Record<Locale, string> = { en: 'en-GB', fr: 'fr', ru: 'ru', de: 'de', nl: 'nl', es: 'es' };

const calendarDate = /^(\d{4})-(\d{2})-(\d{2})$/;

// Building a formatter costs far more than formatting with one (ICU loads the locale's patterns),
// and a checklist formats a date on every card: one formatter per language and form, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function calendarFormatter(locale: Locale, year: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${year}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocales[locale], {
      day: 'numeric',
      month: 'long',
      ...(year ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Builds and keeps each language's full-date formatter (the one the results use), so that the
 * first date shown later costs no more than any other: the other formatters of the page are cheap
 * once one exists. A page's first calendar formatter makes the browser load ICU's date data:
 * 14–20 ms on the bench's 2-CPU machine (4 loads in one sitting), even after the page had used
 * Intl elsewhere.
 */
export function prepareCalendarFormatters(locales: readonly Locale[]): void {
  for (const locale of locales) calendarFormatter(locale, true).formatToParts(0);
}

/**
 * A calendar date (`YYYY-MM-DD`) as a reader of `locale` writes it: "20 November 2026",
 * «20 ноября 2026 г.», "20. November 2026". A date is a day in the user's own calendar, with no
 * time zone: it is formatted as UTC so that no zone can move it to the day before.
 * `year: false` leaves the year out ("20 November"), for a date in the current year.
 */
export function formatCalendarDate(date: string, locale: Locale, { year = true }: { year?: boolean } = {}): string {
  const match = calendarDate.exec(date);
  if (!match) return date;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const parts = calendarFormatter(locale, year).formatToParts(new Date(Date.UTC(y, m - 1, d)));
  // French writes the first of the month as an ordinal («1er décembre»); Intl gives «1 décembre».
  return parts.map(({ type, value }) => (locale === 'fr' && type === 'day' && value === '1' ? '1er' : value)).join('');
}
