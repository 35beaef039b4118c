import type { LetterRequest } from './letter-request-schema';
import type { SenderFacts } from './types';

/** The letters' view of a validated request: only what the sender chose to tell. */
export function senderFacts(request: LetterRequest): SenderFacts {
  const facts: SenderFacts = { service: request.senderService };
  if (request.senderName) facts.name = request.senderName;
  if (request.senderAddress) facts.address = request.senderAddress.address;
  if (request.failedAt) facts.failedAt = request.failedAt;
  if (request.bounce) facts.bounce = request.bounce;
  if (request.note) facts.note = request.note;
  return facts;
}
