import fc from 'fast-check';

import { quotedPrintable } from '@/lib/handoff/quoted-printable';

import { hostileText } from './support/arbitraries';

describe('quotedPrintable', () => {
  it.each([
    ['printable ASCII as it is', 'Hello, world!', 'Hello, world!'],
    ['"=" as =3D', 'a=b', 'a=3Db'],
    ['white space at the end of a line, escaped', 'a \nb\t', 'a=20\r\nb=09'],
    ['Cyrillic as UTF-8 octets', 'Жа', '=D0=96=D0=B0'],
    ['a control character escaped', 'a\u0000b', 'a=00b'],
    ['every line break as a CR LF hard break', 'a\rb\nc\r\nd', 'a\r\nb\r\nc\r\nd'],
  ])('writes %s', (_, text, encoded) => {
    expect(quotedPrintable(text)).toBe(encoded);
  });

  it('breaks a long line with soft breaks of at most 76 characters, never inside a character', () => {
    const encoded = quotedPrintable('Ж'.repeat(40));
    const lines = encoded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) {
      expect(line).toMatch(/^(?:=D0=96)+=$/);
      expect(line.length).toBeLessThanOrEqual(76);
    }
  });

  it('keeps every line within 76 characters of 7-bit text, ending in no bare white space', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.string({ unit: 'grapheme', minLength: 200, maxLength: 600 })), (text) => {
        for (const line of quotedPrintable(text).split('\r\n')) {
          expect(line.length).toBeLessThanOrEqual(76);
          expect(line).toMatch(/^[\t\x20-\x7e]*$/);
          expect(line).not.toMatch(/[ \t]$/);
          expect(line).not.toMatch(/=(?![0-9A-F]{2}|$)/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
