import { isIP } from 'node:net';

import { ipv4Number, ipv6Groups } from './ip-key';

/** What one SPF record asks of its evaluator, in the order of its terms. */
export type SpfTerm =
  | { kind: 'range'; pass: boolean; range: string }
  /** include: evaluated for the limit and for its ranges, which count only when the include passes. */
  | { kind: 'include'; pass: boolean; domain: string }
  /** a, mx, ptr, exists, or an include whose target holds a macro: a DNS query, nothing to follow. */
  | { kind: 'lookup'; term: string };

export interface SpfRecord {
  terms: SpfTerm[];
  /**
   * RFC 7208 §6.1: the domain to evaluate after the terms, only when the record has no `all`. A
   * redirect to a macro is a lookup term at the end instead.
   */
  redirect: string | null;
}

/** RFC 7208 §4.5: "v=spf1" alone or followed by a space, in any case. */
const SPF_VERSION = /^v=spf1(?: |$)/i;

/**
 * The SPF record among a name's TXT records (RFC 7208 §4.5): each record's strings joined without
 * a space (§3.3). "none" when there is none; "several" when there is more than one, which §4.5
 * makes a permanent error.
 */
export function selectSpfRecord(txt: string[][]): string | 'none' | 'several' {
  const records = txt.map((strings) => strings.join('')).filter((record) => SPF_VERSION.test(record));
  if (records.length > 1) return 'several';
  return records[0] ?? 'none';
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** An IPv4 address with the bits past the prefix cleared: 192.0.2.77/24 is the network 192.0.2.0. */
function ipv4Network(address: string, prefix: number): string {
  const value = ipv4Number(address);
  const network = prefix === 0 ? 0 : value - (value % 2 ** (32 - prefix));
  return [24, 16, 8, 0].map((shift) => Math.floor(network / 2 ** shift) % 256).join('.');
}

/** The same for IPv6, in the URL parser's canonical form. */
function ipv6Network(address: string, prefix: number): string {
  const value = ipv6Groups(address.toLowerCase()).reduce((sum, group) => (sum << 16n) | BigInt(group), 0n);
  const hostBits = BigInt(128 - prefix);
  const hex = ((value >> hostBits) << hostBits).toString(16).padStart(32, '0').match(/.{4}/g) ?? [];
  return new URL(`http://[${hex.join(':')}]/`).hostname.slice(1, -1);
}

/**
 * An ip4:/ip6: value as the list shows it: a bare address for a single host, else the network
 * with its prefix (host bits cleared, so `192.0.2.77/24` and `192.0.2.0/24` are one range), IPv6
 * in its canonical form (so `2001:DB8:0::/32` and `2001:db8::/32` are one range). Null when it is
 * not an address with a prefix in range (RFC 7208 §5.6), a permanent error.
 */
function canonicalRange(value: string, family: 4 | 6): string | null {
  const slash = value.indexOf('/');
  const address = slash < 0 ? value : value.slice(0, slash);
  const max = family === 4 ? 32 : 128;
  const prefixText = slash < 0 ? String(max) : value.slice(slash + 1);
  if (!/^(?:0|[1-9]\d{0,2})$/.test(prefixText) || Number(prefixText) > max) return null;
  const prefix = Number(prefixText);
  if (family === 4 ? !IPV4.test(address) : isIP(address) !== 6) return null;
  if (prefix === max) return family === 4 ? address : new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const network = family === 4 ? ipv4Network(address, prefix) : ipv6Network(address, prefix);
  return `${network}/${prefix}`;
}

const MECHANISM = /^([+?~-]?)([a-z][a-z0-9]*)(?:([:/])(.*))?$/i;

/** A domain-spec (RFC 7208 §7.1) as a name to query: lower case, no trailing dot; null for a macro. */
function targetName(spec: string): string | null {
  return spec.includes('%') ? null : spec.toLowerCase().replace(/\.$/, '');
}

/**
 * The terms of an SPF record (RFC 7208 §4.6, §5, §6), or null when it is malformed: an unknown
 * mechanism, an include or redirect without a domain, an ip4/ip6 value that is not one, an `all`
 * with a value, a mechanism with an empty one, or two redirects. Unknown modifiers are ignored, as
 * §6 says; `exp=` matters only to a receiver. The terms after `all` are checked but not kept: a
 * receiver never tests them (§5.1), so their ranges are not the service's and their lookups do
 * not count.
 */
export function parseSpfRecord(record: string): SpfRecord | null {
  const terms: SpfTerm[] = [];
  let redirect: string | null = null;
  let redirects = 0;
  let hasAll = false;
  let termsBeforeAll = 0;
  for (const term of record.split(' ').slice(1)) {
    if (term === '') continue;
    const modifier = /^([a-z][a-z0-9_.-]*)=(.*)$/i.exec(term);
    if (modifier !== null) {
      if (modifier[1]?.toLowerCase() !== 'redirect') continue;
      redirects += 1;
      redirect = modifier[2] ?? '';
      continue;
    }
    const mechanism = MECHANISM.exec(term);
    if (mechanism === null) return null;
    const [, qualifier = '', name = '', separator, value = ''] = mechanism;
    const pass = qualifier === '' || qualifier === '+';
    // "a:" or "exists:" names nothing (§5: a domain-spec is never empty).
    if (separator !== undefined && value === '') return null;
    switch (name.toLowerCase()) {
      case 'all':
        if (separator !== undefined) return null;
        if (!hasAll) termsBeforeAll = terms.length;
        hasAll = true;
        break;
      case 'ip4':
      case 'ip6': {
        const range = separator === ':' ? canonicalRange(value, name.toLowerCase() === 'ip4' ? 4 : 6) : null;
        if (range === null) return null;
        terms.push({ kind: 'range', pass, range });
        break;
      }
      case 'include': {
        if (separator !== ':') return null;
        const domain = targetName(value);
        terms.push(domain === null ? { kind: 'lookup', term } : { kind: 'include', pass, domain });
        break;
      }
      case 'exists':
        if (separator !== ':') return null;
        terms.push({ kind: 'lookup', term });
        break;
      case 'a':
      case 'mx':
      case 'ptr':
        terms.push({ kind: 'lookup', term });
        break;
      default:
        return null;
    }
  }
  if (redirects > 1 || redirect === '') return null;
  if (hasAll) return { terms: terms.slice(0, termsBeforeAll), redirect: null };
  if (redirect === null) return { terms, redirect: null };
  const domain = targetName(redirect);
  return domain === null ? { terms: [...terms, { kind: 'lookup', term: `redirect=${redirect}` }], redirect: null } : { terms, redirect: domain };
}
