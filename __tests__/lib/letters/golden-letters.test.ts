import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { locales, type Locale } from '@/lib/i18n/locales';
import { buildLetters } from '@/lib/letters/build-letters';
import { letterText } from '@/lib/letters/letter-text';

import { goldenCases as cases } from './support/golden-cases';

/*
 * The golden letters: every letter for three fixed cases, in each language, as a reader sees them
 * (golden/<locale>.txt). They are there to be read by a native speaker in review; a change in the
 * words shows up as a diff of the file. After an intended change, rewrite them with
 *   UPDATE_GOLDEN=1 npx jest __tests__/lib/letters/golden-letters.test.ts
 * and read the diff before committing it.
 */
const directory = path.join(__dirname, 'golden');

function goldenText(locale: Locale): string {
  return cases
    .map(({ name, resolution, sender, evidence }) => {
      const { letters } = buildLetters(resolution, sender, [locale], { userLanguage: locale, evidence });
      const texts = letters.map((letter) =>
        [`=== ${letter.id}`, `To: ${letter.to.join(', ')}`, `Subject: ${letter.subject}`, '', letterText(letter)].join('\n'),
      );
      return [`######## ${name}`, ...texts].join('\n\n');
    })
    .join('\n\n');
}

describe('the golden letters', () => {
  it.each(locales)('in %s read as recorded in golden/%s.txt', (locale) => {
    const file = path.join(directory, `${locale}.txt`);
    const text = `${goldenText(locale)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
    expect(existsSync(file)).toBe(true);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});
