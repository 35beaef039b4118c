import { expect, test, type Page } from '@playwright/test';

import { letterCard, results } from './support/page';

/*
 * On a slow connection the form is on screen before its script: a visitor may start typing before
 * the page is interactive. What they typed must still be there, and in the letters, once it is.
 * The page's scripts are held back here so that the typing surely comes first.
 */

/** Whether React has taken over this element yet (it keeps its fiber on the node). */
function isHydrated(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((target) => {
    const element = document.querySelector(target);
    return element !== null && Object.keys(element).some((key) => key.startsWith('__react'));
  }, selector);
}

/** Holds every script of the page back for a moment, as a slow connection would. */
async function holdScriptsBack(page: Page): Promise<void> {
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
}

test.describe('typing before the page is interactive', () => {
  test.use({ timezoneId: 'UTC' });

  test('keeps what was typed, and the letters use it', async ({ page }) => {
    await holdScriptsBack(page);
    await page.goto('/en', { waitUntil: 'domcontentloaded' });

    await page.locator('#senderName').fill('Anne Early');
    await page.getByLabel('When did delivery fail?').fill('2026-11-20T15:05');
    await page.locator('#note').fill('Typed before the script came.');
    await page.getByLabel('Blocked service').selectOption('proton');
    // Ticked languages replace the default ones (Russian and the page's).
    await page.getByRole('checkbox', { name: 'English' }).check();
    await page.getByRole('checkbox', { name: 'Deutsch' }).check();
    // The test proves nothing if the page was interactive already.
    expect(await isHydrated(page, '#senderName')).toBe(false);

    await expect.poll(() => isHydrated(page, '#senderName'), { timeout: 20_000 }).toBe(true);
    await expect(page.locator('#senderName')).toHaveValue('Anne Early');
    await expect(page.locator('#note')).toHaveValue('Typed before the script came.');
    await expect(page.getByLabel('Blocked service')).toHaveValue('proton');
    await expect(page.getByRole('checkbox', { name: 'English' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Deutsch' })).toBeChecked();

    await page.locator('#recipient').fill('olga@mail.ru');
    await page.locator('#recipient').press('Enter');
    await expect(results(page)).not.toHaveAttribute('aria-busy', { timeout: 20_000 });
    const letter = letterCard(page, /^To Mail\.ru$/).locator('pre');
    await expect(letter).toContainText('Time of the failed delivery: 2026-11-20 15:05 UTC');
    await expect(letter).toContainText('Anne Early');
    await expect(letter).toContainText('Proton Mail');
    // German was ticked with English, so the provider's letter has a German part and no Russian one.
    await expect(letter).toContainText('Sehr geehrte Damen und Herren,');
    await expect(letter).not.toContainText('Здравствуйте');
  });

  test('pressing Enter sends nothing to the server: the browser’s own submission would put the form in the URL', async ({ page }) => {
    const documents: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url());
    });
    await holdScriptsBack(page);
    await page.goto('/en', { waitUntil: 'domcontentloaded' });

    await page.locator('#recipient').fill('olga@mail.ru');
    await page.locator('#recipient').press('Enter');
    expect(await isHydrated(page, '#recipient')).toBe(false);
    await expect(page.getByRole('button', { name: 'Generate letters' })).toBeDisabled();

    await expect.poll(() => isHydrated(page, '#recipient'), { timeout: 20_000 }).toBe(true);
    expect(documents.map((url) => new URL(url).search)).toEqual(['']);
    await expect(page).toHaveURL(/\/en$/);
    // Once the page is interactive, the same Enter writes the letters.
    await page.locator('#recipient').press('Enter');
    await expect(letterCard(page, /^To Mail\.ru$/)).toBeVisible();
  });
});
