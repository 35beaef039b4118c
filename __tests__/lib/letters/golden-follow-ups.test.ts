import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { locales, type Locale } from '@/lib/i18n/locales';
import { buildLetters } from '@/lib/letters/build-letters';
import { followUpLetter } from '@/lib/letters/follow-up-letter';
import { letterText } from '@/lib/letters/letter-text';
import { followUpVariantsFor } from '@/lib/letters/types';

import { goldenCases } from './support/golden-cases';

/*
 * The golden follow-ups: for the golden letters' three cases, each letter's follow-up in each
 * variant that fits it, in each language (golden-follow-ups/<locale>.txt), to be read by a native
 * speaker as the desk that receives them. After an intended change, rewrite them with
 *   UPDATE_GOLDEN=1 npx jest __tests__/lib/letters/golden-follow-ups.test.ts
 * and read the diff before committing it.
 */
const directory = path.join(__dirname, 'golden-follow-ups');

// The day the first letters went out, in the sender's calendar.
const sentOn = '2026-11-20';

function goldenText(locale: Locale): string {
  return goldenCases
    .map(({ name, resolution, sender, evidence }) => {
      const set = buildLetters(resolution, sender, [locale], { userLanguage: locale, evidence });
      const context = { resolution, facts: set.facts, letters: set.letters };
      const texts = set.letters.flatMap((first) =>
        followUpVariantsFor(first.kind).map((variant) => {
          const letter = followUpLetter(context, { letterId: first.id, sentOn, variant }, locale);
          if (letter === null) throw new Error(`no ${variant} follow-up for ${first.id}`);
          return [`=== ${letter.id} (${variant})`, `To: ${letter.to.join(', ')}`, `Subject: ${letter.subject}`, '', letterText(letter)].join('\n');
        }),
      );
      return [`######## ${name}`, ...texts].join('\n\n');
    })
    .join('\n\n');
}

describe('the golden follow-ups', () => {
  it.each(locales)('in %s read as recorded in golden-follow-ups/%s.txt', (locale) => {
    const file = path.join(directory, `${locale}.txt`);
    const text = `${goldenText(locale)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
    expect(existsSync(file)).toBe(true);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});
