import { expect, test } from '@playwright/test';

import { axeViolations } from './support/axe';
import { generate } from './support/page';

test.describe('accessibility (axe-core)', () => {
  test('finds no violation on the empty form', async ({ page }) => {
    await page.goto('/en');
    await expect(page.locator('#recipient')).toBeVisible();

    expect(await axeViolations(page)).toEqual([]);
  });

  test('finds no violation on the results', async ({ page }) => {
    await generate(page, 'olga@mail.ru');

    expect(await axeViolations(page)).toEqual([]);
  });

  test('finds no violation on a refused address', async ({ page }) => {
    await page.goto('/en');
    await page.locator('#recipient').fill('olga@@mail.ru');
    await page.locator('#recipient').press('Enter');
    await expect(page.locator('#recipient-error')).toBeVisible();

    expect(await axeViolations(page)).toEqual([]);
  });

  test('finds no violation on the Russian page with its letters', async ({ page }) => {
    await generate(page, 'olga@mail.ru', 'ru');

    expect(await axeViolations(page)).toEqual([]);
  });
});
