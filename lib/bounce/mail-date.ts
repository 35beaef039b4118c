const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 5322 §4.3: the obsolete zone names, in hours from UTC. Military letters other than Z mean nothing. */
const NAMED_ZONES: Record<string, number> = { ut: 0, gmt: 0, z: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7 };

const RFC5322_DATE = /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+([+-]\d{4}|[a-z]{1,3})$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** RFC 5322 §4.3: a two-digit year is 1950–2049, a three-digit one is 1900 + it. */
function fullYear(year: string): number {
  const value = Number(year);
  if (year.length === 2) return value < 50 ? 2000 + value : 1900 + value;
  return year.length === 3 ? 1900 + value : value;
}

function zoneMinutes(zone: string): number | undefined {
  if (/^[+-]\d{4}$/.test(zone)) {
    const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5));
    return zone.startsWith('-') ? -minutes : minutes;
  }
  const hours = NAMED_ZONES[zone.toLowerCase()];
  return hours === undefined ? undefined : hours * 60;
}

function toIso(milliseconds: number): string | undefined {
  if (!Number.isFinite(milliseconds)) return undefined;
  const date = new Date(milliseconds);
  const year = date.getUTCFullYear();
  return year < 1970 || year > 9999 ? undefined : `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * A mail date (RFC 5322 §3.3, with the obsolete forms of §4.3 and the `(MSK)` comments MTAs add)
 * or an ISO 8601 date-time with an offset, as ISO 8601 in UTC (`2023-11-20T11:05:01Z`), or
 * undefined when it is not one. Parsed here rather than by `Date`, whose reading of non-ISO text
 * differs between browsers; a date without a zone is refused rather than guessed.
 */
export function mailDateToIso(value: string | undefined): string | undefined {
  if (value === undefined || value.length > 200) return undefined;
  const text = value
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (ISO_DATE.test(text)) return toIso(Date.parse(text));
  const match = RFC5322_DATE.exec(text);
  if (match === null) return undefined;
  const [, day, monthName, year, hour, minute, second, zone] = match;
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase());
  const offset = zoneMinutes(zone ?? '');
  if (month < 0 || offset === undefined) return undefined;
  const parts = { day: Number(day), hour: Number(hour), minute: Number(minute), second: Math.min(Number(second ?? 0), 59) };
  if (parts.day < 1 || parts.hour > 23 || parts.minute > 59) return undefined;
  const utc = Date.UTC(fullYear(year ?? ''), month, parts.day, parts.hour, parts.minute, parts.second);
  // 31 Feb rolls over into March in Date.UTC: a day the month does not have is not a date.
  if (new Date(utc).getUTCDate() !== parts.day) return undefined;
  return toIso(utc - offset * 60_000);
}
