import { providers } from '@/lib/data/providers';
import type { Provider } from '@/lib/data/schema';

/** The provider whose consumer domains include this ASCII domain, or null. */
export function findProviderByDomain(domain: string): Provider | null {
  return providers.find((provider) => provider.domains.includes(domain)) ?? null;
}
