import { DOT_ATOM_CHARS, NON_ASCII, WHITE_SPACE } from './characters';
import { checkQuotedLocalPart } from './check-quoted-local-part';
import { octetLength } from './octet-length';
import type { AddressErrorCode } from './types';

/** RFC 5321 §4.5.3.1.1: the maximum total length of a local part is 64 octets. */
const MAX_LOCAL_OCTETS = 64;

/**
 * Checks the part before the last "@": a quoted string or a dot-atom (RFC 5321 §4.1.2).
 * Returns null when it is acceptable. The case is never changed: RFC 5321 §2.4 leaves it to
 * the receiving server.
 */
export function checkLocalPart(local: string): AddressErrorCode | null {
  const problem = local.startsWith('"') ? checkQuotedLocalPart(local) : checkDotAtom(local);
  if (problem !== null) return problem;
  return octetLength(local) > MAX_LOCAL_OCTETS ? 'local_too_long' : null;
}

function checkDotAtom(local: string): AddressErrorCode | null {
  if (local.includes('@')) return 'several_at';
  if (WHITE_SPACE.test(local)) return 'space';
  if (NON_ASCII.test(local)) return 'non_ascii_local';
  if (!DOT_ATOM_CHARS.test(local)) return 'unsafe_char';
  // RFC 5322 §3.2.3 dot-atom-text: dots only between atext runs.
  if (local.includes('..')) return 'consecutive_dots';
  if (local.startsWith('.') || local.endsWith('.')) return 'bad_dot';
  return null;
}
