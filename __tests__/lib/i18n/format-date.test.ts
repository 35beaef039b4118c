import { formatCalendarDate, prepareCalendarFormatters } from '@/lib/i18n/format-date';

// ICU versions differ in the space they put before «г.» (plain, no-break or narrow no-break): the
// tests read every space as one.
const spaced = (text: string) => text.replace(/\s/gu, ' ');

describe('formatCalendarDate', () => {
  it.each([
    ['en', '20 November 2026'],
    ['ru', '20 ноября 2026 г.'],
    ['de', '20. November 2026'],
    ['fr', '20 novembre 2026'],
    ['nl', '20 november 2026'],
    ['es', '20 de noviembre de 2026'],
  ] as const)('writes a date as a reader of %s does', (locale, expected) => {
    expect(spaced(formatCalendarDate('2026-11-20', locale))).toBe(expected);
  });

  it('writes the first of the month as an ordinal in French', () => {
    expect(formatCalendarDate('2026-12-01', 'fr')).toBe('1er décembre 2026');
  });

  it('leaves the year out when asked', () => {
    expect(formatCalendarDate('2026-11-20', 'en', { year: false })).toBe('20 November');
  });

  it('keeps the day whatever the time zone (a date has none)', () => {
    expect(formatCalendarDate('2026-01-01', 'en')).toBe('1 January 2026');
  });

  it('gives back what is not a calendar date as it came', () => {
    expect(formatCalendarDate('yesterday', 'en')).toBe('yesterday');
  });

  it('formats the same after its formatters were prepared, with or without the year', () => {
    prepareCalendarFormatters(['ru', 'en']);
    expect(spaced(formatCalendarDate('2026-11-20', 'ru'))).toBe('20 ноября 2026 г.');
    expect(spaced(formatCalendarDate('2026-11-20', 'ru', { year: false }))).toBe('20 ноября');
    expect(formatCalendarDate('2026-11-20', 'en')).toBe('20 November 2026');
  });
});
