/**
 * ISO 8601 with its UTC offset, to the minute at least: what the form sends (the browser's
 * offset) and what the checklist keeps. Without an offset "14:05" is a different minute in every
 * time zone a postmaster could guess.
 */
const isoWithOffset = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * The day exists: the Date parser accepts 2026-02-30 and makes it 2 March, which a letter or a
 * follow-up would then give as the user's own date.
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * An instant written as ISO 8601 with its offset that names a real day and time (hours to 23,
 * minutes and seconds to 59, an offset to 23:59), from year 1 in UTC: PostgreSQL and
 * `Date.prototype.toISOString` both fail on what lies outside.
 */
export function isIsoInstant(text: string): boolean {
  const match = isoWithOffset.exec(text);
  if (match === null) return false;
  // Year to minute are always there; seconds and the offset's fields are 0 when absent (or Z).
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return false;
  const time = Date.parse(text);
  return !Number.isNaN(time) && new Date(time).getUTCFullYear() >= 1;
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A filter's or a command's "since"/"before": a day (`2026-01-31`, midnight UTC) or an instant with
 * its offset. Null for anything else, a day that does not exist included.
 */
export function parseDayOrInstant(text: string): Date | null {
  const day = isoDay.exec(text);
  if (day !== null) {
    const [year, month, date] = day.slice(1).map(Number) as [number, number, number];
    return year >= 1 && isCalendarDay(year, month, date) ? new Date(`${text}T00:00:00Z`) : null;
  }
  return isIsoInstant(text) ? new Date(text) : null;
}
