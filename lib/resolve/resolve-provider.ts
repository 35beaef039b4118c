import type { Provider } from '@/lib/data/schema';

import { findProviderByDomain } from './find-provider-by-domain';
import { findProviderByMx } from './find-provider-by-mx';
import { roleMailboxContact } from './role-mailbox-contact';
import type { MxHost, ResolvedProvider } from './types';

function brand({ id, name, nameRu }: Provider): Pick<ResolvedProvider, 'id' | 'name' | 'nameRu'> {
  return nameRu === undefined ? { id, name } : { id, name, nameRu };
}

/**
 * Who runs the mailbox, and whom to write to. A consumer domain names its provider. Otherwise an MX
 * pattern names the hosting provider, whose contacts come with postmaster@ of the recipient's own
 * domain: the domain owner runs its mail settings. Otherwise the domain runs its own mail and gets
 * the RFC role mailboxes. Returns the data record too, for the Russia check.
 */
export function resolveProvider(
  domain: string,
  domainUnicode: string,
  mx: readonly MxHost[] | null | undefined,
): { provider: ResolvedProvider; record: Provider | null } {
  const byDomain = findProviderByDomain(domain);
  if (byDomain) {
    // A provider with no sourced contact is still reachable at RFC 5321's postmaster.
    const contacts = byDomain.contacts.length > 0 ? byDomain.contacts : [roleMailboxContact('postmaster', domain)];
    return { provider: { ...brand(byDomain), contacts, via: 'domain' }, record: byDomain };
  }
  const byMx = findProviderByMx(mx ?? []);
  if (byMx) {
    const { provider, host } = byMx;
    const contacts = [...provider.contacts, roleMailboxContact('postmaster', domain)];
    return { provider: { ...brand(provider), contacts, via: 'mx', mxHost: host }, record: provider };
  }
  const contacts = [roleMailboxContact('postmaster', domain), roleMailboxContact('abuse', domain)];
  return { provider: { id: 'self', name: domainUnicode, contacts, via: 'self' }, record: null };
}
