import { isIPv4, isIPv6 } from 'node:net';

/** How an address is looked up in lib/data/networks.json: which table, and its sortable key. */
export type IpKey = { family: 4; key: number } | { family: 6; key: string };

/** An IPv4 address as the number it stands for. */
export function ipv4Number(ip: string): number {
  return ip.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

/** The eight 16-bit groups of an IPv6 address, `::` expanded; a trailing dotted quad is two groups. */
export function ipv6Groups(ip: string): number[] {
  const [, prefix, dotted] = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(ip) ?? [];
  let hex = ip;
  if (prefix !== undefined && dotted !== undefined) {
    const v4 = ipv4Number(dotted);
    hex = `${prefix}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const [head = '', tail] = hex.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const headGroups = parse(head);
  if (tail === undefined) return headGroups;
  const tailGroups = parse(tail);
  return [...headGroups, ...Array<number>(8 - headGroups.length - tailGroups.length).fill(0), ...tailGroups];
}

/**
 * The lookup key of an IP address, or null when it is not one. An IPv4-mapped IPv6 address
 * (`::ffff:192.0.2.1`, RFC 4291 §2.5.5.2) is the IPv4 address it carries.
 */
export function ipKey(ip: string): IpKey | null {
  if (isIPv4(ip)) return { family: 4, key: ipv4Number(ip) };
  if (!isIPv6(ip)) return null;
  const groups = ipv6Groups(ip.toLowerCase().replace(/%.*$/, ''));
  if (groups.slice(0, 6).join(',') === '0,0,0,0,0,65535') {
    return { family: 4, key: (groups[6] ?? 0) * 65536 + (groups[7] ?? 0) };
  }
  return { family: 6, key: groups.map((group) => group.toString(16).padStart(4, '0')).join('') };
}
