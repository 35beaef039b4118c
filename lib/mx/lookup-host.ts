import 'server-only';

import { Resolver } from 'node:dns/promises';

import type { MxAddress } from '@/lib/resolve/types';

import { isPublicDomain } from './is-public-domain';
import { mxConfig } from './mx-config';
import { resolveHostAddresses } from './resolve-host-addresses';

/**
 * What DNS says about one host: its addresses with their networks, `complete` false when one of
 * its two queries (A, AAAA) went unanswered; `unknown` when the name has none (NXDOMAIN, no
 * A/AAAA, or not a public name at all); `unavailable` when DNS could not say (silent or failing
 * resolver, `MX_LOOKUP=off`, a malformed `DNS_SERVERS`).
 */
export type HostLookup = { status: 'ok'; addresses: MxAddress[]; complete: boolean } | { status: 'unknown' } | { status: 'unavailable' };

/**
 * The A and AAAA records of a host through the app's DNS settings (`DNS_SERVERS`, `MX_LOOKUP`)
 * within the same budget as an MX lookup. Not cached: the record's reports are few, and each must
 * be checked against what DNS says now. Never rejects.
 */
export async function lookupHost(host: string): Promise<HostLookup> {
  let config;
  try {
    config = mxConfig();
  } catch (error) {
    console.error(error);
    return { status: 'unavailable' };
  }
  if (!config.enabled) return { status: 'unavailable' };
  if (!isPublicDomain(host)) return { status: 'unknown' };
  const resolver = new Resolver({ timeout: config.tryTimeoutMs, tries: config.tries });
  if (config.servers.length > 0) resolver.setServers(config.servers);
  const timer = setTimeout(() => resolver.cancel(), config.budgetMs);
  try {
    const { addresses, complete } = await resolveHostAddresses(resolver, host);
    if (addresses.length > 0) return { status: 'ok', addresses, complete };
    return { status: complete ? 'unknown' : 'unavailable' };
  } finally {
    clearTimeout(timer);
  }
}
