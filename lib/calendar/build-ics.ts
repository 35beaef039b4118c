import { CONTROL_CHAR } from '@/lib/address/characters';
import { toWellFormed } from '@/lib/handoff/to-well-formed';

/*
 * A one-event iCalendar file (RFC 5545), written here rather than with a library: `ics` 3.12
 * (the generator that runs on Node 20) folds lines at 75 characters, not octets, so a Russian
 * line reaches 150 octets, and it brings yup and nanoid to the browser; `ical-generator` 11 needs
 * Node 22. What a reminder needs is fifty lines, tested against ical.js, a real parser.
 */

/** An all-day reminder: a VEVENT on one date, with an alarm that morning. */
export interface AllDayReminder {
  /** Globally unique (RFC 5545 §3.8.4.7): the same UID again updates the event rather than adding one. */
  uid: string;
  /** When the file was written (DTSTAMP, in UTC). */
  stamp: Date;
  /** The day, `YYYY-MM-DD`, in the user's own calendar: an all-day date has no time zone. */
  date: string;
  summary: string;
  description: string;
  /** An absolute http(s) URL back to the page, or null when the site's address is not known. */
  url: string | null;
}

// RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break.
const maxLineOctets = 75;

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const controlChars = new RegExp(CONTROL_CHAR.source, 'g');

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * A content line folded at 75 octets (RFC 5545 §3.1): CRLF and one space before each
 * continuation, whose space counts in its 75. A line is cut between code points only, so no UTF-8
 * sequence is ever split across two lines.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const length = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + length > maxLineOctets) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += length;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line break as
 * `\n`; other control characters, which TEXT may not hold (§3.3.11 TSAFE-CHAR), become spaces.
 */
export function escapeText(text: string): string {
  return toWellFormed(text)
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(controlChars, ' ');
}

function icsDate(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  // Date reads 2026-02-30 as 2 March: a real date is one that comes back as it went in.
  const real = datePattern.test(date) && !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === date;
  if (!real) throw new RangeError(`not a date: ${date}`);
  return date.replaceAll('-', '');
}

/** The day after `date`: an all-day event's DTEND is exclusive (RFC 5545 §3.6.1). */
function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A URI value is not TEXT and is not escaped: it must be absolute and hold no white space at all. */
function absoluteUrl(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (parsed === null || !/^https?:$/.test(parsed.protocol) || /\s/.test(url)) throw new RangeError(`not an absolute URL: ${url}`);
  return url;
}

/**
 * The reminder as an .ics file: VCALENDAR with one VEVENT (UID, DTSTAMP, an all-day DTSTART and
 * DTEND, SUMMARY, DESCRIPTION, URL when known) and a display alarm at 09:00 that day. Lines end
 * with CRLF and are folded at 75 octets. Throws a RangeError for a malformed date or URL.
 */
export function buildIcs(reminder: AllDayReminder): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Unblock Mail//Reminder//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${escapeText(reminder.uid)}`,
    `DTSTAMP:${utcStamp(reminder.stamp)}`,
    `DTSTART;VALUE=DATE:${icsDate(reminder.date)}`,
    `DTEND;VALUE=DATE:${icsDate(nextDay(reminder.date))}`,
    `SUMMARY:${escapeText(reminder.summary)}`,
    `DESCRIPTION:${escapeText(reminder.description)}`,
    ...(reminder.url === null ? [] : [`URL:${absoluteUrl(reminder.url)}`]),
    // A reminder should not make the user look busy all day.
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(reminder.summary)}`,
    // Relative to the start of the all-day date: 09:00 in the user's own time zone.
    'TRIGGER:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
