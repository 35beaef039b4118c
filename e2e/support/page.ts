import { expect, type Locator, type Page } from '@playwright/test';

import type { Locale } from '@/lib/i18n/locales';

/** The results section of the contract: `<section aria-labelledby="results-heading">`. */
export function results(page: Page): Locator {
  return page.locator('section[aria-labelledby="results-heading"]');
}

/** One `<article>` per letter inside the results. */
export function generatedLetters(page: Page): Locator {
  return results(page).locator('article');
}

/**
 * Opens the form in a language, types the recipient and presses Enter, as a person would, then
 * waits for the letters to be complete (settledLetters).
 */
export async function generate(page: Page, address: string, locale: Locale = 'en'): Promise<Locator> {
  await page.goto(`/${locale}`);
  const recipient = page.locator('#recipient');
  await recipient.fill(address);
  await recipient.press('Enter');
  return settledLetters(page);
}

/**
 * The letters once they are complete: the results say they are busy until every group is rendered
 * and the server's DNS answer has refined them.
 */
export async function settledLetters(page: Page): Promise<Locator> {
  const letters = generatedLetters(page);
  await expect(letters.first()).toBeVisible();
  await expect(results(page)).not.toHaveAttribute('aria-busy');
  return letters;
}

/** The letter card whose heading matches. */
export function letterCard(page: Page, heading: RegExp): Locator {
  return generatedLetters(page).filter({ has: page.getByRole('heading', { level: 4, name: heading }) });
}
