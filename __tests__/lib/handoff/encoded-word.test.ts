import fc from 'fast-check';

import { encodedWords } from '@/lib/handoff/encoded-word';

import { hostileText, wellFormed } from './support/arbitraries';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeWord(word: string): string {
  const base64 = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=$/.exec(word)?.[1];
  if (base64 === undefined) throw new Error(`Not a B encoded-word: ${word}`);
  return strictUtf8.decode(Uint8Array.from(atob(base64), (character) => character.charCodeAt(0)));
}

describe('encodedWords', () => {
  it.each([
    ['nothing for an empty text', '', []],
    ['one word for a short text', 'Anne', ['=?UTF-8?B?QW5uZQ==?=']],
    ['Cyrillic as UTF-8', 'Жалоба', ['=?UTF-8?B?0JbQsNC70L7QsdCw?=']],
  ])('writes %s', (_, text, words) => {
    expect(encodedWords(text)).toEqual(words);
  });

  it('splits a long text into words of at most 64 characters, each a whole UTF-8 text', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.string({ unit: 'grapheme', minLength: 100, maxLength: 400 })), (text) => {
        const words = encodedWords(text);
        // 64 leaves room for "Subject: " within RFC 2047's 76-character line.
        for (const word of words) expect(word.length).toBeLessThanOrEqual(64);
        expect(words.map(decodeWord).join('')).toBe(wellFormed(text));
      }),
      { numRuns: 500 },
    );
  });
});
