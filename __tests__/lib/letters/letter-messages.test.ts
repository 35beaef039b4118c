import { readFileSync } from 'node:fs';
import path from 'node:path';

import { messagePlaceholders } from '@/lib/i18n/format-message';
import { locales } from '@/lib/i18n/locales';

/*
 * The message files as a translator edits them, read from disk rather than through the typed
 * import: a missing key or a renamed placeholder must fail here even where the type check is not run.
 */
const directory = path.join(process.cwd(), 'messages', 'letters');

const pluralCategories = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** A message that changes with a count: an object of CLDR plural forms (lib/letters/letter-messages.ts). */
function isPlural(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && 'other' in value && Object.keys(value).every((key) => pluralCategories.has(key));
}

/** Every message by its dotted key; a plural message stays one entry, its forms under it. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (typeof value !== 'object' || value === null || Array.isArray(value) || isPlural(value)) {
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

/** The texts of a message: itself, or each of its plural forms. */
function forms(message: unknown): string[] {
  return isPlural(message) ? Object.values(message).map(String) : [String(message)];
}

describe('the letter messages', () => {
  it('hold only non-empty texts in English, the reference language', () => {
    expect(english.size).toBeGreaterThan(30);
    for (const [key, message] of english) {
      for (const text of forms(message)) expect([key, typeof text, text.length > 0]).toEqual([key, 'string', true]);
    }
  });

  it.each(locales)('give each plural message in %s exactly the forms its plural rules use', (locale) => {
    const categories = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
    const plurals = [...readMessages(locale)].filter(([, message]) => isPlural(message));
    expect(plurals.length).toBeGreaterThan(0);
    for (const [key, message] of plurals) {
      expect([key, Object.keys(message as object).sort()]).toEqual([key, categories]);
    }
  });

  describe.each(others)('in %s', (locale) => {
    const messages = readMessages(locale);

    it('have every English message and no other', () => {
      expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('use the same placeholders as English in every message and every plural form', () => {
      for (const [key, reference] of english) {
        const expected = messagePlaceholders(String(forms(reference)[0]));
        for (const text of forms(messages.get(key))) expect([key, messagePlaceholders(text)]).toEqual([key, expected]);
      }
    });

    it('are translated, not copied from English, wherever a text has words', () => {
      const untranslated = [...english]
        .filter(([key, reference]) => forms(reference).some(hasWords) && forms(messages.get(key)).some((text) => forms(reference).includes(text)))
        .map(([key]) => key);
      expect(untranslated).toEqual([]);
    });
  });

  it('put a no-break space before French high punctuation, as French typography requires', () => {
    for (const [key, message] of readMessages('fr')) {
      for (const text of forms(message)) expect([key, / [:;?!]/.test(text)]).toEqual([key, false]);
    }
  });
});
