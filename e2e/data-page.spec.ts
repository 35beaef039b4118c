import { expect, test, type Page } from '@playwright/test';

import { formatCalendarDate } from '@/lib/i18n/format-date';
import { locales } from '@/lib/i18n/locales';

import { axeViolations } from './support/axe';
import { messagePattern, uiMessages } from './support/messages';

/** The scripts a page loads, by path: what a visitor's browser downloads for it. */
async function loadedScripts(page: Page, path: string): Promise<string[]> {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  return scripts;
}

for (const locale of locales) {
  test.describe(`/${locale}/data`, () => {
    const t = uiMessages(locale);
    const text = (key: string) => t.get(key) ?? `missing ${key}`;

    test('shows every kind of record, each contact with its role, its dated source and its confidence', async ({ page }) => {
      await page.goto(`/${locale}/data`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page).toHaveTitle(text('dataPage.title'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('dataPage.heading'));
      for (const key of ['providersHeading', 'ispsHeading', 'serversHeading', 'servicesHeading', 'correctionHeading']) {
        await expect(page.getByRole('heading', { level: 2, name: text(`dataPage.${key}`) })).toBeVisible();
      }

      // MGTS's abuse mailbox: a RIPE role object last modified on 2021-04-13 (issue 11).
      const mgts = page.getByRole('article', { name: /MGTS/ });
      const contact = mgts.getByRole('listitem').filter({ hasText: 'abuse@spd-mgts.ru' });
      await expect(contact).toContainText(text('dataPage.roles.abuse'));
      const source = contact.getByRole('link', { name: messagePattern(text('card.sourceFrom'), { whole: true }) });
      await expect(source).toHaveText(text('card.sourceFrom').replace('{date}', formatCalendarDate('2021-04-13', locale)));
      await expect(source).toHaveAttribute('href', 'https://apps.db.ripe.net/db-web-ui/query?searchtext=95.165.0.1');
      await expect(contact).toContainText(text('dataPage.confidence').replace('{level}', text('dataPage.confidenceLevels.medium')));

      await expect(page.getByText('mail.uvz.ru', { exact: true })).toBeVisible();
      await expect(page.getByText('abuse@rambler-co.ru', { exact: true })).toBeVisible();
      await expect(page.getByText(text('dataPage.correction'))).toBeVisible();
    });

    test('is linked from the generator page, and links back to it and to the other languages', async ({ page }) => {
      await page.goto(`/${locale}`);
      await page.getByRole('link', { name: text('footer.dataLink') }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/data$`));
      await expect(page.getByRole('link', { name: text('dataPage.back') })).toHaveAttribute('href', `/${locale}`);
      const other = locales.find((candidate) => candidate !== locale) ?? 'en';
      await expect(page.getByRole('navigation', { name: text('languageSwitcher.label') }).locator(`a[hreflang="${other}"]`)).toHaveAttribute(
        'href',
        `/${other}/data`,
      );
    });

    test('finds no accessibility violation (axe-core)', async ({ page }) => {
      await page.goto(`/${locale}/data`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}

test('/en/data loads no script that the generator page does not load already', async ({ page }) => {
  const generator = await loadedScripts(page, '/en');
  const data = await loadedScripts(await page.context().newPage(), '/en/data');
  expect(data.length).toBeGreaterThan(0);
  expect(data.filter((script) => !generator.includes(script))).toEqual([]);
});
