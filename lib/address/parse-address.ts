import { CONTROL_CHAR, LINE_BREAK } from './characters';
import { checkLocalPart } from './check-local-part';
import { normaliseDomain } from './normalise-domain';
import { octetLength } from './octet-length';
import type { AddressErrorCode, ParseAddressResult } from './types';

/** RFC 3696 erratum 1690: a path is at most 256 octets including `<` and `>`. */
const MAX_ADDRESS_OCTETS = 254;
/**
 * Typed text is measured before conversion too: UTS #46 maps some characters away (soft hyphens),
 * so the typed form may be a little longer than the result, but never this much for a real
 * address, and a megabyte pasted into the API should not reach the URL parser.
 */
const MAX_TYPED_LENGTH = 1024;

/**
 * Parses a recipient address as a person types it, normalises it (trimmed, domain lower-case
 * ASCII with its Unicode form kept for display) and refuses anything that could not receive the
 * letters or could break a mailto link or a header. Never throws.
 */
export function parseAddress(input: string): ParseAddressResult {
  // The API hands over whatever JSON held: a non-string is refused, never thrown on.
  if (typeof input !== 'string' || input === '') return refuse('empty');
  // Checked before trimming, which would hide a trailing "\r\n" that a header would obey.
  if (LINE_BREAK.test(input)) return refuse('line_break');
  const trimmed = input.trim();
  if (trimmed === '') return refuse('empty');
  if (trimmed.length > MAX_TYPED_LENGTH) return refuse('too_long');
  if (CONTROL_CHAR.test(trimmed)) return refuse('control_char');
  // The last "@": a quoted local part may hold one, a domain never does.
  const at = trimmed.lastIndexOf('@');
  if (at === -1) return refuse('no_at');
  const local = trimmed.slice(0, at);
  const typedDomain = trimmed.slice(at + 1);
  if (local === '') return refuse('empty_local');
  if (typedDomain === '') return refuse('empty_domain');
  const localProblem = checkLocalPart(local);
  if (localProblem !== null) return refuse(localProblem);
  const domain = normaliseDomain(typedDomain);
  if (!domain.ok) return domain;
  const address = `${local}@${domain.ascii}`;
  if (octetLength(address) > MAX_ADDRESS_OCTETS) return refuse('too_long');
  return {
    ok: true,
    value: { address, local, domain: domain.ascii, domainUnicode: domain.unicode, display: `${local}@${domain.unicode}` },
  };
}

function refuse(code: AddressErrorCode): ParseAddressResult {
  return { ok: false, code };
}
