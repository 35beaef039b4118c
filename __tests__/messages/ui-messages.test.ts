import { addressErrorCodes } from '@/lib/address/types';
import { messagePlaceholders } from '@/lib/i18n/format-message';
import { locales, type Locale } from '@/lib/i18n/locales';
import de from '@/messages/ui/de.json';
import en from '@/messages/ui/en.json';
import es from '@/messages/ui/es.json';
import fr from '@/messages/ui/fr.json';
import nl from '@/messages/ui/nl.json';
import ru from '@/messages/ui/ru.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf as `path → text`, e.g. `form.submit → "Generate letters"`. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [leaf, text] of leaves(value, path)) result.set(leaf, text);
  }
  return result;
}

// A Record over Locale: a language added to the list without its file fails the type check here.
const files: Record<Locale, Tree> = { en, fr, ru, de, nl, es };
const load = (locale: Locale): Tree => files[locale];
const english = leaves(en);

describe.each(locales)('the %s UI messages', (locale) => {
  const messages = leaves(load(locale));

  it('hold every English key and no other', () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('use the same placeholders as English in every text', () => {
    for (const [key, text] of english) {
      expect({ key, placeholders: messagePlaceholders(messages.get(key) ?? '') }).toEqual({
        key,
        placeholders: messagePlaceholders(text),
      });
    }
  });

  it('leave no text empty', () => {
    for (const [key, text] of messages) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });
});

describe('the UI messages', () => {
  it('explain every address error code', () => {
    expect(Object.keys(en.addressErrors).sort()).toEqual([...addressErrorCodes].sort());
  });

  it.each(locales.filter((locale) => locale !== 'en'))('are translated in %s, not copied from English', (locale) => {
    const messages = leaves(load(locale));
    // Brand names and short codes may read the same in every language; whole sentences may not.
    const sentences = [...english].filter(([, text]) => text.split(' ').length >= 4);
    const copied = sentences.filter(([key, text]) => messages.get(key) === text).map(([key]) => key);
    expect(copied).toEqual([]);
  });
});
