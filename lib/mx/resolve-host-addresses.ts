import 'server-only';

import type { Resolver } from 'node:dns/promises';

import type { MxAddress } from '@/lib/resolve/types';

import { isPublicDomain } from './is-public-domain';
import { lookupNetwork } from './lookup-network';

/**
 * The A and AAAA addresses of an MX host, each with its network. A failed or cancelled query
 * gives no addresses rather than failing the lookup: the host name alone still finds the provider.
 */
export async function resolveHostAddresses(resolver: Resolver, host: string): Promise<MxAddress[]> {
  if (!isPublicDomain(host)) return [];
  const [v4, v6] = await Promise.all([
    resolver.resolve4(host).catch((): string[] => []),
    resolver.resolve6(host).catch((): string[] => []),
  ]);
  return [...v4, ...v6].map((ip) => ({ ip, ...lookupNetwork(ip) }));
}
