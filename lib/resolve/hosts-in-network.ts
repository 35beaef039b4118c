import type { Isp } from '@/lib/data/schema';

import type { MxHost } from './types';

/** One MX address inside an ISP's networks: the host, its address and the AS that holds it. */
export interface HostInNetwork {
  host: string;
  ip: string;
  asn: number;
}

/** The recipient's MX addresses that sit in one of the ISP's AS numbers. */
export function hostsInNetwork(isp: Pick<Isp, 'asns'>, mx: readonly MxHost[] | null | undefined): HostInNetwork[] {
  const asns = new Set(isp.asns);
  return (mx ?? []).flatMap(({ host, addresses }) =>
    addresses.flatMap(({ ip, asn }) => (asn !== null && asns.has(asn) ? [{ host, ip, asn }] : [])),
  );
}
