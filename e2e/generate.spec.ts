import { expect, test } from '@playwright/test';

import { readCard } from './support/card';
import { generate, letterCard, results } from './support/page';

const cyrillic = /[А-Яа-яЁё]{4,}/;

test.describe('generating the letters', () => {
  test('a mail.ru address and Enter give letters to Mail.ru, the recipient and the ISPs with a feedback channel, in Russian', async ({ page }) => {
    await generate(page, 'olga@mail.ru');

    await expect(page.locator('#results-heading')).toHaveText('Your letters');
    // MTS and Beeline have a sourced feedback channel (lib/data/isps.ts); mxs.mail.ru sits on VK's
    // own network, so no ISP's network desk is written to.
    for (const name of [/^To Mail\.ru$/, /^To MTS$/, /^To Beeline/, /^To the recipient$/]) {
      const card = letterCard(page, name);
      await expect(card, `a letter headed ${name}`).toHaveCount(1);
      await expect(card.locator('pre')).toContainText(cyrillic);
    }
    await expect(letterCard(page, /network team/)).toHaveCount(0);
    // MegaFon and Rostelecom have none: the page names them rather than guess an address.
    await expect(results(page)).toContainText(/No public feedback channel .* for .*MegaFon.*Rostelecom/);
  });

  test('the summary says who runs the mailbox, and the network its server sits on once DNS answered', async ({ page }) => {
    await generate(page, 'olga@mail.ru');
    const summary = results(page).getByRole('region', { name: 'Who runs this mailbox' });

    await expect(summary).toContainText('Mail.ru');
    await expect(summary).toContainText('mxs.mail.ru');
    // Only the server knows this: the page asked /api/resolve, which asked the tests' DNS server.
    await expect(summary).toContainText('AS47764');
    await expect(summary).toContainText(/In Russia:\s*yes/);
  });

  test('each letter shows its recipients with their sources, its controls and the webmail disclosure', async ({ page }) => {
    const letters = await generate(page, 'olga@mail.ru');
    const cards = await letters.all();

    expect(cards.length).toBeGreaterThanOrEqual(4);
    for (const card of cards) {
      const { recipients } = await readCard(card);
      // The note for the recipient goes to the typed address; every other mailbox comes from the data.
      for (const address of recipients.filter((address) => address !== 'olga@mail.ru')) {
        const contact = card.getByRole('listitem').filter({ hasText: address });
        // Dated by its evidence (issue 11): "source dated 8 April 2022", never "checked <today>".
        await expect(contact.getByRole('link', { name: /^source dated \d{1,2} \w+ \d{4}$/ })).toHaveAttribute('href', /^https:\/\//);
      }
      await expect(card.getByRole('button', { name: 'Copy letter' })).toBeVisible();
      await expect(card.getByRole('button', { name: 'Download .eml' })).toBeVisible();
      if (recipients.length === 0) continue;
      await expect(card.getByRole('link', { name: 'Open in mail app' })).toHaveAttribute('href', /^mailto:/);
      for (const name of ['Gmail', 'Outlook.com', 'Yandex Mail']) {
        const link = card.getByRole('link', { name, exact: true });
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      }
      await expect(card).toContainText("These links pass the letter's text to the webmail service you choose.");
    }
  });
});
