import { expect, test } from '@playwright/test';

import { generatedLetters } from './support/page';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.describe('guidance around the letters', () => {
  test('warns that a complaint from the blocked service meets the same block, and says what to attach', async ({ page }) => {
    await page.goto('/en');
    const guidance = page.locator('section[aria-labelledby="guidance-heading"]');

    await expect(guidance).toContainText('A complaint sent from Mailfence to a provider that blocks Mailfence meets the same block');
    await expect(guidance).toContainText('saved as an .eml file');
  });

  test('points to OONI Probe and to OONI Explorer for the chosen service, saying OONI measures websites', async ({ page }) => {
    await page.goto('/en');
    const guidance = page.locator('section[aria-labelledby="guidance-heading"]');

    await expect(guidance.getByRole('link', { name: 'Install OONI Probe' })).toHaveAttribute('href', 'https://ooni.org/install');
    await expect(guidance.getByRole('link', { name: /OONI Explorer/ })).toHaveAttribute(
      'href',
      'https://explorer.ooni.org/search?domain=mailfence.com&probe_cc=RU',
    );
    await page.getByLabel('Blocked service').selectOption('proton');
    await expect(guidance.getByRole('link', { name: /OONI Explorer/ })).toHaveAttribute(
      'href',
      'https://explorer.ooni.org/search?domain=proton.me&probe_cc=RU',
    );
    await expect(guidance).toContainText('OONI measures websites, not mail delivery');
  });

  test('says that running a probe carries risks, links OONI’s own page on them, and asks no one else to run it', async ({ page }) => {
    await page.goto('/en');
    const guidance = page.locator('section[aria-labelledby="guidance-heading"]');

    await expect(guidance).toContainText('Running a probe can carry risks for the person who runs it');
    await expect(guidance.getByRole('link', { name: /risks of running a probe/ })).toHaveAttribute('href', 'https://ooni.org/about/risks/');
    await expect(guidance).not.toContainText(/ask (your|the) recipient/i);
  });

  test('links the public record of refusals', async ({ page }) => {
    await page.goto('/fr');
    const guidance = page.locator('section[aria-labelledby="guidance-heading"]');
    await expect(guidance.getByRole('link', { name: 'Voir le registre public' })).toHaveAttribute('href', '/fr/blocking');
  });
});

test.describe('sharing the form', () => {
  test('Copy link to this form copies a link whose fragment opens the same form with its letters', async ({ page, context }) => {
    await page.goto('/en');
    await page.locator('#recipient').fill('olga@bk.ru');
    await page.getByLabel('Your name').fill('Anne Martin');
    await page.getByLabel('Blocked service').selectOption('tuta');
    await page.getByRole('button', { name: 'Copy link to this form' }).click();
    await expect(page.getByRole('status').filter({ hasText: /copied/i })).not.toHaveCount(0);

    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.pathname).toBe('/en');
    expect(link.search).toBe('');
    const fragment = new URLSearchParams(link.hash.slice(1));
    expect(fragment.get('to')).toBe('olga@bk.ru');
    expect(fragment.get('name')).toBe('Anne Martin');
    expect(fragment.get('service')).toBe('tuta');

    const opened = await context.newPage();
    await opened.goto(link.href);
    await expect(generatedLetters(opened).first()).toBeVisible();
    await expect(opened.locator('#recipient')).toHaveValue('olga@bk.ru');
    await expect(opened.getByLabel('Your name')).toHaveValue('Anne Martin');
    await expect(opened.getByLabel('Blocked service')).toHaveValue('tuta');
    await expect(generatedLetters(opened).first()).toContainText('Tuta');
  });
});
