import type { LetterRequest } from './letter-request-schema';

/** The sender as a draft's `From`: their address with their name, or nothing when they gave no address. */
export function senderMailbox(request: LetterRequest): { address: string; name?: string } | undefined {
  if (!request.senderAddress) return undefined;
  return { address: request.senderAddress.address, ...(request.senderName ? { name: request.senderName } : {}) };
}
