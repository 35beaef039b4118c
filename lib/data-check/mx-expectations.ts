import { getDomain } from 'tldts';

import type { BlockedServer, Provider } from '@/lib/data/schema';

/** What the records say a domain's MX should be. */
export interface MxExpectation {
  domain: string;
  /** Whose record: `provider:mailru`, `announcement`. */
  record: string;
  /** Every MX host must match one of these (only when `strict`). */
  patterns: string[];
  /** These hosts must be among the MX hosts. */
  required: string[];
  /** A host matching no pattern is a difference: true for providers, whose patterns are the record. */
  strict: boolean;
}

/**
 * The domains to ask DNS about: every provider's consumer domains, held to its MX patterns (an
 * exact pattern must be there, any host must match one); and the domain of every announced
 * server a provider does not run (mail.uvz.ru → uvz.ru), which must still list that server. A
 * provider's shared host (emx.mail.ru) serves its customers' domains, not its own: nothing to ask.
 */
export function mxExpectations(providers: readonly Provider[], blockedServers: readonly BlockedServer[]): MxExpectation[] {
  const fromProviders = providers.flatMap((provider) =>
    provider.domains.map((domain) => ({
      domain,
      record: `provider:${provider.id}`,
      patterns: provider.mxPatterns,
      required: provider.mxPatterns.filter((pattern) => !pattern.includes('*')),
      strict: true,
    })),
  );
  const announced = new Map<string, string[]>();
  for (const { host, providerId } of blockedServers) {
    const domain = getDomain(host);
    if (providerId !== undefined || domain === null) continue;
    announced.set(domain, [...(announced.get(domain) ?? []), host]);
  }
  const fromAnnouncement = [...announced].map(([domain, hosts]) => ({ domain, record: 'announcement', patterns: [], required: hosts, strict: false }));
  return [...fromProviders, ...fromAnnouncement];
}
