/**
 * From the click on "Generate letters" to the first letter (`<article>`) in the DOM, timed inside
 * the page: the click's own `event.timeStamp` and `performance.now()` in a MutationObserver share
 * one clock, so the test runner's round trips are not counted. Each run loads the page afresh and
 * waits until the network is idle (hydrated), fills only the recipient and clicks like a person.
 */
export async function measureClickToLetters(browser, url, { runs = 7, recipient = 'ivan.petrov@mail.ru' } = {}) {
  const timings = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.fill('#recipient', recipient);
    await page.evaluate(() => {
      const before = document.querySelectorAll('article').length;
      window.__clickToLetters = new Promise((resolve) => {
        let clickedAt = null;
        document.addEventListener('click', (event) => (clickedAt ??= event.timeStamp), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (clickedAt === null || document.querySelectorAll('article').length <= before) return;
          observer.disconnect();
          resolve(performance.now() - clickedAt);
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    });
    await page.getByRole('button', { name: /generate letters/i }).click();
    const elapsed = await page.evaluate(
      () => Promise.race([window.__clickToLetters, new Promise((resolve) => setTimeout(() => resolve(null), 10_000))]),
    );
    await context.close();
    if (elapsed === null) throw new Error('no <article> appeared within 10 s of the click');
    timings.push(Math.round(elapsed * 10) / 10);
  }
  const sorted = [...timings].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], runsMs: timings, recipient };
}
