import { readFileSync } from 'node:fs';
import path from 'node:path';

import { messagePlaceholders } from '@/lib/i18n/format-message';
import { locales } from '@/lib/i18n/locales';

/*
 * The message files as a translator edits them, read from disk rather than through the typed
 * import: a missing key or a renamed placeholder must fail here even where the type check is not run.
 */
const directory = path.join(process.cwd(), 'messages', 'letters');

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    entries.set(prefix, value);
    return entries;
  }
  for (const [key, child] of Object.entries(value)) {
    for (const [childKey, leaf] of flatten(child, prefix ? `${prefix}.${key}` : key)) entries.set(childKey, leaf);
  }
  return entries;
}

function readMessages(locale: string): Map<string, unknown> {
  return flatten(JSON.parse(readFileSync(path.join(directory, `${locale}.json`), 'utf8')));
}

/** Whether a text has words of its own, beyond placeholders and punctuation (`{name} <{address}>`). */
function hasWords(text: string): boolean {
  return /\p{L}{2}/u.test(text.replace(/\{\w+\}/g, ''));
}

const english = readMessages('en');
const others = locales.filter((locale) => locale !== 'en');

describe('the letter messages', () => {
  it('hold only non-empty texts in English, the reference language', () => {
    expect(english.size).toBeGreaterThan(30);
    for (const [key, text] of english) {
      expect([key, typeof text]).toEqual([key, 'string']);
      expect([key, String(text).length > 0]).toEqual([key, true]);
    }
  });

  describe.each(others)('in %s', (locale) => {
    const messages = readMessages(locale);

    it('have every English message and no other', () => {
      expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('use the same placeholders as English in every message', () => {
      for (const [key, reference] of english) {
        const text = messages.get(key);
        expect([key, typeof text]).toEqual([key, 'string']);
        expect([key, messagePlaceholders(String(text))]).toEqual([key, messagePlaceholders(String(reference))]);
      }
    });

    it('are translated, not copied from English, wherever a text has words', () => {
      const untranslated = [...english]
        .filter(([key, reference]) => hasWords(String(reference)) && messages.get(key) === reference)
        .map(([key]) => key);
      expect(untranslated).toEqual([]);
    });
  });

  it('put a no-break space before French high punctuation, as French typography requires', () => {
    for (const [key, text] of readMessages('fr')) {
      expect([key, / [:;?!]/.test(String(text))]).toEqual([key, false]);
    }
  });
});
