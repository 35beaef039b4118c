import type { Locale } from '@/lib/i18n/locales';

import type { ComposedLetters } from './compose-letters';
import { followUpLetter } from './follow-up-letter';
import type { LetterRequest } from './letter-request-schema';
import type { Letter } from './types';

/** Why a follow-up cannot be written: the set has no such letter (or not that variant), or it was "sent" later than now. */
export type FollowUpRefusal = 'unknown_letter' | 'future';

// Clocks disagree by seconds, sometimes minutes: a letter marked "sent" by a client whose clock
// runs a little ahead is not a letter from the future.
const clockSkewMs = 5 * 60_000;

/**
 * The follow-up POST /api/letters answers for `followUpOf`, from the letters the same request
 * composes: the letter is found by its id in the set, and the day it was sent is the date of
 * `sentAt` as its own offset reads it (the sender's calendar, not the server's).
 */
export function composeFollowUp(
  composed: ComposedLetters,
  followUpOf: NonNullable<LetterRequest['followUpOf']>,
  userLanguage: Locale,
  now: Date,
): { ok: true; letter: Letter } | { ok: false; reason: FollowUpRefusal } {
  if (Date.parse(followUpOf.sentAt) > now.getTime() + clockSkewMs) return { ok: false, reason: 'future' };
  const context = { resolution: composed.resolution, facts: composed.facts, letters: composed.letters };
  const sentOn = followUpOf.sentAt.slice(0, 10);
  const letter = followUpLetter(context, { letterId: followUpOf.letterId, sentOn, variant: followUpOf.variant }, userLanguage);
  return letter === null ? { ok: false, reason: 'unknown_letter' } : { ok: true, letter };
}
