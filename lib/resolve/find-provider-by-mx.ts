import { providers } from '@/lib/data/providers';
import type { Provider } from '@/lib/data/schema';

import { matchMxPattern } from './match-mx-pattern';
import type { MxHost } from './types';

/**
 * The provider behind the most preferred MX host that matches a known pattern, with that host.
 * Hosts are tried in RFC 5321 §5.1 order (lowest preference first), as a sending server would.
 */
export function findProviderByMx(mx: readonly MxHost[]): { provider: Provider; host: string } | null {
  const byPreference = [...mx].sort((a, b) => a.preference - b.preference);
  for (const { host } of byPreference) {
    const provider = providers.find((p) => p.mxPatterns.some((pattern) => matchMxPattern(pattern, host)));
    if (provider) return { provider, host };
  }
  return null;
}
