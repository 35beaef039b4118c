/** The issue's budgets: each says whether this run met it and, if not, the facts behind the miss. */
export function checkBudgets(report) {
  const { firstLoadJs, api, clickToLetters, lighthouse } = report.results;
  const budgets = [];

  if (firstLoadJs.ratio !== undefined) {
    const top = firstLoadJs.app.scripts.slice(0, 5).map((script) => `${script.url} ${kb(script.gzip)} KB`);
    budgets.push({
      name: 'First-load JS ≤ 1.30× bare',
      met: firstLoadJs.ratio <= 1.3,
      value: `${firstLoadJs.ratio.toFixed(2)}×`,
      facts: `/en loads ${kb(firstLoadJs.app.gzipBytes)} KB gzip against ${kb(firstLoadJs.bare.gzipBytes)} KB (+${kb(firstLoadJs.app.gzipBytes - firstLoadJs.bare.gzipBytes)} KB); largest: ${top.join(', ')}`,
    });
  }
  if (api.ratio !== undefined) {
    const failed = (result) => (result ? result.errors + result.timeouts + result.non2xx : 0);
    const failures = failed(api.app) + failed(api.appFull);
    const full = api.appFull ? `; the full answer ${Math.round(api.appFull.requestsPerSecond)} req/s (${api.fullRatio.toFixed(2)}×)` : '';
    budgets.push({
      name: 'API ≥ 0.80× bare req/s, no error',
      met: api.ratio >= 0.8 && failures === 0,
      value: `${api.ratio.toFixed(2)}×, ${failures} failed`,
      facts: `${Math.round(api.app.requestsPerSecond)} against ${Math.round(api.bare.requestsPerSecond)} req/s; p99 ${api.app.latencyMs.p99} against ${api.bare.latencyMs.p99} ms; errors ${api.app.errors}, timeouts ${api.app.timeouts}, non-2xx ${api.app.non2xx}${full}`,
    });
  }
  if (clickToLetters.medianMs !== undefined) {
    budgets.push({
      name: 'Click-to-letters ≤ 100 ms (median of 7)',
      met: clickToLetters.medianMs <= 100,
      value: `${clickToLetters.medianMs} ms`,
      facts: `runs: ${clickToLetters.runsMs.join(', ')} ms`,
    });
  }
  if (lighthouse.app?.scores) {
    const { scores, failing } = lighthouse.app;
    budgets.push({
      name: 'Lighthouse performance ≥ 95',
      met: scores.performance >= 95,
      value: String(scores.performance),
      facts: describeFailing(failing, 'performance'),
    });
    for (const category of ['accessibility', 'best-practices', 'seo']) {
      budgets.push({
        name: `Lighthouse ${category} = 100`,
        met: scores[category] === 100,
        value: String(scores[category]),
        facts: describeFailing(failing, category),
      });
    }
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
