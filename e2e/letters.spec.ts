import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { generate, generatedLetters, letterCard, results } from './support/page';

/*
 * Which letters the page writes, and to whom, in a real browser against next start and the tests'
 * DNS server (e2e/support/zone.mjs): the letter kinds of issue 8, their groups and the facts.
 */

test.describe('the letters that fit the case', () => {
  test('a company domain on Rostelecom gets a letter to Rostelecom’s network team, after the provider’s', async ({ page }) => {
    await generate(page, 'press@zavod-primer.ru');
    // The network letter needs DNS: it appears once the server has said where the MX sits.
    const network = letterCard(page, /^To the network team of Rostelecom$/);
    await expect(network).toHaveCount(1);
    await expect(network.locator('pre')).toContainText('mx.zavod-primer.ru [95.52.128.10] (AS12389)');
    await expect(network).toContainText('abuse@rt.ru');

    const groups = results(page).locator('section.letter-group > h3');
    await expect(groups.first()).toHaveText('To the mail provider');
    await expect(groups.nth(1)).toHaveText('To the networks the recipient\'s mail servers are on');
  });

  test('the Russian page heads a network letter with the Russian brand', async ({ page }) => {
    await generate(page, 'press@kombinat-primer.ru', 'ru');
    await expect(letterCard(page, /^МТС, сетевая служба$/)).toHaveCount(1);
  });

  test('an address outside Russia with nothing back gets no letter, and the page says why', async ({ page }) => {
    await page.goto('/en');
    await page.locator('#recipient').fill('friend@gmail.com');
    await page.locator('#recipient').press('Enter');
    await expect(results(page)).toContainText('gmail.com is not known to refuse mail from Mailfence, so no complaint is written.');
    await expect(generatedLetters(page)).toHaveCount(0);
  });

  test('the note for the recipient says to send it from another account', async ({ page }) => {
    await generate(page, 'olga@mail.ru');
    const note = letterCard(page, /^To the recipient$/);
    await expect(note).toContainText('Send this note from another account');
    await expect(note.locator('pre')).toContainText('from another address');
  });
});

test.describe('the failure time', () => {
  test.use({ timezoneId: 'Europe/Brussels' });

  test('is picked as local date and time and stated in UTC in the provider’s letter', async ({ page }) => {
    await page.goto('/en');
    await page.getByLabel('When did delivery fail?').fill('2026-11-20T15:05');
    await page.locator('#recipient').fill('olga@mail.ru');
    await page.locator('#recipient').press('Enter');
    const provider = letterCard(page, /^To Mail\.ru$/);
    await expect(provider.locator('pre')).toContainText('Время неудачной доставки: 2026-11-20 14:05 UTC');
    await expect(provider.locator('pre')).toContainText('Time of the failed delivery: 2026-11-20 14:05 UTC');
  });
});

const bounceFixture = (name: string) => join(process.cwd(), '__tests__', 'fixtures', 'bounces', name);

test.describe('the bounce', () => {
  test('a pasted Postfix bounce: the page shows what it read, and the letter to Mail.ru quotes the server', async ({ page }) => {
    await page.goto('/en');
    await page.locator('#recipient').fill('olga.example@bk.ru');
    await page.locator('#bounce').fill(readFileSync(bounceFixture('postfix-mailru.txt'), 'utf8'));
    await page.locator('#recipient').press('Enter');

    const read = results(page).getByRole('region', { name: 'What the bounce says' });
    await expect(read).toContainText('mxs.mail.ru');
    await expect(read).toContainText('94.100.180.31');
    await expect(read).toContainText('550');
    const provider = letterCard(page, /^To Mail\.ru$/).locator('pre');
    await expect(provider).toContainText('Refusing server: mxs.mail.ru [94.100.180.31]');
    await expect(provider).not.toContainText('Bounce: none received.');
  });

  test('a whole DSN chosen as a .eml file is read in the browser and quoted the same way', async ({ page }) => {
    await page.goto('/en');
    await page.locator('#recipient').fill('olga.example@bk.ru');
    await page.getByLabel('Choose the bounce message (.eml)').setInputFiles(bounceFixture('postfix-mailru.eml'));
    await expect(page.getByText('Read from the file postfix-mailru.eml.')).toBeVisible();
    await expect(page.locator('#bounce')).toHaveValue(/multipart\/report/);
    await page.getByRole('button', { name: 'Generate letters' }).click();

    const read = results(page).getByRole('region', { name: 'What the bounce says' });
    await expect(read).toContainText('mxs.mail.ru');
    await expect(letterCard(page, /^To Mail\.ru$/).locator('pre')).toContainText('Refusing server: mxs.mail.ru [94.100.180.31]');
    await expect(read).not.toContainText('This bounce is about a message to');
  });

  test('a bounce kept from a message to someone else is flagged before the letters quote it', async ({ page }) => {
    await page.goto('/en');
    await page.locator('#recipient').fill('ivan@mail.ru');
    await page.getByLabel('Choose the bounce message (.eml)').setInputFiles(bounceFixture('postfix-mailru.eml'));
    await expect(page.getByText('Read from the file postfix-mailru.eml.')).toBeVisible();
    await page.getByRole('button', { name: 'Generate letters' }).click();

    const read = results(page).getByRole('region', { name: 'What the bounce says' });
    // The time as the letters give it, to the minute in UTC (the DSN's Arrival-Date is 14:05:01 +0100).
    await expect(read.locator('dd').filter({ hasText: /UTC$/ })).toHaveText('2023-11-20 13:05 UTC');
    await expect(read).toContainText(
      'This bounce is about a message to olga.example@bk.ru, not to ivan@mail.ru. The letters quote this bounce: check that it is the right one.',
    );
  });

  test('the letters list the service\'s sending servers once the server has read its SPF record', async ({ page }) => {
    await generate(page, 'olga@mail.ru');
    await expect(letterCard(page, /^To Mail\.ru$/).locator('pre')).toContainText(
      'Sending servers (from the SPF record of mailfence.com): 192.0.2.0/26, 198.51.100.32/27, 2001:db8:100::/48, 203.0.113.7',
    );
  });
});
