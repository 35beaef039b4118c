import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

import { blockedServers } from '@/lib/data/blocked-servers';
import { locales } from '@/lib/i18n/locales';
import { reportHour } from '@/lib/reports/report-hour';

import { en, enPattern } from './support/messages';

const axeSource = readFileSync(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** As in accessibility.spec.ts: axe evaluated through the DevTools protocol, the page's CSP untouched. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } };
    const results = await axe.run(document);
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
  return violations;
}

/** A Mailfence refusal by mxs.mail.ru (the browser tests' DNS gives it VK's addresses), hours ago. */
function report(hoursAgo: number) {
  return {
    service: { id: 'mailfence', domain: 'mailfence.com' },
    remoteMta: 'mxs.mail.ru',
    remoteIp: '217.69.139.150',
    smtpCode: 550,
    enhancedCode: '5.7.1',
    diagnostic: 'spam message rejected',
    hour: reportHour(new Date(Date.now() - hoursAgo * 3600_000)),
    providerId: 'mailru',
  };
}

test.describe('/{lang}/blocking', () => {
  test('lists the 23 announced servers, marked as such, and a reported one with its counts and timeline', async ({ page, request }) => {
    const recorded = await request.post('/api/reports', { data: report(2) });
    expect([200, 201]).toContain(recorded.status());
    await request.post('/api/reports', { data: report(30) });

    await page.goto('/en/blocking');
    await expect(page.getByRole('heading', { level: 1, name: 'Servers that refuse mail' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Refusing servers, most recently reported first' });
    for (const { host } of blockedServers) await expect(table.getByRole('rowheader', { name: new RegExp(`^${host.replace(/\./g, '\\.')}`) }).first()).toBeVisible();
    await expect(table.getByText(en('blocking.announced'))).toHaveCount(blockedServers.length);

    const reported = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^mxs\.mail\.ru/ }) }).filter({ hasText: 'Mailfence' });
    await expect(reported.getByRole('cell').nth(1)).toHaveText(/^[1-9]\d*$/);
    await expect(reported.getByRole('cell', { name: '550 5.7.1' })).toBeVisible();
    await expect(reported.getByRole('img', { name: enPattern('blocking.timelineText', { total: 52 }, ['weeks', 'count', 'week']) })).toBeVisible();
  });

  test('is readable without JavaScript: the table and the timelines are in the HTML', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/blocking');
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /^mailrelay\.gazprom\.ru/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What this record can and cannot show' })).toBeVisible();
    await context.close();
  });

  test('finds no accessibility violation', async ({ page }) => {
    await page.goto('/en/blocking');
    await expect(page.getByRole('table')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('exists in every language, and the generator links to it', async ({ page }) => {
    for (const locale of locales) {
      const response = await page.goto(`/${locale}/blocking`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    }
    await page.goto('/en');
    await page.getByRole('link', { name: en('generatorLink.blocking') }).click();
    await expect(page).toHaveURL(/\/en\/blocking$/);
  });

  test('offers the record as open data under CC BY 4.0', async ({ page, request }) => {
    await page.goto('/en/blocking');
    await expect(page.getByRole('link', { name: 'Download as CSV' })).toHaveAttribute('href', '/api/reports?format=csv');
    const csv = await request.get('/api/reports?format=csv');
    expect(csv.headers()['link']).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    expect((await csv.text()).split('\r\n')[0]).toBe('host,service,count,days,first_seen,last_seen,codes,asn,operator');
  });
});
