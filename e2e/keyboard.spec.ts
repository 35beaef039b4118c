import { expect, test, type Locator, type Page } from '@playwright/test';

import { generatedLetters } from './support/page';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Presses Tab until focus is on (or inside) the target, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    const reached = await target.evaluate((element) => element.contains(document.activeElement)).catch(() => false);
    if (reached) return presses;
  }
  throw new Error(`Tab did not reach ${target} within ${limit} presses`);
}

test('the whole task works from the keyboard alone', async ({ page }) => {
  await page.goto('/en');

  await tabTo(page, page.locator('#recipient'), 20);
  await page.keyboard.type('olga@mail.ru');
  await page.keyboard.press('Enter');

  const firstCard = generatedLetters(page).first();
  await expect(firstCard).toBeVisible();
  await tabTo(page, firstCard, 80);
  const copy = firstCard.getByRole('button', { name: 'Copy letter' });
  await tabTo(page, copy, 20);
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(firstCard.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('mail.ru');
});

test('focus is always visible', async ({ page }) => {
  await page.goto('/en');
  await tabTo(page, page.locator('#recipient'), 20);

  const outline = await page.locator('#recipient').evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
  });
  expect(outline.style !== 'none' && outline.width > 0 || outline.shadow !== 'none').toBe(true);
});
