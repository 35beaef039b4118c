import { NON_ASCII } from './characters';
import type { AddressErrorCode } from './types';

/**
 * Checks a local part written as a quoted string, e.g. `"john doe"`. RFC 5321 §4.1.2:
 * Quoted-string = DQUOTE *QcontentSMTP DQUOTE, where qtextSMTP is printable ASCII and space
 * except `"` and `\`, and quoted-pairSMTP is `\` followed by printable ASCII or space.
 * Returns null when the quoted string is well formed.
 */
export function checkQuotedLocalPart(local: string): AddressErrorCode | null {
  let index = 1;
  while (index < local.length) {
    const char = local[index];
    if (char === '"') return closingQuoteProblem(local, index);
    const escaped = char === '\\';
    const content = escaped ? local[index + 1] : char;
    // A backslash that escapes nothing leaves the closing quote escaped: the string never ends.
    if (content === undefined) return 'unsafe_char';
    const problem = qcontentProblem(content);
    if (problem !== null) return problem;
    index += escaped ? 2 : 1;
  }
  return 'unsafe_char';
}

function closingQuoteProblem(local: string, index: number): AddressErrorCode | null {
  if (index === local.length - 1) {
    // `""@domain` is grammatical, but no mailbox has an empty name.
    return index === 1 ? 'empty_local' : null;
  }
  // Text after the closing quote: another "@" means the address was split at the wrong one.
  return local[index + 1] === '@' ? 'several_at' : 'unsafe_char';
}

function qcontentProblem(char: string): AddressErrorCode | null {
  if (NON_ASCII.test(char)) return 'non_ascii_local';
  // Printable ASCII and space only: tab and the other controls are not qtextSMTP.
  return char < ' ' || char === '\u007f' ? 'control_char' : null;
}
