import { toWellFormed } from './to-well-formed';

// RFC 2047 §2: an encoded-word is at most 75 characters, and a header line holding one at most 76.
// After "Subject: " (9 characters, our longest field name) a word may take 67; "=?UTF-8?B?" and
// "?=" take 12 of them, leaving 55 for base64, that is 13 whole quanta of 4: 52 characters for
// 39 octets.
const maxOctetsPerWord = 39;

const encoder = new TextEncoder();

/**
 * Header text as RFC 2047 "B" encoded-words in UTF-8, one per header line, each holding whole
 * characters only (§5: a multi-octet character must not be split across words). Decoders drop
 * the folding white space between adjacent encoded-words (§6.2), so the text comes back whole.
 */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let octets: number[] = [];
  for (const character of toWellFormed(text)) {
    const bytes = encoder.encode(character);
    if (octets.length + bytes.length > maxOctetsPerWord) {
      words.push(encodedWord(octets));
      octets = [];
    }
    octets.push(...bytes);
  }
  if (octets.length > 0) words.push(encodedWord(octets));
  return words;
}

function encodedWord(octets: number[]): string {
  // btoa takes a "binary string", one character per octet; it exists in browsers and in Node.
  return `=?UTF-8?B?${btoa(String.fromCharCode(...octets))}?=`;
}
