import type { Contact, Isp } from '@/lib/data/schema';

/** How the provider was found: by the consumer domain, by an MX pattern, or the domain itself. */
export type ProviderMatch = 'domain' | 'mx' | 'self';

export interface ResolvedProvider {
  id: string;
  name: string;
  /** The Russian brand, where the data has one, for the Russian letters. */
  nameRu?: string;
  contacts: Contact[];
  via: ProviderMatch;
  /** Set for `via: 'mx'`: the MX host whose pattern matched. */
  mxHost?: string;
}

/** Why the recipient counts as being in Russia; empty when they do not. */
export type RussiaReason = 'tld' | 'provider' | 'mx-network';

/** One IP address of an MX host, with the network it sits on when the embedded table knows it. */
export interface MxAddress {
  ip: string;
  asn: number | null;
  /** The AS operator's name, e.g. "LLC VK". */
  operator: string | null;
  /** ISO country of the network, e.g. RU. */
  country: string | null;
}

export interface MxHost {
  /** The exchange's host name, lower case, no trailing dot. */
  host: string;
  /** RFC 5321 preference: lower is tried first. */
  preference: number;
  addresses: MxAddress[];
}

/**
 * What the DNS lookup came to. `ok` comes with hosts; `null-mx` is RFC 7505 (the domain takes no
 * mail); the others say why there is no answer, and the resolution falls back on its own data.
 */
export type MxStatus = 'ok' | 'null-mx' | 'disabled' | 'not-public' | 'nxdomain' | 'nodata' | 'timeout' | 'error';

/**
 * What DNS says about a domain's mail servers: hosts only with `mxStatus: 'ok'`, otherwise null
 * and the reason. `lookupMx` answers it on the server; the page reads it from `?only=mx`.
 */
export interface MxLookup {
  mx: MxHost[] | null;
  mxStatus: MxStatus;
}

export interface Resolution {
  /** `local@domain`, domain in ASCII. */
  address: string;
  /** ASCII (punycode) domain. */
  domain: string;
  domainUnicode: string;
  provider: ResolvedProvider;
  /** The ISPs to write to; empty unless the recipient is in Russia. */
  isps: Isp[];
  /** Hosts from the Mailfence announcement that serve this recipient. */
  blockedServers: string[];
  russia: { yes: boolean; why: RussiaReason[] };
  /** Set only by the server: the MX hosts (sorted by preference), or null with `mxStatus` saying why. */
  mx?: MxHost[] | null;
  mxStatus?: MxStatus;
}
