import { expect, test, type Page } from '@playwright/test';

import { localeNames, type Locale } from '@/lib/i18n/locales';

import { messagePattern, uiMessages } from './support/messages';
import { generate } from './support/page';

/**
 * Names that stay as they are in every language: brands, protocol terms, and the languages' own
 * names for themselves (the letter-language boxes show "English" on every page, on purpose).
 */
const brandNames = [
  'Unblock Mail',
  'Mailfence',
  'OONI Probe',
  'OONI Explorer',
  'OONI',
  'Gmail',
  'Outlook.com',
  'Yandex Mail',
  'DNS',
  'MX',
  '.eml',
  'Message-ID',
  ...Object.values(localeNames),
];

/** Words a translator must have changed: what is left after placeholders and brand names holds two words or more. */
function needsTranslation(text: string): boolean {
  const rest = brandNames.reduce((left, brand) => left.split(brand).join(' '), text.replace(/\{\w+\}/g, ' '));
  return (rest.match(/\p{L}{2,}/gu) ?? []).length >= 2;
}

/** Every piece of text the page shows or announces: text nodes, then accessible names and hints in attributes. */
async function shownStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const strings: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('script, style')) continue;
      strings.push(node.textContent ?? '');
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) strings.push(value);
      }
    }
    const description = document.querySelector('meta[name="description"]')?.getAttribute('content');
    if (description) strings.push(description);
    return strings.map((text) => text.trim().replace(/\s*:$/, '')).filter(Boolean);
  });
}

for (const locale of ['fr', 'ru'] as const satisfies Locale[]) {
  test.describe(`/${locale}`, () => {
    const english = uiMessages('en');
    const local = uiMessages(locale);

    test(`has every UI message translated in messages/ui/${locale}.json`, () => {
      const missing = [...english.keys()].filter((key) => !local.has(key));
      const untranslated = [...english].filter(([key, text]) => needsTranslation(text) && local.get(key) === text).map(([key]) => key);

      expect(missing).toEqual([]);
      expect(untranslated).toEqual([]);
    });

    test('shows no English UI text, on the empty form nor with the letters', async ({ page }) => {
      // A text that is only a name (a brand, a language's name for itself) is not UI to translate.
      const englishOnly = [...english].filter(([key, text]) => local.get(key) !== text && !brandNames.includes(text));
      const findEnglish = (shown: string[], body: string) =>
        englishOnly
          .filter(([, text]) => {
            if (shown.some((string) => messagePattern(text, { whole: true }).test(string))) return true;
            // Long sentences are looked for anywhere, in case the page joined them with other text.
            return text.replace(/\{\w+\}/g, '').length >= 25 && messagePattern(text, { whole: false }).test(body);
          })
          .map(([key, text]) => `${key}: ${text}`);

      await page.goto(`/${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('#recipient')).toBeVisible();
      expect(findEnglish(await shownStrings(page), await page.locator('body').innerText())).toEqual([]);

      await generate(page, 'olga@mail.ru', locale);
      await expect(page.locator('#results-heading')).toHaveText(local.get('results.heading') ?? '');
      expect(findEnglish(await shownStrings(page), await page.locator('body').innerText())).toEqual([]);
    });
  });
}
