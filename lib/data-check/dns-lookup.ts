import type { Resolver } from 'node:dns/promises';

import { mxHostsFromRecords } from '@/lib/mx/mx-hosts-from-records';
import { mxStatusForError } from '@/lib/mx/mx-status-for-error';
import { resolveHostAddresses } from '@/lib/mx/resolve-host-addresses';
import type { MxAddress } from '@/lib/resolve/types';

import type { MxOutcome } from './compare-mx';

export interface DomainMx {
  outcome: MxOutcome;
  /** Every address of every host, with the network the table puts it on. */
  addresses: Array<MxAddress & { host: string }>;
}

/** Far more than any real domain lists; the app itself stops at 10. */
const maxHosts = 20;

async function withAddresses(resolver: Resolver, hosts: string[]): Promise<DomainMx> {
  const found = await Promise.all(hosts.map(async (host) => (await resolveHostAddresses(resolver, host)).addresses.map((address) => ({ ...address, host }))));
  return { outcome: { status: 'ok', hosts }, addresses: found.flat() };
}

/**
 * A domain's MX hosts and their addresses. No MX record means mail goes to the domain itself
 * (RFC 5321 §5.1), so NODATA counts as the domain being its own MX; a null MX (RFC 7505) as none.
 */
export async function lookupDomainMx(resolver: Resolver, domain: string): Promise<DomainMx> {
  try {
    const records = await resolver.resolveMx(domain);
    return await withAddresses(resolver, mxHostsFromRecords(records, maxHosts).map((target) => target.host));
  } catch (error) {
    const status = mxStatusForError(error);
    if (status === 'nxdomain') return { outcome: { status: 'nxdomain' }, addresses: [] };
    if (status === 'nodata') return withAddresses(resolver, [domain]);
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'error';
    return { outcome: { status: 'failed', reason: code }, addresses: [] };
  }
}
