import { getDomain } from 'tldts';

import { blockedServers } from '@/lib/data/blocked-servers';
import type { Provider } from '@/lib/data/schema';

import { matchMxPattern } from './match-mx-pattern';
import type { MxHost } from './types';

interface BlockedServerQuery {
  /** ASCII domain of the recipient. */
  domain: string;
  /** The provider found by consumer domain: its MX is known from the data, no DNS needed. */
  consumerProvider: Provider | null;
  mx: readonly MxHost[] | null | undefined;
}

/**
 * The hosts of the Mailfence announcement that serve this recipient, in the announcement's order:
 * the known MX of a consumer provider, any MX host DNS returned, and the organisation's own servers
 * (a host under the recipient's registrable domain, or the domain itself). A provider's shared
 * host (emx.mail.ru) is not matched by domain: it serves its customers, not every *.mail.ru name.
 */
export function findBlockedServers({ domain, consumerProvider, mx }: BlockedServerQuery): string[] {
  const site = getDomain(domain);
  const mxHosts = new Set((mx ?? []).map((m) => m.host.toLowerCase().replace(/\.$/, '')));
  return blockedServers
    .filter(
      (server) =>
        mxHosts.has(server.host) ||
        (consumerProvider?.mxPatterns.some((pattern) => matchMxPattern(pattern, server.host)) ?? false) ||
        (server.providerId === undefined && site !== null && getDomain(server.host) === site),
    )
    .map((server) => server.host);
}
