import { letterText } from '@/lib/letters/letter-text';
import type { Letter } from '@/lib/letters/types';
import { renderLetterHtml } from '@/templates/render-letter-html';

import { buildEml, type EmlFields } from './eml';
import { handOffLetter, type LetterHandoff } from './hand-off-letter';

export interface LetterDraft {
  html: string;
  /** The .eml draft (RFC 5322, `X-Unsent: 1`), text and HTML alternatives of the same words. */
  eml: string;
}

/**
 * The letter as a draft to open in a mail app. Its own module, because it brings React Email's
 * renderer (about 80 KB gzip in the browser): the page loads it on the first download only.
 */
export async function letterDraft(letter: Letter, from?: EmlFields['from']): Promise<LetterDraft> {
  const html = await renderLetterHtml(letter);
  const eml = buildEml({ ...(from ? { from } : {}), to: letter.to, subject: letter.subject, text: letterText(letter), html });
  return { html, eml };
}

/** Every way to send a letter, as POST /api/letters answers it: the card's hand-offs and the draft. */
export async function deliverLetter(letter: Letter, from?: EmlFields['from']): Promise<LetterHandoff & LetterDraft> {
  return { ...handOffLetter(letter), ...(await letterDraft(letter, from)) };
}
