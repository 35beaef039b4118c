/**
 * Whether an MX host name matches a provider's pattern. A pattern is an exact host name, or holds
 * `*` standing for one run of [a-z0-9-] inside a single label (`mx0*.nicmail.ru` matches
 * mx01.nicmail.ru, never mx01.evil.example.nicmail.ru). Host names compare case-insensitively and
 * without the trailing root dot (RFC 1035 §2.3.3, §3.1).
 */
export function matchMxPattern(pattern: string, host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  const source = pattern
    .toLowerCase()
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[a-z0-9-]+');
  return new RegExp(`^${source}$`).test(name);
}
