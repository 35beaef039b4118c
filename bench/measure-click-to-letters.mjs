/**
 * From the click on "Generate letters" to the first letter on screen, timed inside the page: the
 * click's own `event.timeStamp` and `performance.now()` share one clock, so the test runner's round
 * trips are not counted. "On screen" is the first frame after the first `<article>` entered the
 * DOM: a MutationObserver sees it, a requestAnimationFrame waits for that frame, and a message
 * posted from it runs once the frame has been produced.
 *
 * Two ways a visitor meets the page, each in a fresh browser context (empty HTTP cache, no code
 * cache), after the page has loaded and hydrated (network idle):
 * - warm: the visitor has touched the form, and the engine the first touch fetches has arrived
 *   (network idle again) before they type the address and click;
 * - cold: the visitor's first touch of the page is pasting the address (focus and one input
 *   event, as a paste is), and the click comes `pasteToClickMs` later: the engine is fetched,
 *   parsed and run while the clock runs.
 */

const recipient = 'ivan.petrov@mail.ru';
// Tall enough for the whole form: the cold run's click must not wait for a scroll.
const viewport = { width: 1280, height: 1600 };

/** Installs the in-page clocks; resolves in the page with { pasteToClickMs, clickToDomMs, clickToPaintMs }. */
function installClocks() {
  const before = document.querySelectorAll('article').length;
  window.__clickToLetters = new Promise((resolve) => {
    let pastedAt = null;
    let clickedAt = null;
    let inDomAt = null;
    document.addEventListener('input', (event) => (pastedAt ??= event.timeStamp), { capture: true, once: true });
    document.addEventListener('click', (event) => (clickedAt ??= event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (clickedAt === null || document.querySelectorAll('article').length <= before) return;
      observer.disconnect();
      inDomAt = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () =>
          resolve({
            pasteToClickMs: pastedAt === null ? null : clickedAt - pastedAt,
            clickToDomMs: inDomAt - clickedAt,
            clickToPaintMs: performance.now() - clickedAt,
          });
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

async function readClocks(page) {
  const clocks = await page.evaluate(() =>
    Promise.race([window.__clickToLetters, new Promise((resolve) => setTimeout(() => resolve(null), 10_000))]),
  );
  if (clocks === null) throw new Error('no <article> appeared within 10 s of the click');
  return clocks;
}

/** Resolves in the page once a script has loaded and then none for 500 ms. */
function quietScripts() {
  return new Promise((resolve) => {
    let timer;
    new PerformanceObserver((list) => {
      if (!list.getEntries().some((entry) => entry.initiatorType === 'script')) return;
      clearTimeout(timer);
      timer = setTimeout(resolve, 500);
    }).observe({ type: 'resource' });
  });
}

/** The script URLs a page fetched, to tell the engine's chunks from the first load's. */
function watchScripts(page) {
  const urls = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

/**
 * /en loaded in a fresh browser context until the network is idle, then `run(page, scripts,
 * firstLoad)`: the scripts fetched so far and how many came with the page. The context is closed
 * after, whatever happened.
 */
async function withLoadedPage(browser, url, run) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const scripts = watchScripts(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    return await run(page, scripts, scripts.length);
  } finally {
    await context.close();
  }
}

function warmRun(browser, url) {
  return withLoadedPage(browser, url, async (page, scripts, firstLoad) => {
    // The engine arrives on the first touch; it has arrived when no script came for 500 ms.
    const arrived = page.evaluate(quietScripts);
    await page.focus('#recipient');
    await arrived;
    if (scripts.length === firstLoad) throw new Error('touching the form fetched no engine code');
    await page.fill('#recipient', recipient);
    await page.evaluate(installClocks);
    await page.getByRole('button', { name: /generate letters/i }).click();
    return { ...(await readClocks(page)), engineScripts: scripts.length - firstLoad };
  });
}

function coldRun(browser, url, pasteToClickMs) {
  return withLoadedPage(browser, url, async (page, scripts, firstLoad) => {
    // The viewport holds the whole form, so the focus scrolls nothing and the button stays put.
    const button = await page.getByRole('button', { name: /generate letters/i }).boundingBox();
    if (button === null || button.y + button.height > viewport.height) throw new Error('the "Generate letters" button is not in the viewport');
    await page.evaluate(installClocks);
    // The paste is the page's first touch: the focus that precedes it and the input it makes.
    await page.focus('#recipient');
    await page.keyboard.insertText(recipient);
    const pasted = performance.now();
    // The click lands pasteToClickMs after the input event; the mouse's own round trip (press,
    // release) is taken from the wait, and the page says how far apart the two really were.
    const wait = pasteToClickMs - (performance.now() - pasted) - 2;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
    const clocks = await readClocks(page);
    if (scripts.length === firstLoad) throw new Error('the cold run fetched no engine code: was it loaded with the page?');
    return { ...clocks, engineScripts: scripts.length - firstLoad };
  });
}

function summarise(runs) {
  const painted = runs.map((run) => Math.round(run.clickToPaintMs * 10) / 10);
  const sorted = [...painted].sort((a, b) => a - b);
  const gaps = runs.map((run) => run.pasteToClickMs).filter((gap) => gap !== null);
  const sortedGaps = [...gaps].sort((a, b) => a - b);
  return {
    medianMs: sorted[Math.floor(sorted.length / 2)],
    minMs: sorted[0],
    maxMs: sorted.at(-1),
    runsMs: painted,
    inDomRunsMs: runs.map((run) => Math.round(run.clickToDomMs * 10) / 10),
    pasteToClickMs: sortedGaps.length > 0 ? { median: Math.round(sortedGaps[Math.floor(sortedGaps.length / 2)] * 10) / 10, min: Math.round(sortedGaps[0] * 10) / 10, max: Math.round(sortedGaps.at(-1) * 10) / 10 } : null,
    engineScripts: runs[0]?.engineScripts,
  };
}

/** Warm and cold click-to-letters, `runs` each (alternating, so both meet the same machine), median with min and max. */
export async function measureClickToLetters(browser, url, { runs = 9, pasteToClickMs = 50 } = {}) {
  const warm = [];
  const cold = [];
  for (let run = 0; run < runs; run += 1) {
    cold.push(await coldRun(browser, url, pasteToClickMs));
    warm.push(await warmRun(browser, url));
  }
  return { recipient, runs, pasteToClickMs, warm: summarise(warm), cold: summarise(cold) };
}
