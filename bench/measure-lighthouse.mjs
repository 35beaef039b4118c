import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromeFlags, chromePath } from './browser.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/** Up to three offenders an audit names (a URL, a node, an issue type, with the reason), to say what to fix. */
function auditItems(audit) {
  const items = audit.details?.items ?? [];
  return items.slice(0, 3).flatMap((item) => {
    const what = item.description ?? item.url ?? item.source?.snippet ?? item.source?.url ?? item.node?.snippet ?? item.issueType;
    if (typeof what !== 'string') return [];
    const reason = item.subItems?.items?.[0]?.reason;
    return [`${what.slice(0, 160)}${typeof reason === 'string' ? ` (${reason})` : ''}`];
  });
}

/** The audits that cost points, with their title, for the note when a budget is missed. */
function failingAudits(lhr) {
  const failing = [];
  for (const id of categories) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        failing.push({
          category: id,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          value: audit.displayValue ?? null,
          items: auditItems(audit),
        });
      }
    }
  }
  return failing;
}

async function lighthouseOnce(url) {
  // Lighthouse's default config: mobile form factor, simulated slow 4G and 4× CPU slow-down.
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless', ...chromeFlags] });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    return {
      lighthouseVersion: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      scores: Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)])),
      metrics: Object.fromEntries(metrics.map((id) => [id, lhr.audits[id].displayValue])),
      failing: failingAudits(lhr),
      runtimeError: lhr.runtimeError?.message ?? null,
    };
  } finally {
    await chrome.kill();
  }
}

/** Lighthouse `runs` times; the run with the median performance score stands for all. */
export async function measureLighthouse(url, { runs = 1 } = {}) {
  const results = [];
  for (let run = 0; run < runs; run += 1) results.push(await lighthouseOnce(url));
  const sorted = [...results].sort((a, b) => a.scores.performance - b.scores.performance);
  return { ...sorted[Math.floor(sorted.length / 2)], performanceRuns: results.map((result) => result.scores.performance) };
}
