import { readFile } from 'node:fs/promises';

import { expect, test, type Locator, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';

import { en, enPattern } from './support/messages';
import { generate, generatedLetters, letterCard, results } from './support/page';

/*
 * Issue 9 in a real browser against next start: the checklist, what this browser remembers of
 * it, the follow-ups once their day has come, the calendar reminder, and storage refused.
 */

const recipient = 'olga@mail.ru';

/** Generates the letters and waits for the server's DNS answer, after which the set no longer changes. */
async function generateSettled(page: Page): Promise<Locator> {
  const letters = await generate(page, recipient);
  await expect(results(page).getByRole('region', { name: 'Who runs this mailbox' })).toContainText('AS47764');
  return letters;
}

const markSent = (card: Locator) => card.getByRole('button', { name: 'Mark as sent', exact: true });
const progress = (page: Page) => results(page).locator('.progress');
const storedItem = () => localStorage.getItem('unblock-mail.complaints');

/** The headings of the cards whose toggle is pressed. */
async function markedHeadings(page: Page): Promise<string[]> {
  const headings: string[] = [];
  for (const card of await generatedLetters(page).all()) {
    if ((await markSent(card).getAttribute('aria-pressed')) === 'true') {
      headings.push(((await card.getByRole('heading', { level: 4 }).textContent()) ?? '').trim());
    }
  }
  return headings;
}

test.describe('the checklist', () => {
  test('remembers two letters marked sent across a reload: "2 of N sent", the same two marked', async ({ page }) => {
    const letters = await generateSettled(page);
    const total = await letters.count();
    expect(total).toBeGreaterThanOrEqual(4);
    await expect(progress(page)).toHaveText(`0 of ${total} sent`);
    await expect(progress(page)).toHaveAttribute('aria-live', 'polite');

    await markSent(letters.nth(0)).click();
    await markSent(letters.nth(2)).click();
    await expect(markSent(letters.nth(0))).toHaveAttribute('aria-pressed', 'true');
    await expect(letters.nth(0)).toContainText(/Marked as sent on \d{1,2} \w+ \d{4}\./);
    await expect(progress(page)).toHaveText(`2 of ${total} sent`);
    const marked = await markedHeadings(page);
    expect(marked).toHaveLength(2);

    await page.reload();
    const stored = page.getByRole('region', { name: en('checklist.returning.heading') });
    await expect(stored).toContainText(enPattern('checklist.returning.complaint', { recipient, sent: 2, total }, ['date']));
    await stored.getByRole('button', { name: en('checklist.returning.continue') }).click();

    await expect(generatedLetters(page)).toHaveCount(total);
    await expect(progress(page)).toHaveText(`2 of ${total} sent`);
    expect(await markedHeadings(page)).toEqual(marked);
    await expect(page.locator('#recipient')).toHaveValue(recipient);
  });

  test('shows each text behind a disclosure, open only for the first letter not yet sent', async ({ page }) => {
    const letters = await generateSettled(page);
    const open = (card: Locator) => card.locator('details').evaluate((details) => (details as HTMLDetailsElement).open);

    expect(await open(letters.nth(0))).toBe(true);
    for (const card of (await letters.all()).slice(1)) expect(await open(card)).toBe(false);
    await expect(letters.nth(1).locator('pre')).toBeHidden();

    await markSent(letters.nth(0)).click();
    expect(await open(letters.nth(1))).toBe(true);
    await expect(letters.nth(1).locator('pre')).toBeVisible();

    // A disclosure the user opened stays open.
    await letters.nth(3).getByText('Read the letter').click();
    await markSent(letters.nth(1)).click();
    expect(await open(letters.nth(3))).toBe(true);
  });

  test('Copy and Download .eml offer to mark the letter sent, and never mark it themselves', async ({ page }) => {
    const letters = await generateSettled(page);
    const card = letters.nth(1);

    await card.getByRole('button', { name: 'Copy letter' }).click();
    const offer = card.getByRole('button', { name: 'Yes, mark it as sent' });
    await expect(offer).toBeVisible();
    await expect(markSent(card)).toHaveAttribute('aria-pressed', 'false');
    await expect(progress(page)).toHaveText(/^0 of/);

    const other = letters.nth(2);
    await Promise.all([page.waitForEvent('download'), other.getByRole('button', { name: 'Download .eml' }).click()]);
    await expect(other.getByRole('button', { name: 'Yes, mark it as sent' })).toBeVisible();
    await expect(markSent(other)).toHaveAttribute('aria-pressed', 'false');

    await offer.click();
    await expect(markSent(card)).toHaveAttribute('aria-pressed', 'true');
    await expect(offer).toHaveCount(0);
    await expect(progress(page)).toHaveText(/^1 of/);
  });

  test('Forget on a return visit leaves localStorage empty', async ({ page }) => {
    const letters = await generateSettled(page);
    await markSent(letters.nth(0)).click();
    await expect.poll(() => page.evaluate(storedItem)).not.toBeNull();

    await page.reload();
    const stored = page.getByRole('region', { name: en('checklist.returning.heading') });
    await stored.getByRole('button', { name: 'Forget' }).click();

    await expect(stored).toContainText('Forgotten');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    await expect(page.locator('#recipient')).toBeVisible();
    await expect(page.getByRole('region', { name: en('checklist.returning.heading') })).toHaveCount(0);
  });

  test('Forget under the letters erases the complaint and keeps nothing more of it', async ({ page }) => {
    const letters = await generateSettled(page);
    await expect(results(page)).toContainText('Kept in this browser only (localStorage)');
    await markSent(letters.nth(0)).click();

    await results(page).getByRole('button', { name: 'Forget this complaint' }).click();
    await expect(results(page)).toContainText('Forgotten');
    await markSent(letters.nth(1)).click();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  test('two tabs of the same complaint keep each other\'s marks, and a Forget in one holds in the other', async ({ page, context }) => {
    const first = await generateSettled(page);
    const other = await context.newPage();
    const second = await generateSettled(other);

    await markSent(second.nth(1)).click();
    await expect(progress(page)).toHaveText(/^1 of/);
    await markSent(first.nth(0)).click();
    await expect(progress(other)).toHaveText(/^2 of/);
    await page.reload();
    await generateSettled(page);
    await expect(progress(page)).toHaveText(/^2 of/);

    await results(other).getByRole('button', { name: 'Forget this complaint' }).click();
    await expect(results(page)).toContainText('Forgotten');
    await markSent(generatedLetters(page).nth(2)).click();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  test('Forget sets the follow-up delay back to what the next complaint uses', async ({ page }) => {
    const letters = await generateSettled(page);
    const days = results(page).getByLabel('Days before a follow-up is offered');
    await days.fill('21');
    await markSent(letters.nth(0)).click();
    await results(page).getByRole('button', { name: 'Forget this complaint' }).click();
    await expect(days).toHaveValue('14');
  });

  test('a stored complaint whose dates are not dates is left out, and the page works as on a first visit', async ({ page }) => {
    await page.addInitScript((key) => {
      const request = { recipient: 'olga@mail.ru', senderService: 'mailfence' };
      const complaint = (sentAt: string) => ({
        id: 'c0ffee',
        recipient: 'olga@mail.ru',
        display: 'olga@mail.ru',
        startedAt: '2026-11-01T10:00:00+01:00',
        request,
        letters: [{ id: 'provider', sentAt }],
        followUpDays: 14,
      });
      // Once only: the page's own writes must not be undone by a reload of this script.
      if (sessionStorage.getItem('seeded') === null) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, JSON.stringify({ version: 1, complaints: [complaint('March 7, 2026'), { ...complaint('2026-02-30T10:00:00Z'), recipient: 'x@bk.ru' }] }));
      }
    }, 'unblock-mail.complaints');
    const letters = await generateSettled(page);
    await expect(letters.first().locator('pre')).toContainText('Mail.ru');
    await expect(progress(page)).toHaveText(/^0 of/);
    await markSent(letters.first()).click();
    await expect(progress(page)).toHaveText(/^1 of/);
    await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  });

  test('keeps several complaints, listed by recipient', async ({ page }) => {
    await generateSettled(page);
    await page.locator('#recipient').fill('olga@bk.ru');
    await page.locator('#recipient').press('Enter');
    await expect(results(page).getByRole('region', { name: 'Who runs this mailbox' })).toContainText('olga@bk.ru');
    await expect(progress(page)).toHaveText(/^0 of/);

    await page.reload();
    const items = page.getByRole('region', { name: en('checklist.returning.heading') }).getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText(enPattern('checklist.returning.complaint', { recipient: 'olga@bk.ru' }, ['date', 'sent', 'total']));
    await expect(items.nth(1)).toContainText(enPattern('checklist.returning.complaint', { recipient }, ['date', 'sent', 'total']));
  });

  test('the shared link carries the chosen languages and nothing that was marked', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en');
    await page.getByRole('checkbox', { name: 'Русский' }).check();
    await page.getByRole('checkbox', { name: 'Deutsch' }).check();
    await page.locator('#recipient').fill(recipient);
    await page.locator('#recipient').press('Enter');
    await markSent(generatedLetters(page).first()).click();

    await page.getByRole('button', { name: 'Copy link to this form' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    expect(url.search).toBe('');
    expect(url.hash).toContain('lang=ru%2Cde');
    expect(url.hash).toContain('to=olga%40mail.ru');
    expect(decodeURIComponent(url.hash)).not.toMatch(/sent|provider|20\d\d-/i);
  });
});

test.describe('follow-ups and the reminder', () => {
  test.use({ timezoneId: 'Europe/Brussels' });

  test('15 days later, a letter marked sent gets its follow-up, naming the first letter’s date', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-20T10:00:00+01:00') });
    await generateSettled(page);
    const provider = letterCard(page, /^To Mail\.ru$/);
    const subject = ((await provider.locator('p').filter({ hasText: /^\s*Subject:/ }).textContent()) ?? '').replace(/^\s*Subject:\s*/, '').trim();
    await markSent(provider).click();
    await expect(provider).toContainText(en('card.followUpLater', { date: '4 December 2026' }));

    await page.clock.setSystemTime(new Date('2026-12-05T10:00:00+01:00'));
    await page.reload();
    await page.getByRole('region', { name: en('checklist.returning.heading') }).getByRole('button', { name: en('checklist.returning.continue') }).click();

    const followUp = provider.getByRole('region', { name: 'Follow-up', exact: true });
    await expect(followUp).toContainText(en('card.followUpDue', { date: '20 November 2026' }));
    const text = followUp.locator('pre');
    // Intl writes «2026 г.» with a (narrow) no-break space.
    await expect(text).toContainText(/Ответ на моё письмо от 20 ноября 2026\sг\. с темой «/);
    await expect(text).toContainText('On 20 November 2026 I wrote to you under the subject “');
    const [russian, english] = subject.split(' / ');
    await expect(followUp).toContainText(`Повторно: ${russian} / Follow-up: ${english}`);

    await followUp.getByRole('radio', { name: en('card.followUpFormReply') }).check();
    await expect(text).toContainText(/Thank you for your reply to my letter under the subject “.*”, which I sent on 20 November 2026\./);

    // The same hand-offs; no In-Reply-To or References, since we never see the first Message-ID.
    const [download] = await Promise.all([page.waitForEvent('download'), followUp.getByRole('button', { name: 'Download .eml' }).click()]);
    const parsed = await simpleParser(await readFile(await download.path()));
    expect(parsed.subject).toBe(`Повторно: ${russian} / Follow-up: ${english}`);
    expect(parsed.headers.has('in-reply-to')).toBe(false);
    expect(parsed.headers.has('references')).toBe(false);
    expect(await followUp.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')).toMatch(/^mailto:/);
  });

  test('Remind me shows the reminder, then downloads an .ics that a real iCalendar parser reads', async ({ page, baseURL }) => {
    await page.clock.install({ time: new Date('2026-11-20T10:00:00+01:00') });
    const letters = await generateSettled(page);
    await markSent(letters.nth(0)).click();
    await markSent(letters.nth(1)).click();
    const firstHeading = ((await letters.nth(0).getByRole('heading', { level: 4 }).textContent()) ?? '').trim();

    await results(page).getByRole('button', { name: en('checklist.remind') }).click();
    const preview = results(page).getByRole('region', { name: en('checklist.reminder.heading') });
    await expect(preview).toContainText('4 December 2026, all day');
    await expect(preview).toContainText(en('checklist.reminder.summary', { recipient }));
    await expect(preview).toContainText(`${firstHeading}, sent on 20 November 2026:`);

    const [download] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: en('checklist.reminder.download') }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = await readFile(await download.path(), 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    const start = event?.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-12-04');
    expect(event?.getFirstPropertyValue('uid')).toMatch(/^[0-9a-f]{32}@unblock-mail$/);
    expect(String(event?.getFirstPropertyValue('dtstamp'))).toMatch(/^2026-11-20T09:\d\d:\d\dZ$/);
    expect(event?.getFirstPropertyValue('summary')).toBe(en('checklist.reminder.summary', { recipient }));
    const description = String(event?.getFirstPropertyValue('description'));
    expect(description.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(2);
    expect(description).toContain(`${firstHeading}, sent on 20 November 2026:`);
    // Back to the page, the form in the fragment: never in the query, never what was marked.
    const url = new URL(String(event?.getFirstPropertyValue('url')));
    expect(url.origin).toBe(new URL(baseURL ?? '').origin);
    expect(url.pathname).toBe('/en');
    expect(url.search).toBe('');
    expect(url.hash).toContain('to=olga%40mail.ru');
    expect(decodeURIComponent(url.hash)).not.toMatch(/sent|provider|2026-/i);
    expect(description).toContain(url.href);
  });
});

test.describe('storage the browser refuses', () => {
  test('disabled: the letters come as before, nothing is said of storage, no error shown', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    const letters = await generateSettled(page);
    await expect(letters.first().locator('pre')).toContainText('Mail.ru');
    await markSent(letters.first()).click();
    await expect(progress(page)).toHaveText(/^1 of/);
    await expect(results(page)).not.toContainText('localStorage');
    // Next's route announcer is an empty alert region; an error would be one with words in it.
    await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  });

  test('full after a first save: the line says the latest changes were not kept, and Forget still works', async ({ page }) => {
    const letters = await generateSettled(page);
    await markSent(letters.nth(0)).click();
    await expect(results(page)).toContainText('Kept in this browser only (localStorage)');
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await markSent(letters.nth(1)).click();
    await expect(results(page)).toContainText('This browser did not let the page save your latest changes');
    await results(page).getByRole('button', { name: 'Forget this complaint' }).click();
    await expect(results(page)).toContainText('Forgotten');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  test('full: the letters come as before, nothing is said of storage', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const letters = await generateSettled(page);
    await markSent(letters.first()).click();
    await expect(progress(page)).toHaveText(/^1 of/);
    await expect(results(page)).not.toContainText('localStorage');
    // Next's route announcer is an empty alert region; an error would be one with words in it.
    await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  });
});

test('the whole flow sets no cookie and sends nothing off 127.0.0.1, and only the domain to the server', async ({ page, context }) => {
  const requests: { url: string; body: string | null }[] = [];
  page.on('request', (request) => requests.push({ url: request.url(), body: request.postData() }));

  await page.clock.install({ time: new Date('2026-11-20T10:00:00+01:00') });
  const letters = await generateSettled(page);
  await markSent(letters.nth(0)).click();
  await markSent(letters.nth(1)).click();
  await results(page).getByRole('button', { name: en('checklist.remind') }).click();
  await Promise.all([page.waitForEvent('download'), results(page).getByRole('button', { name: en('checklist.reminder.download') }).click()]);
  await page.clock.setSystemTime(new Date('2026-12-05T10:00:00+01:00'));
  await page.reload();
  await page.getByRole('button', { name: en('checklist.returning.continue') }).click();
  await expect(letters.nth(0).getByRole('region', { name: 'Follow-up', exact: true }).locator('pre')).toBeVisible();

  const web = requests.filter(({ url }) => /^(https?|wss?):/.test(url));
  expect(web.filter(({ url }) => !['127.0.0.1', 'localhost'].includes(new URL(url).hostname)).map(({ url }) => url)).toEqual([]);
  const leaks = requests.filter(({ url, body }) => /olga/i.test(decodeURIComponent(url) + (body ?? '')));
  expect(leaks.map(({ url }) => url)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
