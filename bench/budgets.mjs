import { apiVariants, failedRequests } from './measure-api.mjs';

/**
 * The budgets of issue 10, each judged on this run's figures against the bare app measured in the
 * same run: whether it was met and, if not, the facts behind the miss. A budget whose figures are
 * missing (a measure failed) is not met.
 */
export const limits = {
  firstLoadJsRatio: 1.15,
  apiRatio: 0.9,
  clickToLettersMs: 100,
  lighthousePerformance: 95,
  lighthouseBehindBare: 3,
};

export function checkBudgets(report) {
  const { firstLoadJs, api, clickToLetters, lighthouse } = report.results;
  const budgets = [];

  const top = firstLoadJs.app?.scripts.slice(0, 5).map((script) => `${script.url} ${kb(script.gzip)} KB`) ?? [];
  budgets.push({
    name: `First-load JS ≤ ${limits.firstLoadJsRatio.toFixed(2)}× bare`,
    met: firstLoadJs.ratio !== undefined && firstLoadJs.ratio <= limits.firstLoadJsRatio,
    value: firstLoadJs.ratio === undefined ? 'not measured' : `${firstLoadJs.ratio.toFixed(2)}×`,
    facts: firstLoadJs.ratio === undefined ? '' : `/en loads ${kb(firstLoadJs.app.gzipBytes)} KB gzip against ${kb(firstLoadJs.bare.gzipBytes)} KB; largest: ${top.join(', ')}`,
  });

  for (const { key, budget: label } of apiVariants) {
    const measured = api?.[key];
    const failures = measured ? failedRequests(measured.app) + failedRequests(measured.bare) : 0;
    budgets.push({
      name: `API ≥ ${limits.apiRatio.toFixed(2)}× bare req/s, no error: ${label}`,
      met: measured?.ratio !== undefined && measured.ratio >= limits.apiRatio && failures === 0,
      value: measured?.ratio === undefined ? 'not measured' : `${measured.ratio.toFixed(2)}×, ${failures} failed`,
      facts: measured?.ratio === undefined ? '' : `${Math.round(measured.app.requestsPerSecond)} against ${Math.round(measured.bare.requestsPerSecond)} req/s; p99 ${measured.app.latencyMs.p99} against ${measured.bare.latencyMs.p99} ms; errors ${measured.app.errors}, timeouts ${measured.app.timeouts}, non-2xx ${measured.app.non2xx}`,
    });
  }

  for (const kind of ['cold', 'warm']) {
    const figures = clickToLetters?.[kind];
    budgets.push({
      name: `Click-to-letters ${kind} ≤ ${limits.clickToLettersMs} ms (median of ${clickToLetters?.runs ?? '—'})`,
      met: figures?.medianMs !== undefined && figures.medianMs <= limits.clickToLettersMs,
      value: figures?.medianMs === undefined ? 'not measured' : `${figures.medianMs} ms`,
      facts: figures?.medianMs === undefined ? '' : `runs: ${figures.runsMs.join(', ')} ms`,
    });
  }

  const app = lighthouse?.app;
  const bare = lighthouse?.bare;
  budgets.push({
    name: `Lighthouse performance ≥ ${limits.lighthousePerformance}`,
    met: app?.scores !== undefined && app.scores.performance >= limits.lighthousePerformance,
    value: app?.scores === undefined ? 'not measured' : String(app.scores.performance),
    facts: app?.scores === undefined ? '' : `runs: ${app.performanceRuns.join(', ')}; ${describeFailing(app.failing, 'performance')}`,
  });
  budgets.push({
    name: `Lighthouse performance no more than ${limits.lighthouseBehindBare} under bare`,
    met: app?.scores !== undefined && bare?.scores !== undefined && bare.scores.performance - app.scores.performance <= limits.lighthouseBehindBare,
    value: app?.scores === undefined || bare?.scores === undefined ? 'not measured' : `${app.scores.performance} against ${bare.scores.performance}`,
    facts: bare?.scores === undefined ? '' : `bare runs: ${bare.performanceRuns.join(', ')}`,
  });
  for (const category of ['accessibility', 'best-practices', 'seo']) {
    budgets.push({
      name: `Lighthouse ${category} = 100`,
      met: app?.scores?.[category] === 100,
      value: app?.scores === undefined ? 'not measured' : String(app.scores[category]),
      facts: app?.scores === undefined ? '' : describeFailing(app.failing, category),
    });
  }
  return budgets;
}

function describeFailing(failing, category) {
  const audits = failing.filter((audit) => audit.category === category);
  if (audits.length === 0) return 'no audit lost points';
  return audits.map((audit) => `${audit.title}${audit.value ? ` (${audit.value})` : ''}${audit.items?.length ? `: ${audit.items.join('; ')}` : ''}`).join(' · ');
}

export function kb(bytes) {
  return (bytes / 1024).toFixed(1);
}
