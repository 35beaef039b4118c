export type { MxLookup } from '@/lib/resolve/types';

/** The network an IP address sits on, from lib/data/networks.json; all null when it is not there. */
export interface NetworkInfo {
  asn: number | null;
  operator: string | null;
  country: string | null;
}
