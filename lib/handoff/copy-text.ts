import { normalizeLineBreaks } from './normalize-line-breaks';
import { oneLine } from './one-line';

export interface CopyTextFields {
  to: string[];
  subject: string;
  body: string;
}

/** Field names every mail user knows in English; a page may pass its own language's. */
export interface CopyTextLabels {
  to: string;
  subject: string;
}

const englishLabels: CopyTextLabels = { to: 'To', subject: 'Subject' };

/**
 * The letter as one text for the clipboard: `To:` (left out when there is no address, as for a
 * letter meant for a web form), `Subject:`, a blank line, then the body. Line breaks are LF, as
 * text in a browser has them; the subject is kept on its one line.
 */
export function buildCopyText(
  { to, subject, body }: CopyTextFields,
  labels: CopyTextLabels = englishLabels,
): string {
  const header = [
    to.length > 0 ? `${labels.to}: ${to.join(', ')}` : '',
    `${labels.subject}: ${oneLine(subject)}`,
  ].filter(Boolean);
  return [...header, '', normalizeLineBreaks(body, '\n')].join('\n');
}
