import { normalizeLineBreaks } from './normalize-line-breaks';
import { toWellFormed } from './to-well-formed';

// RFC 2045 §6.7 rule 5: an encoded line holds at most 76 characters, the soft break's "=" included.
const maxLineLength = 76;

const encoder = new TextEncoder();

/**
 * Text as quoted-printable UTF-8 (RFC 2045 §6.7) with CR LF line breaks, so every line of the
 * body stays far below RFC 5322's 998 octets and 7-bit clean. A character's escapes are never
 * split by a soft line break, so a decoder that works line by line still sees whole characters.
 */
export function quotedPrintable(text: string): string {
  return normalizeLineBreaks(toWellFormed(text)).split('\r\n').map(encodeLine).join('\r\n');
}

function encodeLine(line: string): string {
  const tokens = Array.from(line, encodeCharacter);
  // Rule 3: white space at the end of an encoded line is dropped by decoders, so it is escaped.
  const last = tokens.length - 1;
  if (tokens[last] === ' ') tokens[last] = '=20';
  if (tokens[last] === '\t') tokens[last] = '=09';

  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (current.length + token.length > maxLineLength - 1) {
      lines.push(`${current}=`);
      current = '';
    }
    current += token;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** Rule 2 keeps printable ASCII but "=" as it is; rule 1 escapes every other octet. */
function encodeCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const literal = (code >= 0x21 && code <= 0x7e && code !== 0x3d) || code === 0x20 || code === 0x09;
  if (literal) return character;
  return Array.from(encoder.encode(character), (byte) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
