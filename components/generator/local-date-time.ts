const pad = (value: number): string => String(value).padStart(2, '0');

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** Minutes east of UTC in `timeZone` at the instant `utcMs` (e.g. +60 for Brussels in winter). */
function zoneOffsetMinutes(timeZone: string, utcMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wallAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wallAsUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * A `datetime-local` value ("2026-11-20T15:05") as ISO 8601 with the UTC offset that `timeZone`
 * (the browser's, unless given) had at that date and time ("2026-11-20T15:05+01:00"): the input
 * has no time zone, and the letters need the instant. Blank gives undefined; a value that is not
 * a local date-time is passed on as it is, for the shared schema to refuse with `bad_time`.
 */
export function localDateTimeToIso(value: string, timeZone?: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const match = localPattern.exec(trimmed);
  if (!match) return trimmed;
  // Asked only for a real date: building a formatter to read the browser's zone costs milliseconds,
  // and most forms leave the field blank.
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [year, month, day, hour, minute, second] = match.slice(1).map((field) => Number(field ?? 0)) as number[];
  const wallAsUtc = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
  // The offset at the wall time, found in two steps so that a date near a DST change reads the
  // offset in force at the instant itself rather than the one a few hours before or after.
  const first = zoneOffsetMinutes(zone, wallAsUtc);
  const east = zoneOffsetMinutes(zone, wallAsUtc - first * 60_000);
  const sign = east >= 0 ? '+' : '-';
  const minutes = Math.abs(east);
  return `${trimmed}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
