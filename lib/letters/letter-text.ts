import type { Letter } from './types';

/** The line between two languages' parts: plain ASCII that no mail client reads as a signature ("-- "). */
export const partSeparator = '- '.repeat(20).trimEnd();

/**
 * The one plain text of a letter, used by copy, mailto, webmail and the .eml alike so that they
 * never disagree: each part's paragraphs joined by blank lines, the parts by a separator line.
 * Line ends stay `\n`; each hand-off turns them into what its format needs (CRLF for mail).
 */
export function letterText(letter: Letter): string {
  return letter.parts
    .map((part) => part.paragraphs.join('\n\n'))
    .join(`\n\n${partSeparator}\n\n`);
}
