import 'server-only';

import type { Resolver } from 'node:dns/promises';

import type { MxAddress } from '@/lib/resolve/types';

import { isPublicDomain } from './is-public-domain';
import { lookupNetwork } from './lookup-network';

export interface HostAddresses {
  addresses: MxAddress[];
  /** False when a query failed for want of an answer (timeout, cancel, SERVFAIL), not by design. */
  complete: boolean;
}

// "No such name" and "no such record" are answers; anything else means we do not know yet.
const answered = new Set(['ENODATA', 'ENOTFOUND']);

/**
 * The A and AAAA addresses of an MX host, each with its network. A failed or cancelled query
 * gives no addresses rather than failing the lookup: the host name alone still finds the provider.
 */
export async function resolveHostAddresses(resolver: Resolver, host: string): Promise<HostAddresses> {
  if (!isPublicDomain(host)) return { addresses: [], complete: true };
  let complete = true;
  const settle = (query: Promise<string[]>) =>
    query.catch((error: unknown): string[] => {
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code !== 'string' || !answered.has(code)) complete = false;
      return [];
    });
  const [v4, v6] = await Promise.all([settle(resolver.resolve4(host)), settle(resolver.resolve6(host))]);
  return { addresses: [...v4, ...v6].map((ip) => ({ ip, ...lookupNetwork(ip) })), complete };
}
