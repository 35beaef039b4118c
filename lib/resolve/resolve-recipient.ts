import type { ParsedAddress } from '@/lib/address/types';
import { isps } from '@/lib/data/isps';

import { findBlockedServers } from './find-blocked-servers';
import { resolveProvider } from './resolve-provider';
import { russiaReasons } from './russia-reasons';
import type { MxHost, Resolution } from './types';

/**
 * From a parsed address to whom the user should write: the provider, the ISPs (only for a recipient
 * in Russia), and the announcement's servers that serve this recipient. Pure and synchronous: the
 * browser calls it without `mx`, the server with what DNS said (`null` when DNS gave no answer).
 */
export function resolveRecipient(parsed: ParsedAddress, mx?: MxHost[] | null): Resolution {
  const { provider, record } = resolveProvider(parsed.domain, parsed.domainUnicode, mx);
  const why = russiaReasons(parsed.domain, record, mx);
  const consumerProvider = provider.via === 'domain' ? record : null;
  return {
    address: parsed.address,
    domain: parsed.domain,
    domainUnicode: parsed.domainUnicode,
    provider,
    isps: why.length > 0 ? [...isps] : [],
    blockedServers: findBlockedServers({ domain: parsed.domain, consumerProvider, mx }),
    russia: { yes: why.length > 0, why },
    ...(mx === undefined ? {} : { mx }),
  };
}
