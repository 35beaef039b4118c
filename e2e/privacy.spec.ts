import { expect, test } from '@playwright/test';

import { generate, generatedLetters } from './support/page';

const localHosts = new Set(['127.0.0.1', 'localhost']);

test.describe('privacy', () => {
  test('no request leaves 127.0.0.1, and only the domain reaches the server', async ({ page }) => {
    const requests: { method: string; url: string; body: string | null }[] = [];
    page.on('request', (request) => requests.push({ method: request.method(), url: request.url(), body: request.postData() }));

    const resolved = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/resolve');
    const letters = await generate(page, 'olga.petrova@mail.ru');
    await resolved;
    await letters.first().getByRole('button', { name: 'Copy letter' }).click();

    const web = requests.filter(({ url }) => /^(https?|wss?):/.test(url));
    expect(web.length).toBeGreaterThan(0);
    expect(web.filter(({ url }) => !localHosts.has(new URL(url).hostname)).map(({ url }) => url)).toEqual([]);
    expect(requests.filter(({ url }) => !/^(https?|wss?|data|blob):/.test(url)).map(({ url }) => url)).toEqual([]);

    const resolveCalls = web.filter(({ url }) => new URL(url).pathname === '/api/resolve');
    expect(resolveCalls.length).toBeGreaterThan(0);
    for (const { method, url } of resolveCalls) {
      expect(method).toBe('GET');
      expect([...new URL(url).searchParams.entries()]).toEqual([
        ['domain', 'mail.ru'],
        ['only', 'mx'],
      ]);
    }
    const leaks = requests.filter(({ url, body }) => /olga|petrova/i.test(decodeURIComponent(url) + (body ?? '')));
    expect(leaks.map(({ url }) => url)).toEqual([]);
  });

  test('sets no cookie, in the browser or in any response', async ({ page, context }) => {
    const setCookies: string[] = [];
    page.on('response', async (response) => {
      const header = await response.headerValue('set-cookie');
      if (header) setCookies.push(`${response.url()}: ${header}`);
    });

    await page.goto('/');
    await generate(page, 'olga@mail.ru');
    await expect(generatedLetters(page).first()).toBeVisible();

    expect(setCookies).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
});
