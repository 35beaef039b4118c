import { letterText } from '@/lib/letters/letter-text';
import type { Letter } from '@/lib/letters/types';

import { fitMailto } from './mailto';
import type { FittedHref } from './types';
import { buildWebmailLinks, type WebmailLink } from './webmail';

export interface LetterHandoff {
  /** The letter's one plain text: what is copied, linked and put in the .eml. */
  text: string;
  /** Null when the letter has no mailbox to write to (a web-form-only provider). */
  mailto: FittedHref | null;
  webmail: WebmailLink[];
}

/**
 * Every link of a letter from its one text, so the card and POST /api/letters can never
 * disagree. Links hold the short body when the whole letter would pass the 2,000-character budget.
 */
export function handOffLetter(letter: Letter): LetterHandoff {
  const text = letterText(letter);
  if (letter.to.length === 0) return { text, mailto: null, webmail: [] };
  const fields = { to: letter.to, subject: letter.subject, body: text, shortBody: letter.shortBody };
  return { text, mailto: fitMailto(fields), webmail: buildWebmailLinks(fields) };
}
