import { expect, type Locator } from '@playwright/test';

/** What a letter card shows a person (on an English page): where it goes, its subject, its text. */
export interface CardContent {
  heading: string;
  recipients: string[];
  subject: string;
  text: string;
}

/** The text of the card's line that starts with `label:` (e.g. "To: a@b.ru, c@d.ru"), label removed. */
async function labelledLine(card: Locator, label: string): Promise<string> {
  const line = card.locator('p').filter({ hasText: new RegExp(`^\\s*${label}:`) });
  await expect(line, `a "${label}:" line`).toHaveCount(1);
  return ((await line.textContent()) ?? '').replace(new RegExp(`^\\s*${label}:\\s*`), '').trim();
}

/** Reads a card as its reader sees it, so the hand-off tests compare against the page, not the code. */
export async function readCard(card: Locator): Promise<CardContent> {
  const heading = ((await card.getByRole('heading', { level: 4 }).textContent()) ?? '').trim();
  const to = await labelledLine(card, 'To');
  const recipients = to
    .split(',')
    .map((address) => address.trim())
    .filter((address) => /^[^@\s]+@[^@\s]+$/.test(address));
  const subject = await labelledLine(card, 'Subject');
  const text = (await card.locator('pre').textContent()) ?? '';
  return { heading, recipients, subject, text };
}
