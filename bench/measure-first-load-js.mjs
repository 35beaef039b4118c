import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a modern browser fetches to load `url`, gzip-compressed as `next start` serves it.
 * Chromium skips `<script nomodule>` (the legacy polyfills), so they never show up among the
 * responses; the list of nomodule sources is kept to prove it. Each body is re-compressed here at
 * gzip's default level rather than trusting transfer sizes, so both apps are counted the same way.
 */
export async function measureFirstLoadJs(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = [];
  const pending = [];
  const seen = new Set();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || seen.has(response.url())) return;
    seen.add(response.url());
    pending.push(
      response.body().then(
        (body) => scripts.push({ url: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body).length }),
        () => {},
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const nomodule = await page.$$eval('script[nomodule]', (nodes) => nodes.map((node) => node.getAttribute('src')));
  await context.close();
  const skipped = new Set(nomodule);
  const loaded = scripts.filter((script) => !skipped.has(script.url)).sort((a, b) => b.gzip - a.gzip);
  return {
    gzipBytes: loaded.reduce((sum, script) => sum + script.gzip, 0),
    rawBytes: loaded.reduce((sum, script) => sum + script.bytes, 0),
    scripts: loaded,
    nomoduleSkipped: nomodule,
  };
}
