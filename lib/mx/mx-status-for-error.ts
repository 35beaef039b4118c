import type { MxStatus } from '@/lib/resolve/types';

/**
 * The status a failed MX query stands for. c-ares reports NXDOMAIN as ENOTFOUND and an empty
 * answer as ENODATA; ECANCELLED is our own budget running out (lookupMx cancels the resolver).
 * Everything else (SERVFAIL, REFUSED, a malformed answer, no server reachable) is an error.
 */
export function mxStatusForError(error: unknown): MxStatus {
  // Duck-typed: node:dns errors may come from another realm (jest's VM), where instanceof fails.
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'ENOTFOUND':
      return 'nxdomain';
    case 'ENODATA':
      return 'nodata';
    case 'ETIMEOUT':
    case 'ECANCELLED':
      return 'timeout';
    default:
      return 'error';
  }
}
