import { render } from '@react-email/components';
import { createElement } from 'react';

import type { Letter } from '@/lib/letters/types';

import { LetterEmail } from './letter-email';

/**
 * A letter's HTML. Kept in its own module so that the page loads it (and React Email's renderer,
 * about 80 KB gzip in the browser) only when a letter is downloaded, never on first load.
 */
export function renderLetterHtml(letter: Letter): Promise<string> {
  return render(createElement(LetterEmail, { letter }));
}
