import { readFile } from 'node:fs/promises';

import { expect, test, type Locator, type Page } from '@playwright/test';
import { simpleParser, type AddressObject } from 'mailparser';

import { readCard } from './support/card';
import { parseMailto } from './support/mailto';
import { generatedLetters, settledLetters } from './support/page';

/**
 * Text a person (or a link) puts in the form is text: markup in it never runs, never becomes an
 * element, and shows verbatim in the letter; header and mailto syntax in it never adds a header
 * or a recipient to a mailto, a webmail link or an .eml draft.
 *
 * Every payload that could run sets `window.__pwned` (or opens a dialog): both are watched.
 */
const xssPayloads = [
  `<img src=x onerror="window.__pwned='img'">`,
  `<script>window.__pwned='script'</script>`,
  `javascript:window.__pwned='javascript-url'//`,
  `"><svg onload="window.__pwned='svg'">`,
  `'><iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  `<a href="javascript:window.__pwned='link'">click</a>`,
  `</pre><script>window.__pwned='pre'</script>`,
  '${window.__pwned="template-literal"}',
  `{{constructor.constructor('window.__pwned="mustache"')()}}`,
  `<img src=x onerror=alert(document.domain)>`,
  // RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING: shown as typed, not interpreted.
  '\u202eexe.gnp\u202c Ivan',
];

/** A long text in the textareas' budget (the note holds 2,000 characters), with a payload at its end. */
const longPayload = `${'Lorem ipsum <b>dolor</b> sit amet. '.repeat(50)}<img src=x onerror="window.__pwned='long'">`;

/** Elements a payload would create if the page ever treated text as HTML. */
const injectedElements = 'img[src="x"], svg[onload], iframe[srcdoc], a[href^="javascript:"]';

/** Sets the traps before any script of the page runs. */
async function watchForExecution(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const inline: string[] = [];
    Object.assign(window, { __inlineViolations: inline });
    // An injected inline script or handler that the CSP stopped still shows the page let markup in.
    document.addEventListener('securitypolicyviolation', (event) => {
      if (event.blockedURI === 'inline') inline.push(`${event.violatedDirective}: ${event.sample}`);
    });
  });
  return { dialogs };
}

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  const state = await page.evaluate(() => {
    const trapped = window as unknown as { __pwned?: unknown; __inlineViolations?: string[] };
    const scripts = [...document.scripts].filter((script) => script.text.includes('__pwned')).length;
    return { pwned: trapped.__pwned ?? null, inlineViolations: trapped.__inlineViolations ?? [], scripts };
  });
  expect(state).toEqual({ pwned: null, inlineViolations: [], scripts: 0 });
  expect(dialogs).toEqual([]);
  await expect(page.locator(injectedElements)).toHaveCount(0);
}

/** The letters' text blocks, as the page shows them. */
async function letterTexts(page: Page): Promise<string[]> {
  return generatedLetters(page).locator('pre').allTextContents();
}

/** Waits until some letter's text holds `text` exactly as typed. */
async function expectShownVerbatim(page: Page, text: string): Promise<void> {
  await expect
    .poll(async () => (await letterTexts(page)).some((shown) => shown.includes(text)), { message: `a letter shows ${JSON.stringify(text)} verbatim` })
    .toBe(true);
}

async function openForm(page: Page): Promise<void> {
  await page.goto('/en');
  await page.locator('#recipient').fill('olga@mail.ru');
}

async function submit(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Generate letters' }).click();
  await settledLetters(page);
}

test.describe('XSS payloads in every field', () => {
  test.describe.configure({ timeout: 90_000 });

  for (const field of ['senderName', 'senderServiceName'] as const) {
    test(`typed into ${field}: nothing runs and the letters show each verbatim`, async ({ page }) => {
      const { dialogs } = await watchForExecution(page);
      await openForm(page);
      if (field === 'senderServiceName') await page.locator('#senderService').selectOption('other');

      for (const payload of xssPayloads) {
        await page.locator(`#${field}`).fill(payload);
        await submit(page);
        await expectShownVerbatim(page, payload.trim());
        await expectNothingRan(page, dialogs);
      }
    });
  }

  // A bounce the page cannot read is quoted only up to 1,500 characters (a longer one is more
  // likely a whole message than a rejection line), so the bounce's long payload stays under that.
  const longPayloads = { note: longPayload, bounce: longPayload.slice(-1400) };
  for (const field of ['note', 'bounce'] as const) {
    test(`typed into ${field}, one per line and one long line: nothing runs and each line shows verbatim`, async ({ page }) => {
      const { dialogs } = await watchForExecution(page);
      await openForm(page);

      for (const text of [xssPayloads.join('\n'), longPayloads[field]]) {
        await page.locator(`#${field}`).fill(text);
        await submit(page);
        for (const line of text.split('\n')) await expectShownVerbatim(page, line.trim());
        await expectNothingRan(page, dialogs);
      }
    });
  }

  test('carried by the link fragment (#to=…&name=…&service=…): nothing runs and the letters show each verbatim', async ({ page }) => {
    const { dialogs } = await watchForExecution(page);

    for (const payload of xssPayloads) {
      // A fresh document each time: a change of fragment alone does not reload the page.
      await page.goto('about:blank');
      const fragment = `to=olga%40mail.ru&name=${encodeURIComponent(payload)}&service=${encodeURIComponent(payload)}`;
      await page.goto(`/en#${fragment}`);
      await expect(generatedLetters(page).first()).toBeVisible();

      await expectShownVerbatim(page, payload.trim());
      await expect(page.locator('#senderName')).toHaveValue(payload.trim());
      await expectNothingRan(page, dialogs);
    }
  });

  test('carried unencoded in the fragment, as a hand-written link would: nothing runs', async ({ page }) => {
    const { dialogs } = await watchForExecution(page);

    await page.goto(`/en#to=olga@mail.ru&name=<img src=x onerror=window.__pwned=1>&service="><svg onload=alert(1)>`);
    await expect(generatedLetters(page).first()).toBeVisible();

    await expectShownVerbatim(page, '<img src=x onerror=window.__pwned=1>');
    await expectNothingRan(page, dialogs);
  });
});

