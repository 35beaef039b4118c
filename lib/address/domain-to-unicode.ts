import { toUnicode } from 'punycode/';
import { domainToAscii } from './domain-to-ascii';

/**
 * The Unicode form of an ASCII domain, for display, or null when its `xn--` labels do not decode
 * to a name that converts back to the same ASCII. That round trip refuses labels that hide upper
 * case, ignored or look-alike characters behind Punycode (RFC 5891 §5.4), so what the person sees
 * is what the letters are sent to.
 */
export function domainToUnicode(ascii: string): string | null {
  try {
    const unicode = toUnicode(ascii);
    return domainToAscii(unicode) === ascii ? unicode : null;
  } catch {
    // punycode throws RangeError on labels that are not valid Punycode.
    return null;
  }
}
