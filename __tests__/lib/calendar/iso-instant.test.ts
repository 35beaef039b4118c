import { isCalendarDay, isIsoInstant, parseDayOrInstant } from '@/lib/calendar/iso-instant';

describe('isIsoInstant', () => {
  it.each([
    '2026-11-20T15:05+01:00',
    '2026-11-20T15:05:09+01:00',
    '2026-11-20T14:05:09.123Z',
    '2024-02-29T00:00Z',
    '2026-11-20T23:59:59-03:30',
    '0001-01-01T00:00Z',
  ])('takes %s', (text) => {
    expect(isIsoInstant(text)).toBe(true);
  });

  it.each([
    ['no offset', '2026-11-20T15:05'],
    ['a day alone', '2026-11-20'],
    ['prose', 'March 7, 2026'],
    ['a number', '1'],
    ['a leading space', ' 2026-11-20T15:05Z'],
    ['an expanded year', '+275760-09-13T00:00:00Z'],
    ['30 February', '2026-02-30T10:00:00Z'],
    ['29 February of a common year', '2025-02-29T10:00Z'],
    ['month 13', '2026-13-01T10:00Z'],
    ['hour 24', '2026-11-20T24:00Z'],
    ['minute 60', '2026-11-20T10:60Z'],
    ['second 60', '2026-11-20T10:00:60Z'],
    ['an offset of 24 hours', '2026-11-20T10:00+24:00'],
    ['year 0', '0000-06-01T10:00Z'],
    ['year 1 pushed into year 0 by its offset', '0001-01-01T00:00+01:00'],
  ])('refuses %s', (_, text) => {
    expect(isIsoInstant(text)).toBe(false);
  });
});

describe('isCalendarDay', () => {
  it('knows leap years and month lengths', () => {
    expect([isCalendarDay(2024, 2, 29), isCalendarDay(2100, 2, 29), isCalendarDay(2000, 2, 29), isCalendarDay(2026, 4, 31), isCalendarDay(2026, 12, 31)]).toEqual([
      true,
      false,
      true,
      false,
      true,
    ]);
  });
});

describe('parseDayOrInstant', () => {
  it('reads a day as midnight UTC and an instant with its offset', () => {
    expect(parseDayOrInstant('2026-02-01')).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(parseDayOrInstant('2026-11-01T12:00:00+03:00')).toEqual(new Date('2026-11-01T09:00:00Z'));
  });

  it.each(['2026-02-30', '0000-01-01', 'last week', '2026-11-01T12:00', '2026-11-01T24:00Z', ''])('refuses %j', (text) => {
    expect(parseDayOrInstant(text)).toBeNull();
  });
});
