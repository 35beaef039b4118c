import fc from 'fast-check';
import ICAL from 'ical.js';

import { buildIcs, escapeText, foldLine, type AllDayReminder } from '@/lib/calendar/build-ics';

const octets = (text: string) => new TextEncoder().encode(text).length;

const reminder: AllDayReminder = {
  uid: 'c0ffee42@unblock-mail',
  stamp: new Date('2026-11-20T14:05:09.123Z'),
  date: '2026-12-04',
  summary: 'Повторно: жалоба для olga@bk.ru',
  description: 'Письма, отмеченные как отправленные:\n- Mail.ru, 20 ноября 2026: Почта от Mailfence (mailfence.com) на bk.ru отклонена\n- МТС; МегаФон, Ростелеком\\',
  url: 'https://unblock.example/ru#to=olga%40bk.ru&lang=ru%2Cen',
};

/** The file as ical.js, a real iCalendar parser, reads it: its one event. */
function parseEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent');
  if (event === null) throw new Error('no VEVENT');
  return { calendar, event };
}

describe('buildIcs', () => {
  it('writes a VCALENDAR whose one VEVENT a parser reads back field by field', () => {
    const { calendar, event } = parseEvent(buildIcs(reminder));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Unblock Mail//Reminder//EN');
    expect(event.getFirstPropertyValue('uid')).toBe(reminder.uid);
    expect(event.getFirstPropertyValue('summary')).toBe(reminder.summary);
    expect(event.getFirstPropertyValue('description')).toBe(reminder.description);
    expect(event.getFirstPropertyValue('url')).toBe(reminder.url);
    expect(String(event.getFirstPropertyValue('dtstamp'))).toBe('2026-11-20T14:05:09Z');
  });

  it('makes the reminder an all-day event on the follow-up date, with an alarm that day', () => {
    const { event } = parseEvent(buildIcs(reminder));
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-12-04');
    expect(end.toString()).toBe('2026-12-05');
    const alarm = event.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('PT9H');
  });

  it('ends every line with CRLF, no line longer than 75 octets', () => {
    const ics = buildIcs({ ...reminder, description: 'Ж'.repeat(400) });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('leaves the URL out when the site’s address is not known', () => {
    const ics = buildIcs({ ...reminder, url: null });
    expect(ics).not.toMatch(/^URL/m);
    expect(parseEvent(ics).event.getFirstPropertyValue('url')).toBeNull();
  });

  it.each([['/ru#to=olga'], ['javascript:alert(1)'], ['https://unblock.example/ru#to=a\r\nATTENDEE:x']])(
    'refuses %j as a URL: it must be absolute http(s) and on one line',
    (url) => {
      expect(() => buildIcs({ ...reminder, url })).toThrow(RangeError);
    },
  );

  it.each([['2026-02-30'], ['2026-13-01'], ['20261204'], ['2026-12-04T00:00']])('refuses %j as a date', (date) => {
    expect(() => buildIcs({ ...reminder, date })).toThrow(RangeError);
  });

  it('reads back any summary and description exactly, whatever they hold', () => {
    // Graphemes of every script, and what TEXT must escape or cannot hold, mixed.
    const unit = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), fc.constantFrom('\\', ';', ',', '\r\n', '\r', '\n', '\t', '\u0000', '\u001b', '\ud800'));
    const text = fc.array(unit, { maxLength: 200, size: 'max' }).map((units) => units.join(''));
    // Line breaks come back as LF (TEXT has one escape for them), lone surrogates as U+FFFD, and the
    // control characters TEXT may not hold as spaces.
    const expected = (value: string) =>
      value
        .replace(/\r\n|\r/g, '\n')
        .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
    fc.assert(
      fc.property(text, text, (summary, description) => {
        const { event } = parseEvent(buildIcs({ ...reminder, summary, description }));
        expect(event.getFirstPropertyValue('summary')).toBe(expected(summary));
        expect(event.getFirstPropertyValue('description')).toBe(expected(description));
      }),
    );
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets whole and folds the 76th onto a continuation line', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
  });

  it('folds before a two-octet character that would straddle the 75th octet, never inside it', () => {
    // 74 ASCII octets, then "Ж" (2 octets): octets 75 and 76. The whole character moves on.
    const folded = foldLine(`${'a'.repeat(74)}Жb`);
    expect(folded).toBe(`${'a'.repeat(74)}\r\n Жb`);
  });

  it('folds before a four-octet character (an emoji) that would straddle it', () => {
    const folded = foldLine(`${'a'.repeat(73)}😀`);
    expect(folded).toBe(`${'a'.repeat(73)}\r\n 😀`);
  });

  it('cuts any text at 75 octets or fewer per line, between characters, and unfolds to the same text', () => {
    fc.assert(
      // One, two, three and four octets a character, in any order.
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Ж', '€', '😀', 'é', '\u0301'), maxLength: 400, size: 'max' }), (text) => {
        const lines = foldLine(text).split('\r\n');
        for (const line of lines) {
          expect(octets(line)).toBeLessThanOrEqual(75);
          // Each piece is valid UTF-8 on its own: no code point was cut.
          expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
        }
        // RFC 5545 §3.1 unfolding: remove each CRLF followed by one space.
        expect(foldLine(text).replace(/\r\n /g, '')).toBe(text);
      }),
    );
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon and comma, and writes every line break as \\n', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('turns the control characters TEXT may not hold into spaces, and keeps the tab', () => {
    expect(escapeText('a\u0000b\u001bc\td')).toBe('a b c\td');
  });
});
