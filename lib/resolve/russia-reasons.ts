import type { Provider } from '@/lib/data/schema';

import { isRussianDomain } from './is-russian-domain';
import type { MxHost, RussiaReason } from './types';

/** Why the recipient counts as being in Russia: the TLD, the provider's country, an MX network. */
export function russiaReasons(domain: string, provider: Provider | null, mx: readonly MxHost[] | null | undefined): RussiaReason[] {
  const why: RussiaReason[] = [];
  if (isRussianDomain(domain)) why.push('tld');
  if (provider?.country === 'RU') why.push('provider');
  if ((mx ?? []).some((host) => host.addresses.some((address) => address.country === 'RU'))) why.push('mx-network');
  return why;
}
