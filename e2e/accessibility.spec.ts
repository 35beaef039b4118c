import { expect, test } from '@playwright/test';

import { axeViolations } from './support/axe';
import { en } from './support/messages';
import { generate, generatedLetters, results } from './support/page';

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

  test('finds no violation on the checklist: texts open and closed, letters marked sent, an offer, the reminder', async ({ page }) => {
    const letters = await generate(page, 'olga@mail.ru');
    await expect(results(page).getByRole('region', { name: 'Who runs this mailbox' })).toContainText('AS47764');
    await letters.nth(0).getByRole('button', { name: 'Mark as sent', exact: true }).click();
    await letters.nth(2).getByText('Read the letter').click();
    await Promise.all([page.waitForEvent('download'), letters.nth(3).getByRole('button', { name: 'Download .eml' }).click()]);
    await results(page).getByRole('button', { name: en('checklist.remind') }).click();
    const open = await letters.locator('details[open]').count();
    expect(open).toBeGreaterThanOrEqual(2);
    expect(await letters.locator('details:not([open])').count()).toBeGreaterThanOrEqual(1);
    await expect(letters.nth(3).getByRole('button', { name: 'Yes, mark it as sent' })).toBeVisible();
    await expect(results(page).getByRole('region', { name: en('checklist.reminder.heading') })).toBeVisible();

    expect(await axeViolations(page)).toEqual([]);
  });

  test.describe('two weeks later', () => {
    test.use({ timezoneId: 'Europe/Brussels' });

    test('finds no violation on the returning visitor’s list and on a due follow-up', async ({ page }) => {
      await page.clock.install({ time: new Date('2026-11-20T10:00:00+01:00') });
      const letters = await generate(page, 'olga@mail.ru');
      await letters.nth(0).getByRole('button', { name: 'Mark as sent', exact: true }).click();
      await page.clock.setSystemTime(new Date('2026-12-05T10:00:00+01:00'));
      await page.reload();
      const stored = page.getByRole('region', { name: en('checklist.returning.heading') });
      await expect(stored).toBeVisible();

      expect(await axeViolations(page)).toEqual([]);

      await stored.getByRole('button', { name: en('checklist.returning.continue') }).click();
      await expect(generatedLetters(page).nth(0).getByRole('region', { name: 'Follow-up', exact: true }).locator('pre')).toBeVisible();

      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
