import { readFile } from 'node:fs/promises';

import { expect, test, type Locator, type Page } from '@playwright/test';
import { simpleParser, type AddressObject } from 'mailparser';

import { generate } from './support/page';
import { readCard, type CardContent } from './support/card';
import { parseMailto } from './support/mailto';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const lf = (text: string) => text.replace(/\r\n?/g, '\n');

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** What `Copy letter` must put on the clipboard: everything a person needs to send the letter. */
function expectWholeLetter(copied: string, card: CardContent): void {
  const text = lf(copied);
  for (const address of card.recipients) expect(text).toContain(address);
  expect(text).toContain(card.subject);
  expect(text).toContain(lf(card.text).trim());
}

async function everyCard(page: Page, letters: Locator): Promise<{ card: Locator; content: CardContent }[]> {
  const cards = await letters.all();
  expect(cards.length).toBeGreaterThan(0);
  return Promise.all(cards.map(async (card) => ({ card, content: await readCard(card) })));
}

test.describe('handing a letter off', () => {
  test('Copy letter puts the whole letter on the clipboard and says so', async ({ page }) => {
    const letters = await generate(page, 'olga@mail.ru');

    for (const { card, content } of await everyCard(page, letters)) {
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await card.getByRole('button', { name: 'Copy letter' }).click();

      await expect(card.locator('[aria-live], [role="status"]').filter({ hasText: 'Copied' })).not.toHaveCount(0);
      expectWholeLetter(await clipboard(page), content);
    }
  });

  test('every mailto link fits 2,000 characters, carries only to/subject/body, and addresses exactly the card’s recipients', async ({ page }) => {
    const letters = await generate(page, 'olga@mail.ru');
    let checked = 0;

    for (const { card, content } of await everyCard(page, letters)) {
      if (content.recipients.length === 0) continue;
      const link = card.getByRole('link', { name: 'Open in mail app' });
      const href = (await link.getAttribute('href')) ?? '';
      const mailto = parseMailto(href);

      expect(href.length, href).toBeLessThanOrEqual(2000);
      expect(href).not.toMatch(/[\s<>"]/);
      expect(mailto.fields.map(([name]) => name).every((name) => ['to', 'subject', 'body'].includes(name)), href).toBe(true);
      expect(new Set(mailto.fields.map(([name]) => name)).size).toBe(mailto.fields.length);
      expect([...mailto.recipients].sort()).toEqual([...content.recipients].sort());
      // RFC 6068 §5: line breaks travel as %0D%0A.
      expect(mailto.body).not.toMatch(/(?<!\r)\n/);

      if (lf(mailto.body) === lf(content.text).trim() || lf(mailto.body) === lf(content.text)) {
        expect(mailto.subject).toBe(content.subject);
      } else {
        // Too long for a link: a short body, and the click copies the whole letter.
        expect(mailto.body.length).toBeGreaterThan(0);
        expect(content.subject.startsWith(mailto.subject.replace(/…$/, ''))).toBe(true);
        await page.evaluate(() => navigator.clipboard.writeText(''));
        // Headless Chromium ignores the mailto: navigation itself; the page's click handler runs.
        await link.click();
        await expect(card).toContainText('The full letter was copied: paste it into the message.');
        expectWholeLetter(await clipboard(page), content);
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  test('Download .eml gives a draft whose subject, recipients and text are the card’s', async ({ page }) => {
    const letters = await generate(page, 'olga@mail.ru');

    for (const { card, content } of await everyCard(page, letters)) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        card.getByRole('button', { name: 'Download .eml' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^letter-[a-z0-9-]+\.eml$/);
      const source = await readFile(await download.path());
      const parsed = await simpleParser(source);
      const to = ([] as AddressObject[]).concat(parsed.to ?? []).flatMap((group) => group.value.map((mailbox) => mailbox.address));

      expect(parsed.subject).toBe(content.subject);
      expect(to.sort()).toEqual([...content.recipients].sort());
      expect(lf(parsed.text ?? '').trim()).toBe(lf(content.text).trim());
      expect(parsed.headers.get('x-unsent')).toBe('1');
    }
  });
});
