import 'server-only';

import { blockedServers } from '@/lib/data/blocked-servers';
import { ipKey } from '@/lib/mx/ip-key';
import { lookupHost } from '@/lib/mx/lookup-host';
import type { MxAddress } from '@/lib/resolve/types';

import type { ReportNetwork } from './insert-report';

/** Why DNS does not back a report. */
export type HostRefusal = 'unknown_host' | 'ip_mismatch' | 'not_in_scope' | 'dns_unavailable';

export type HostCheck = { ok: true; network: ReportNetwork } | { ok: false; code: HostRefusal };

function sameIp(a: string, b: string): boolean {
  const keyA = ipKey(a);
  const keyB = ipKey(b);
  return keyA !== null && keyB !== null && keyA.family === keyB.family && keyA.key === keyB.key;
}

/**
 * Whether DNS backs a report: the refusing host resolves, the address the bounce gave is one of
 * its own, and the server sits on a Russian network by the embedded table, or is one the
 * announcement names. Made-up hosts, and servers the record is not about, stop here. Answers the
 * network to keep with the report: that of the bounce's address, else the host's Russian one.
 */
export async function checkReportHost(host: string, remoteIp: string | undefined): Promise<HostCheck> {
  const lookup = await lookupHost(host);
  if (lookup.status === 'unavailable') return { ok: false, code: 'dns_unavailable' };
  if (lookup.status === 'unknown') return { ok: false, code: 'unknown_host' };
  // With one of the host's two queries unanswered, what is missing may be the very address the
  // bounce gave, or the Russian one: DNS could not say, which is not the report's fault.
  const unsure: HostCheck = { ok: false, code: 'dns_unavailable' };
  let candidates: MxAddress[] = lookup.addresses;
  if (remoteIp !== undefined) {
    candidates = candidates.filter((address) => sameIp(address.ip, remoteIp));
    if (candidates.length === 0) return lookup.complete ? { ok: false, code: 'ip_mismatch' } : unsure;
  }
  const russian = candidates.find((address) => address.country === 'RU');
  const announced = blockedServers.some((server) => server.host === host);
  if (!russian && !announced) return lookup.complete || remoteIp !== undefined ? { ok: false, code: 'not_in_scope' } : unsure;
  const chosen = russian ?? candidates[0];
  return { ok: true, network: { asn: chosen?.asn ?? null, operator: chosen?.operator ?? null } };
}
