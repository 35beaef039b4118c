/**
 * Converts a domain to its lower-case ASCII form, or null when it is no valid host.
 *
 * The WHATWG URL host parser runs UTS #46 processing (non-transitional, as browsers do) in Node
 * and in every browser, so the form and the API agree without a second IDNA library. The caller
 * must first refuse the ASCII characters the URL grammar gives meaning to (`/ ? # @ : [ ] \ %`),
 * or the parser would read them as the end of the host instead of failing.
 */
export function domainToAscii(domain: string): string | null {
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return null;
  }
}
