import { parse } from 'tldts';
import { HOSTNAME } from './characters';
import type { AddressErrorCode } from './types';

/** RFC 1035 §2.3.4: a label holds at most 63 octets. */
const MAX_LABEL_OCTETS = 63;

/**
 * Checks a domain already converted to lower-case ASCII. It must be a hostname (RFC 1123 §2.1)
 * under an ICANN public suffix with a registrable name, according to the Public Suffix List that
 * `tldts` carries: private suffixes and invented TLDs reach no provider we could write to.
 * Returns null when the domain is acceptable.
 */
export function checkAsciiDomain(ascii: string): AddressErrorCode | null {
  if (!HOSTNAME.test(ascii)) return 'bad_domain_char';
  if (ascii.includes('..')) return 'consecutive_dots';
  const labels = ascii.split('.');
  if (labels.some(isBadLabel)) return 'bad_label';
  if (labels.every((label) => /^\d+$/.test(label))) return 'ip_literal';
  if (labels.length < 2) return 'single_label';
  const parsed = parse(ascii, { allowPrivateDomains: false });
  if (parsed.isIp === true) return 'ip_literal';
  return parsed.isIcann === true && parsed.domain !== null ? null : 'not_icann';
}

function isBadLabel(label: string): boolean {
  // RFC 1123 §2.1 / RFC 952: a label starts and ends with a letter or digit.
  return label === '' || label.startsWith('-') || label.endsWith('-') || label.length > MAX_LABEL_OCTETS;
}