/** Header and mailto syntax, as a person might paste it or an attacker put it in a shared link. */
const injections = ['\r\nBcc: x@evil.example', '%0D%0ABcc: x@evil.example', '&bcc=x@evil.example', '?cc=x@evil.example', '&to=y@evil.example', '\nCc: y@evil.example'];

/** The webmail compose links of a card: the parameters each carries, and whom it addresses. */
function readWebmail(href: string): { keys: string[]; params: URLSearchParams } {
  const url = new URL(href);
  // Yandex keeps its compose fields in the fragment: #compose?to=…
  const query = url.hash ? url.hash.slice(url.hash.indexOf('?') + 1) : url.search.slice(1);
  const params = new URLSearchParams(query);
  return { keys: [...params.keys()], params };
}

const webmailKeys: Record<string, string[]> = {
  'mail.google.com': ['body', 'fs', 'su', 'to', 'view'],
  'outlook.live.com': ['body', 'subject', 'to'],
  'mail.yandex.com': ['body', 'subject', 'to'],
};

async function downloadEml(page: Page, card: Locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Download .eml' }).click()]);
  return simpleParser(await readFile(await download.path()));
}

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  ([] as AddressObject[]).concat(field ?? []).flatMap((group) => group.value.map((mailbox) => mailbox.address ?? ''));

test.describe('header injection in the name, the service and the note', () => {
  test.describe.configure({ timeout: 90_000 });

  test('adds no recipient or parameter to any mailto or webmail link, and no header to any .eml', async ({ page }) => {
    await openForm(page);
    await submit(page);
    // The headers of an ordinary draft, to compare the hostile ones with.
    const cleanHeaders = [...(await downloadEml(page, generatedLetters(page).first())).headers.keys()].sort();

    // An input drops real line breaks as they are typed; the text around them stays.
    await page.locator('#senderName').fill(`Anne${injections.slice(0, 3).join('')}`.slice(0, 100));
    await page.locator('#senderService').selectOption('other');
    await page.locator('#senderServiceName').fill(`Mail${injections.slice(3).join('')}`.slice(0, 100));
    await page.locator('#note').fill(injections.join('\n'));
    await submit(page);
    await expectShownVerbatim(page, '&bcc=x@evil.example');

    const cards = await generatedLetters(page).all();
    let checked = 0;
    for (const card of cards) {
      const content = await readCard(card);
      if (content.recipients.length === 0) continue;
      const recipients = [...content.recipients].sort();

      const mailto = parseMailto((await card.getByRole('link', { name: 'Open in mail app' }).getAttribute('href')) ?? '');
      expect([...mailto.recipients].sort()).toEqual(recipients);
      expect(mailto.fields.map(([name]) => name).sort()).toEqual(['body', 'subject']);

      const webmail = await card.locator('a[href^="https://mail.google.com"], a[href^="https://outlook.live.com"], a[href^="https://mail.yandex.com"]').all();
      expect(webmail).toHaveLength(3);
      for (const link of webmail) {
        const href = (await link.getAttribute('href')) ?? '';
        const { keys, params } = readWebmail(href);
        expect([...keys].sort(), href).toEqual(webmailKeys[new URL(href).host]);
        expect((params.get('to') ?? '').split(',').sort(), href).toEqual(recipients);
      }

      const eml = await downloadEml(page, card);
      expect([...eml.headers.keys()].sort()).toEqual(cleanHeaders);
      expect(addresses(eml.to).sort()).toEqual(recipients);
      expect(eml.cc).toBeUndefined();
      expect(eml.bcc).toBeUndefined();
      expect(eml.subject).toBe(content.subject);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(4);
  });
});

test.describe('the APIs behind next start, with hostile requests', () => {
  const snakeCase = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

  test('answer broken escapes, control characters and 100 KB queries without a 5xx', async ({ request }) => {
    const queries = ['domain=%', 'domain=%E0%A4%A', 'domain=mail.ru%00', 'address=a%0D%0ABcc:%20x@evil.example', `domain=${'a'.repeat(7_000)}.ru`, `domain=${'a'.repeat(100_000)}.ru`];
    for (const query of queries) {
      const response = await request.get(`/api/resolve?${query}`);
      expect(response.status(), query.slice(0, 40)).toBeLessThan(500);
      if (response.status() === 400) expect(((await response.json()) as { error: { code: string } }).error.code).toMatch(snakeCase);
    }
  });

  test('answer bodies that are not JSON, not an object, or 100 KB long with a coded 4xx', async ({ request }) => {
    const bodies: [string, string][] = [
      ['{"recipient":', 'application/json'],
      ['[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]', 'application/json'],
      ['recipient=olga@mail.ru', 'application/x-www-form-urlencoded'],
      [JSON.stringify({ recipient: 'olga@mail.ru', note: 'x'.repeat(100_000) }), 'application/json'],
      [JSON.stringify({ recipient: 'olga@mail.ru', languages: Array.from({ length: 5_000 }, () => 'ru') }), 'application/json'],
    ];
    for (const [data, type] of bodies) {
      const response = await request.post('/api/letters', { data, headers: { 'Content-Type': type } });
      expect(response.status(), data.slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(response.status(), data.slice(0, 40)).toBeLessThan(500);
      expect(((await response.json()) as { error: { code: string } }).error.code).toMatch(snakeCase);
    }
  });
});
