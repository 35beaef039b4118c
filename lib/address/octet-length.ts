const encoder = new TextEncoder();

/** Length in UTF-8 octets: the unit of RFC 5321's size limits (§4.5.3.1), not UTF-16 code units. */
export function octetLength(text: string): number {
  return encoder.encode(text).length;
}
