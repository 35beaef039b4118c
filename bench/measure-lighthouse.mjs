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

/**
 * Where the main thread's time went in this run, as Lighthouse reports it (multiplied by its 4×
 * CPU slow-down): by kind of work, and per script (evaluation and parse/compile).
 */
function mainThread(lhr) {
  const breakdown = lhr.audits['mainthread-work-breakdown']?.details?.items ?? [];
  const bootup = lhr.audits['bootup-time']?.details?.items ?? [];
  return {
    totalMs: Math.round(lhr.audits['mainthread-work-breakdown']?.numericValue ?? 0),
    byGroup: breakdown.map((item) => ({ group: item.groupLabel, ms: Math.round(item.duration) })),
    byScript: bootup.slice(0, 5).map((item) => ({
      url: URL.canParse(item.url) ? new URL(item.url).pathname : item.url,
      scriptingMs: Math.round(item.scripting),
      parseCompileMs: Math.round(item.scriptParseCompile),
    })),
  };
}

/** One Lighthouse run; a run Lighthouse itself could not finish (runtimeError) is tried again, twice at most. */
async function lighthouseOnce(url, attempt = 1) {
  const result = await lighthouseRun(url);
  if (result.runtimeError === null || attempt >= 3) return { ...result, attempts: attempt };
  return lighthouseOnce(url, attempt + 1);
}

async function lighthouseRun(url) {
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
      metricsMs: Object.fromEntries(metrics.map((id) => [id, lhr.audits[id].numericValue])),
      mainThread: mainThread(lhr),
      failing: failingAudits(lhr),
      runtimeError: lhr.runtimeError?.message ?? null,
    };
  } finally {
    await chrome.kill();
  }
}

/** The run with the median performance score stands for all; every run's score is kept. */
function medianRun(results) {
  const sorted = [...results].sort((a, b) => a.scores.performance - b.scores.performance);
  return { ...sorted[Math.floor(sorted.length / 2)], performanceRuns: results.map((result) => result.scores.performance) };
}

/**
 * Lighthouse `runs` times on each URL, interleaved (app, bare, app, bare, ...) so that whatever
 * else the machine does weighs on both alike; per URL, the run with the median performance score.
 */
export async function measureLighthouse(urls, { runs = 5 } = {}) {
  const names = Object.keys(urls).filter((name) => urls[name]);
  const results = Object.fromEntries(names.map((name) => [name, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const name of run % 2 === 0 ? names : [...names].reverse()) results[name].push(await lighthouseOnce(urls[name]));
  }
  return Object.fromEntries(names.map((name) => [name, medianRun(results[name])]));
}
