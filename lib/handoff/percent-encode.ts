import { normalizeLineBreaks } from './normalize-line-breaks';
import { toWellFormed } from './to-well-formed';

/**
 * Percent-encodes text for a URI component (RFC 3986 §2.1): everything but the unreserved
 * characters, so `!'()*` too, which `encodeURIComponent` leaves. A space is `%20`, never `+`
 * (a mailto reads `+` as a plus, RFC 6068 §5), and every line break is `%0D%0A` (RFC 6068 §5).
 */
export function percentEncode(text: string): string {
  return encodeURIComponent(normalizeLineBreaks(toWellFormed(text))).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
