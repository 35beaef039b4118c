import { expect, test } from '@playwright/test';

import { generate } from './support/page';

/** The directives of a CSP header, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name = '', ...values]) => [name.toLowerCase(), values]),
  );
}

test.describe('the content security policy', () => {
  test('is a strict nonce policy, fresh for every response', async ({ request }) => {
    const first = await request.get('/en');
    const second = await request.get('/en');
    const policy = first.headers()['content-security-policy'] ?? '';
    const csp = directives(policy);
    const nonce = csp.get('script-src')?.find((value) => value.startsWith("'nonce-"));

    expect(nonce, policy).toBeDefined();
    expect(csp.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'strict-dynamic'"]));
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(second.headers()['content-security-policy']).not.toContain(nonce);
  });

  test('carries its nonce on every script of the page', async ({ request }) => {
    const response = await request.get('/en');
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];

    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  test('comes with the other protective headers', async ({ request }) => {
    const headers = (await request.get('/en')).headers();

    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
  });

  test('echoes no forged Host into the page or a redirect (issue 12)', async ({ request, baseURL }) => {
    const forged = { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' };
    const page = await request.get('/en', { headers: forged });
    const html = await page.text();

    expect(page.status()).toBe(200);
    expect(html).not.toContain('evil.example');
    // The browser tests' app runs with SITE_URL at the address they reach it at: the absolute
    // links come from it alone (without it they are left out: __tests__/app/layout-metadata).
    expect(html).toContain(`<link rel="canonical" href="${baseURL}/en"`);
    expect(html.toLowerCase()).toContain(`hreflang="fr" href="${baseURL}/fr"`.toLowerCase());
    const root = await request.get('/', { headers: { ...forged, 'Accept-Language': 'fr' }, maxRedirects: 0 });
    expect(root.headers()['location']).toBe('/fr');
  });

  test('lets the API answer JSON only, with nosniff and no referrer', async ({ request }) => {
    const headers = (await request.get('/api/resolve?domain=mail.ru')).headers();

    expect(headers['content-type']).toMatch(/^application\/json/);
    expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });

  test('answers an /api/ address no route serves, and a method a route does not take, in the API error shape', async ({ request }) => {
    for (const path of ['/api/foo', '/api/reports/x']) {
      const missing = await request.get(path, { headers: { 'Accept-Language': 'de' } });
      expect([path, missing.status(), missing.headers()['content-type']]).toEqual([path, 404, expect.stringMatching(/^application\/json/)]);
      expect(await missing.json()).toEqual({ error: { code: 'not_found', message: 'Unter dieser Adresse gibt es keine API.' } });
      expect(missing.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    }
    const wrongMethod = await request.post('/api/resolve?domain=mail.ru');
    expect(wrongMethod.status()).toBe(405);
    expect(wrongMethod.headers()['allow']).toBe('GET, HEAD');
    expect(((await wrongMethod.json()) as { error: { code: string } }).error.code).toBe('method_not_allowed');
  });

  test('lets the page hydrate and work, with no violation reported', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { __cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    const letters = await generate(page, 'olga@mail.ru');

    await expect(letters.first()).toBeVisible();
    const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(violations).toEqual([]);
    expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  });
});
