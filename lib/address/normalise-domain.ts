import { ASCII_NON_HOSTNAME_CHAR, UNSAFE_CHAR, WHITE_SPACE } from './characters';
import { checkAsciiDomain } from './check-ascii-domain';
import { domainToAscii } from './domain-to-ascii';
import { domainToUnicode } from './domain-to-unicode';
import type { AddressErrorCode } from './types';

export type NormalisedDomain =
  | { ok: true; ascii: string; unicode: string }
  | { ok: false; code: AddressErrorCode };

/** A last label the URL parser reads as a number, making the whole host an IPv4 address. */
const NUMERIC_LABEL = /^(?:\d+|0x[0-9a-f]*)$/i;

/**
 * Turns the domain as typed (Unicode or Punycode, any case) into its lower-case ASCII form and its
 * Unicode form for display, or says why it cannot receive the letters.
 */
export function normaliseDomain(typed: string): NormalisedDomain {
  const typedProblem = checkTypedDomain(typed);
  if (typedProblem !== null) return { ok: false, code: typedProblem };
  const ascii = domainToAscii(typed);
  if (ascii === null) return { ok: false, code: 'bad_domain_char' };
  const asciiProblem = checkAsciiDomain(ascii);
  if (asciiProblem !== null) return { ok: false, code: asciiProblem };
  const unicode = domainToUnicode(ascii);
  if (unicode === null) return { ok: false, code: 'bad_domain_char' };
  return { ok: true, ascii, unicode };
}

/** What can be refused before IDN conversion, and must be, since the URL parser would misread it. */
function checkTypedDomain(typed: string): AddressErrorCode | null {
  // RFC 5321 §4.1.3 address literals bypass MX records, so no provider could be named.
  if (typed.startsWith('[')) return 'ip_literal';
  if (WHITE_SPACE.test(typed)) return 'space';
  if (UNSAFE_CHAR.test(typed)) return 'unsafe_char';
  if (ASCII_NON_HOSTNAME_CHAR.test(typed)) return 'bad_domain_char';
  return numericDomainProblem(typed);
}

function numericDomainProblem(typed: string): AddressErrorCode | null {
  const labels = typed.split('.');
  if (!NUMERIC_LABEL.test(labels.at(-1) ?? '')) return null;
  // RFC 3696 §2: no top-level domain is all-numeric, so either this is an IP address or no TLD.
  return labels.every((label) => NUMERIC_LABEL.test(label)) ? 'ip_literal' : 'not_icann';
}
