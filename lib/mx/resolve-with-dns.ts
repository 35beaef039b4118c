import 'server-only';

import type { ParsedAddress } from '@/lib/address/types';
import { resolveRecipient } from '@/lib/resolve/resolve-recipient';
import type { Resolution } from '@/lib/resolve/types';
import { logRequestFailure } from '@/lib/server/log-request-failure';

import { lookupMx } from './lookup-mx';
import type { MxLookup } from './types';

/** lookupMx never rejects by contract; should it break anyway, the app's own data still answer. */
export async function lookupMxSafely(domain: string): Promise<MxLookup> {
  try {
    return await lookupMx(domain);
  } catch (error) {
    logRequestFailure('lookupMx', error);
    return { mx: null, mxStatus: 'error' };
  }
}

/**
 * The server's resolution: the pure resolver fed with what DNS said (`mx`, `mxStatus` set). A DNS
 * failure is never the client's problem: it only shows in `mxStatus`, and an MX answer the
 * resolver cannot use is dropped rather than costing the user their answer. For /api/resolve,
 * which looks the MX up first (it keeps each domain's answer for as long as that MX answer).
 */
export function resolveWithLookup(parsed: ParsedAddress, { mx, mxStatus }: MxLookup): Resolution {
  try {
    return { ...resolveRecipient(parsed, mx), mx, mxStatus };
  } catch (error) {
    logRequestFailure('resolveRecipient on the MX data', error);
    return { ...resolveRecipient(parsed, null), mx: null, mxStatus: 'error' };
  }
}
