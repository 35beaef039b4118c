/**
 * Why an address was refused. The codes are the contract: the form and the API show the
 * message that `messages/ui/<locale>.json` gives under `addressErrors.<code>`.
 */
export const addressErrorCodes = [
  'empty', // nothing typed
  'no_at', // no "@"
  'several_at', // more than one "@" outside a quoted local part
  'empty_local', // nothing before "@"
  'empty_domain', // nothing after "@"
  'consecutive_dots', // ".." in the local part or the domain
  'bad_dot', // local part starting or ending with "."
  'bad_label', // a domain label empty, starting or ending with "-", or too long
  'space', // white space inside the address
  'control_char', // C0/C1 control characters, DEL
  'line_break', // CR or LF: header injection
  'unsafe_char', // ?&#<>,;:"()[]\ and the like outside a quoted local part
  'bad_domain_char', // a character no hostname may hold, after IDN conversion
  'ip_literal', // user@[1.2.3.4] or a bare IP as domain
  'single_label', // user@localhost
  'not_icann', // no registrable name under an ICANN public suffix (user@example.invalid, user@co.uk)
  'local_too_long', // local part over 64 octets (RFC 5321 §4.5.3.1.1)
  'too_long', // address over 254 octets (RFC 3696 erratum 1690)
  // A non-ASCII local part (RFC 6531 SMTPUTF8): mailto links, headers and .eml drafts would need
  // RFC 6532 UTF-8 headers, which most mail clients cannot write, so the letters could not reach it.
  'non_ascii_local',
] as const;

export type AddressErrorCode = (typeof addressErrorCodes)[number];

export interface ParsedAddress {
  /** `local@domain` with the domain in ASCII (punycode): what goes into mailto, headers and DNS. */
  address: string;
  /** The local part as typed (case kept: RFC 5321 lets the receiving server decide). */
  local: string;
  /** Lower-case ASCII domain, e.g. `xn--e1afmkfd.xn--p1ai`. */
  domain: string;
  /** The same domain in Unicode for display, e.g. `пример.рф`. */
  domainUnicode: string;
  /** `local@domainUnicode`, for display. */
  display: string;
}

export type ParseAddressResult =
  | { ok: true; value: ParsedAddress }
  | { ok: false; code: AddressErrorCode };

export function isAddressErrorCode(value: string): value is AddressErrorCode {
  return (addressErrorCodes as readonly string[]).includes(value);
}
