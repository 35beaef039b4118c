import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test, type Page, type Request } from '@playwright/test';

import { generate, results } from './support/page';

/*
 * The opt-in to the public record (issue 13), in a real browser against next start: offered only
 * when a bounce was read, showing exactly what would go before anything is sent, and sending only
 * on the click, without the recipient's address or the sender.
 */

const postfixBounce = readFileSync(join(process.cwd(), '__tests__', 'fixtures', 'bounces', 'postfix-mailru.txt'), 'utf8');

/** Every request the page makes to the record's API, as the browser sent it. */
function watchReports(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/reports') sent.push(request);
  });
  return sent;
}

test.describe('adding a refusal to the public record', () => {
  test('is not offered when no bounce was given, and nothing is sent', async ({ page }) => {
    const sent = watchReports(page);
    await generate(page, 'olga@mail.ru');
    await expect(results(page).getByRole('region', { name: 'Who runs this mailbox' })).toContainText('AS47764');
    await expect(page.getByRole('heading', { name: 'Add this refusal to the public record' })).toHaveCount(0);
    expect(sent).toEqual([]);
  });

  test('shows what would go, sends it only on the click, and sends no address, name or letter', async ({ page }) => {
    const sent = watchReports(page);
    await page.goto('/en');
    await page.locator('#recipient').fill('olga.example@bk.ru');
    await page.locator('#senderName').fill('Anne Martin');
    await page.locator('#senderAddress').fill('anne@mailfence.com');
    await page.locator('#bounce').fill(postfixBounce);
    await page.locator('#recipient').press('Enter');

    const consent = page.getByRole('region', { name: 'Add this refusal to the public record' });
    await expect(consent).toBeVisible();
    await expect(consent.getByRole('definition').filter({ hasText: 'mxs.mail.ru' }).first()).toBeVisible();
    await consent.getByText('Show the raw data (JSON)').click();
    const shown = JSON.parse((await consent.locator('pre').textContent()) ?? '') as Record<string, unknown>;
    expect(sent).toEqual([]);

    const [request] = await Promise.all([page.waitForRequest('**/api/reports'), consent.getByRole('button', { name: 'Add this refusal to the public record' }).click()]);
    const body = request.postDataJSON() as Record<string, unknown>;
    expect(body).toEqual(shown);
    expect(Object.keys(body).sort()).toEqual(expect.arrayContaining(['hour', 'remoteMta', 'service']));
    expect(body).toMatchObject({ service: { id: 'mailfence', domain: 'mailfence.com' }, remoteMta: 'mxs.mail.ru', remoteIp: '94.100.180.31', smtpCode: 550 });
    const raw = JSON.stringify(body);
    for (const personal of ['olga', 'bk.ru', 'Anne', 'anne@', '@', 'Dear', 'Здравствуйте']) expect(raw).not.toContain(personal);
    expect(String(body.hour)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00Z$/);

    // Another test may have sent the same host, service and hour already: it then counts once.
    await expect(consent.getByRole('status')).toContainText(/was added to the public record|already in the public record/);
    await expect(consent.getByRole('link', { name: /public record/i })).toHaveAttribute('href', '/en/blocking');
    expect(sent).toHaveLength(1);
  });
});
