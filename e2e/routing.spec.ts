import { expect, test } from '@playwright/test';

import { generatedLetters } from './support/page';

test.describe('the root address', () => {
  const cases = [
    { acceptLanguage: 'fr-CH, fr;q=0.9, en;q=0.8', locale: 'fr' },
    { acceptLanguage: 'ru-RU,ru;q=0.9,en-US;q=0.8', locale: 'ru' },
    { acceptLanguage: 'de;q=0.5, nl', locale: 'nl' },
    { acceptLanguage: 'ja, zh;q=0.8', locale: 'en' },
    { acceptLanguage: '', locale: 'en' },
  ];

  for (const { acceptLanguage, locale } of cases) {
    test(`sends "${acceptLanguage}" to /${locale} with a 307`, async ({ request }) => {
      const response = await request.get('/', { headers: { 'Accept-Language': acceptLanguage }, maxRedirects: 0 });

      expect(response.status()).toBe(307);
      expect(new URL(response.headers()['location'] ?? '', 'http://x').pathname).toBe(`/${locale}`);
    });
  }

  test('lands a browser on the page of its language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();

    await page.goto('/');

    expect(new URL(page.url()).pathname).toBe('/ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await context.close();
  });
});

test.describe('the fragment pre-fill', () => {
  test('fills the form from #to=… and shows the letters without typing', async ({ page }) => {
    await page.goto('/en#to=olga@bk.ru&lang=ru');

    await expect(page.locator('#recipient')).toHaveValue('olga@bk.ru');
    const letters = generatedLetters(page);
    await expect(letters.getByRole('heading', { level: 4, name: /Mail\.ru/ })).toHaveCount(1);
    await expect(page.locator('input[name="languages"][value="ru"]')).toBeChecked();
  });

  test('never sends the fragment to the server', async ({ page }) => {
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));

    await page.goto('/en#to=olga@bk.ru&name=Ivan&lang=ru');
    await expect(generatedLetters(page).first()).toBeVisible();

    expect(urls.filter((url) => /olga|Ivan/i.test(url))).toEqual([]);
  });
});
