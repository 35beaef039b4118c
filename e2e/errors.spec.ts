import { expect, test, type Page } from '@playwright/test';

import type { Locale } from '@/lib/i18n/locales';

import { uiMessages } from './support/messages';
import { generatedLetters } from './support/page';

function addressErrorTexts(locale: Locale): string[] {
  return [...uiMessages(locale)].filter(([key]) => key.startsWith('addressErrors.')).map(([, text]) => text);
}

async function submitRecipient(page: Page, locale: Locale, typed: string): Promise<void> {
  await page.goto(`/${locale}`);
  await page.locator('[name="senderName"]').fill('Ivan Petrov');
  await page.locator('#recipient').fill(typed);
  await page.locator('#recipient').press('Enter');
}

async function expectErrorOnRecipient(page: Page, locale: Locale, typed: string): Promise<string> {
  const recipient = page.locator('#recipient');
  const error = page.locator('#recipient-error');

  await expect(recipient).toHaveAttribute('aria-invalid', 'true');
  expect((await recipient.getAttribute('aria-describedby'))?.split(/\s+/)).toContain('recipient-error');
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toBeVisible();
  await expect(recipient).toBeFocused();
  // Nothing typed is lost: neither the bad address nor the other fields.
  await expect(recipient).toHaveValue(typed);
  await expect(page.locator('[name="senderName"]')).toHaveValue('Ivan Petrov');
  await expect(generatedLetters(page)).toHaveCount(0);

  const text = ((await error.textContent()) ?? '').trim();
  expect(addressErrorTexts(locale), `"${text}" is one of the ${locale} address errors`).toContain(text);
  return text;
}

test.describe('a bad address', () => {
  for (const typed of ['olga@@mail.ru', 'olga mail.ru', 'olga@localhost', 'olga@mail.ru?cc=boss@mail.ru', 'olga@[127.0.0.1]']) {
    test(`"${typed}" is refused on its field, with the input kept`, async ({ page }) => {
      await submitRecipient(page, 'en', typed);
      await expectErrorOnRecipient(page, 'en', typed);
    });
  }

  test('an empty recipient is refused too', async ({ page }) => {
    await submitRecipient(page, 'en', '');
    await expectErrorOnRecipient(page, 'en', '');
  });

  for (const locale of ['fr', 'ru'] as const) {
    test(`is explained in the page's language on /${locale}`, async ({ page }) => {
      await submitRecipient(page, locale, 'olga@@mail.ru');
      const text = await expectErrorOnRecipient(page, locale, 'olga@@mail.ru');

      expect(addressErrorTexts('en')).not.toContain(text);
    });
  }

  test('the error goes once the address is corrected, and the letters come', async ({ page }) => {
    await submitRecipient(page, 'en', 'olga@@mail.ru');
    await expect(page.locator('#recipient-error')).toBeVisible();

    await page.locator('#recipient').fill('olga@mail.ru');
    await page.locator('#recipient').press('Enter');

    await expect(generatedLetters(page).first()).toBeVisible();
    await expect(page.locator('#recipient')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#recipient-error')).toHaveCount(0);
  });
});
