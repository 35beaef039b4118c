import type { BounceFacts } from '@/lib/bounce/types';
import type { Locale } from '@/lib/i18n/locales';
import { resolveRecipient } from '@/lib/resolve/resolve-recipient';
import type { ReportedBlocking } from '@/lib/reports/types';
import type { MxLookup, Resolution } from '@/lib/resolve/types';

import { buildLetters, defaultLetterLanguages, type LetterSet } from './build-letters';
import type { SendingServers } from './letter-facts';
import type { LetterRequest } from './letter-request-schema';
import type { SenderFacts } from './types';

// The page reads the service with the engine it has loaded, rather than carrying the data twice.
export { senderService } from './letter-facts';

/** What the lookups found for one request; each is absent until it has answered. */
export interface LookupResults {
  /** What DNS said of the recipient's mail servers (the server's MX lookup). */
  mx?: MxLookup;
  /** What the bounce said (readBounce is asynchronous, so it is read before composing). */
  bounce?: BounceFacts | null;
  /** The blocked service's SPF ranges. */
  sendingServers?: SendingServers | null;
  /** What the public record says the recipient's MX hosts refuse (the `only=mx` answer). */
  reportedBlocking?: ReportedBlocking[];
}

export interface ComposedLetters extends LetterSet {
  resolution: Resolution;
  /** The public record's reports of the recipient's MX hosts refusing mail, for the page to show. */
  reportedBlocking: ReportedBlocking[];
  /** The facts read from the bounce, for the user to check: null when none was given or readable. */
  bounce: BounceFacts | null;
}

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

/** The sender as a draft's `From`: their address with their name, or nothing when they gave no address. */
export function senderMailbox(request: LetterRequest): { address: string; name?: string } | undefined {
  if (!request.senderAddress) return undefined;
  return { address: request.senderAddress.address, ...(request.senderName ? { name: request.senderName } : {}) };
}

/**
 * The one pipeline from a validated request to its letters, for the page and POST /api/letters
 * alike: resolve the recipient (with what DNS said, once it has), choose the languages, and write
 * every letter that fits. Pure and synchronous; the lookups are the caller's, since the page
 * writes the letters at once and again when the server answers.
 */
export function composeLetters(request: LetterRequest, userLanguage: Locale, lookups: LookupResults = {}): ComposedLetters {
  const resolved = resolveRecipient(request.recipient, lookups.mx ? lookups.mx.mx : undefined);
  const resolution = lookups.mx ? { ...resolved, mxStatus: lookups.mx.mxStatus } : resolved;
  const languages = request.languages ?? defaultLetterLanguages(resolution, userLanguage);
  const bounce = request.bounce ? (lookups.bounce ?? null) : null;
  const set = buildLetters(resolution, senderFacts(request), languages, {
    userLanguage,
    evidence: { bounce, sendingServers: lookups.sendingServers ?? null, reportedBlocking: lookups.reportedBlocking ?? [] },
  });
  return { ...set, resolution, bounce, reportedBlocking: lookups.reportedBlocking ?? [] };
}
