/*
 * Days in the user's own calendar. A letter marked sent on the evening of 20 November in Brussels
 * was sent on 20 November, whatever UTC says: the dates here are local, and an instant is kept
 * with the offset it was marked at, so that its date reads the same wherever it is read.
 */

const pad = (value: number): string => String(value).padStart(2, '0');

/** `YYYY-MM-DD` of an instant in the browser's time zone. */
export function localDate(instant: Date): string {
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/** An instant as ISO 8601 with the browser's offset, e.g. `2026-11-20T15:05:09+01:00`. */
export function localIsoString(instant: Date): string {
  const east = -instant.getTimezoneOffset();
  const sign = east >= 0 ? '+' : '-';
  const offset = `${sign}${pad(Math.floor(Math.abs(east) / 60))}:${pad(Math.abs(east) % 60)}`;
  const time = `${pad(instant.getHours())}:${pad(instant.getMinutes())}:${pad(instant.getSeconds())}`;
  return `${localDate(instant)}T${time}${offset}`;
}

/** The date part of an ISO 8601 instant, as its own offset reads it. */
export function dateOf(iso: string): string {
  return iso.slice(0, 10);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** An instant as a `datetime-local` field shows it in the browser's time zone (`2026-11-20T15:05`). */
export function localDateTimeOf(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return '';
  return `${localDate(instant)}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}
