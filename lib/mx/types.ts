import type { MxHost, MxStatus } from '@/lib/resolve/types';

/** What `lookupMx` answers: hosts only with `mxStatus: 'ok'`, otherwise null and the reason. */
export interface MxLookup {
  mx: MxHost[] | null;
  mxStatus: MxStatus;
}

/** The network an IP address sits on, from lib/data/networks.json; all null when it is not there. */
export interface NetworkInfo {
  asn: number | null;
  operator: string | null;
  country: string | null;
}
