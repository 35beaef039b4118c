import type { Contact, Isp, Provider } from '@/lib/data/schema';

import type { CheckKind } from './types';

/** One question for RIPEstat's abuse-contact-finder, with what the records say of its answer. */
export interface AbuseTarget {
  kind: Extract<CheckKind, 'abuse-as' | 'abuse-mx-network'>;
  /** The resource RIPEstat is asked about: `AS8359` or an IP address. */
  resource: string;
  subject: string;
  /** The abuse mailboxes of the records that own the network; null when no record does. */
  recorded: string[] | null;
}

/** An MX address found by DNS, with the AS the network table puts it on. */
export interface MxAddressFound {
  host: string;
  ip: string;
  asn: number | null;
}

const abuseMailboxes = (contacts: readonly Contact[]): string[] =>
  contacts.filter((contact) => contact.kind === 'email' && contact.role === 'abuse').map((contact) => contact.value.toLowerCase());

/** Every AS of every ISP, compared with that ISP's abuse mailboxes. */
export function ispAsTargets(isps: readonly Isp[]): AbuseTarget[] {
  return isps.flatMap((isp) =>
    isp.asns.map((asn) => ({ kind: 'abuse-as' as const, resource: `AS${asn}`, subject: `AS${asn} (${isp.id})`, recorded: abuseMailboxes(isp.contacts) })),
  );
}

/**
 * The network of every MX address DNS gave (each address once), compared with the abuse
 * mailboxes of the records that list its AS: an ISP's, or a provider's own network (Mail.ru's
 * AS47764). An address on no recorded network is asked too, and reported as unrecorded.
 */
export function mxNetworkTargets(addresses: readonly MxAddressFound[], isps: readonly Isp[], providers: readonly Provider[]): AbuseTarget[] {
  const seen = new Set<string>();
  return addresses.flatMap(({ host, ip, asn }) => {
    if (seen.has(ip)) return [];
    seen.add(ip);
    const owners = asn === null ? [] : [...isps, ...providers].filter((record) => record.asns.includes(asn));
    const recorded = owners.length === 0 ? null : [...new Set(owners.flatMap((owner) => abuseMailboxes(owner.contacts)))];
    const network = asn === null ? 'network unknown' : `AS${asn}${owners.length > 0 ? `, ${owners.map((owner) => owner.id).join(', ')}` : ''}`;
    return [{ kind: 'abuse-mx-network' as const, resource: ip, subject: `${host} ${ip} (${network})`, recorded }];
  });
}
