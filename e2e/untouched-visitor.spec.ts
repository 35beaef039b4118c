import { expect, test, type Page } from '@playwright/test';

/*
 * The letter engine (the address parser with its Public Suffix List, zod, the letters and their
 * texts) is fetched on the visitor's first touch of the page, never with it (issue 10): a reader
 * who only reads and scrolls downloads none of it. Judged in a real browser by what it fetches:
 * the scripts of a page left alone, then the scripts the first touch brings, which must be new.
 */

/** The paths of every script the page fetches from now on. */
function watchScripts(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

/** Until the page has fetched nothing for a second: idle callbacks and late imports had their chance. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1_000);
  await page.waitForLoadState('networkidle');
}

test.describe('a visitor who does not touch the form', () => {
  test('downloads no engine code while reading and scrolling, and the first touch fetches it', async ({ page }) => {
    const scripts = watchScripts(page);
    await page.goto('/en');
    await settle(page);
    // Reading: the pointer moves over the page and the wheel scrolls it, with no click, key or focus.
    await page.mouse.move(200, 300);
    await page.mouse.move(400, 500);
    await page.mouse.wheel(0, 1_500);
    await page.mouse.wheel(0, -1_500);
    await settle(page);
    const untouched = new Set(scripts);
    expect(untouched.size).toBeGreaterThan(0);

    await page.locator('#recipient').focus();
    await settle(page);
    const engine = scripts.filter((path) => !untouched.has(path));
    // The touch brought code of its own: had the page fetched the engine earlier, nothing would be new.
    expect(engine.length).toBeGreaterThan(0);

    await page.locator('#recipient').fill('olga@mail.ru');
    await page.getByRole('button', { name: 'Generate letters' }).click();
    await expect(page.locator('article').first()).toBeVisible();
  });
});
