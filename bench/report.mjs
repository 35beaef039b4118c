import { readFile, writeFile } from 'node:fs/promises';
import { kb } from './budgets.mjs';
import { apiVariants, failedRequests } from './measure-api.mjs';

const keep = '<!-- Everything below this line is written by hand and kept when the bench rewrites this file. -->';

const ratio = (value) => (value === undefined ? '—' : `${value.toFixed(2)}×`);
const round = (value) => (value === undefined ? '—' : String(Math.round(value)));
const ms = (value) => (value === undefined ? '—' : `${Math.round(value)} ms`);
const mib = (bytes) => (bytes === undefined ? '—' : (bytes / 2 ** 20).toFixed(0));
const scores = (lh) =>
  lh?.scores ? `${lh.scores.performance} / ${lh.scores.accessibility} / ${lh.scores['best-practices']} / ${lh.scores.seo}` : '—';
const spread = (figures) => (figures?.medianMs === undefined ? '—' : `${figures.medianMs} (${figures.minMs}–${figures.maxMs})`);

function apiRows(api) {
  const rows = [];
  for (const { key, row: label } of apiVariants) {
    const measured = api?.[key];
    rows.push([`/api/resolve req/s: ${label}`, round(measured?.app?.requestsPerSecond), round(measured?.bare?.requestsPerSecond), ratio(measured?.ratio)]);
    rows.push([`… p99 ms · bytes per answer`, measured?.app ? `${measured.app.latencyMs.p99} · ${measured.app.bytesPerAnswer}` : '—', measured?.bare ? `${measured.bare.latencyMs.p99} · ${measured.bare.bytesPerAnswer}` : '—', '']);
    rows.push([`… server CPU per answer, µs`, round(measured?.app?.cpuMicrosecondsPerRequest), round(measured?.bare?.cpuMicrosecondsPerRequest), ratio(measured?.cpuRatio)]);
  }
  const measured = Object.values(api ?? {}).filter(Boolean);
  rows.push([
    '/api/resolve errors + timeouts + non-2xx (all calls)',
    measured.length ? String(measured.reduce((sum, call) => sum + failedRequests(call.app), 0)) : '—',
    measured.length ? String(measured.reduce((sum, call) => sum + failedRequests(call.bare), 0)) : '—',
    '',
  ]);
  return rows;
}

/** The side-by-side rows: [metric, Unblock Mail, bare Next.js, ratio]. */
export function tableRows(report) {
  const { firstLoadJs: js, api, clickToLetters: click, lighthouse: lh, profile, memory, lib } = report.results;
  const metric = (run, id) => run?.metrics?.[id] ?? '—';
  return [
    ['First-load JS, gzip KB', js.app ? kb(js.app.gzipBytes) : '—', js.bare ? kb(js.bare.gzipBytes) : '—', ratio(js.ratio)],
    [`Lighthouse perf / a11y / BP / SEO (median of ${lh?.app?.performanceRuns?.length ?? '—'})`, scores(lh?.app), scores(lh?.bare), ''],
    ['… performance scores of every run', lh?.app?.performanceRuns?.join(', ') ?? '—', lh?.bare?.performanceRuns?.join(', ') ?? '—', ''],
    ['… LCP · TBT (the median run)', `${metric(lh?.app, 'largest-contentful-paint')} · ${metric(lh?.app, 'total-blocking-time')}`, `${metric(lh?.bare, 'largest-contentful-paint')} · ${metric(lh?.bare, 'total-blocking-time')}`, ''],
    [`Main thread at load, 4× CPU (trace, median of ${profile?.runs ?? '—'})`, ms(profile?.app?.totalMs), ms(profile?.bare?.totalMs), ratio(both(profile?.app?.totalMs, profile?.bare?.totalMs))],
    [`Click-to-letters cold, ms: median (min–max) of ${click?.runs ?? '—'}`, spread(click?.cold), '—', ''],
    ['… paste to click, ms: median (min–max)', click?.cold?.pasteToClickMs ? `${click.cold.pasteToClickMs.median} (${click.cold.pasteToClickMs.min}–${click.cold.pasteToClickMs.max})` : '—', '—', ''],
    [`Click-to-letters warm, ms: median (min–max) of ${click?.runs ?? '—'}`, spread(click?.warm), '—', ''],
    ...apiRows(api),
    ['Server RSS after load, MiB', mib(memory.app?.rssBytes), mib(memory.bare?.rssBytes), ratio(memory.ratio)],
    ['lib: addresses resolved/s', round(lib.addressesPerSecond), '—', ''],
    ['lib: letters built/s', round(lib.lettersPerSecond), '—', ''],
  ];
}

function both(a, b) {
  return a !== undefined && b ? a / b : undefined;
}

/** The trace's breakdown, app beside bare: groups, the scripts, style and layout, the costliest selectors. */
function profileLines(profile) {
  if (!profile?.app) return [];
  const { app, bare } = profile;
  const groups = [...new Set([...Object.keys(app.groupsMs), ...Object.keys(bare?.groupsMs ?? {})])];
  const lines = [
    `## Main thread at load under ${profile.cpuSlowdown}× CPU slow-down (trace, median of ${profile.runs})`,
    '',
    '| work | Unblock Mail ms | bare ms |',
    '|---|---:|---:|',
    ...groups.map((group) => `| ${group} | ${round(app.groupsMs[group])} | ${round(bare?.groupsMs[group])} |`),
    `| style passes: count, ms (largest: ms, elements) | ${app.style.passes}, ${round(app.style.ms)} (${round(app.style.largestMs)}, ${app.style.largestElements}) | ${bare ? `${bare.style.passes}, ${round(bare.style.ms)} (${round(bare.style.largestMs)}, ${bare.style.largestElements})` : '—'} |`,
    `| layout passes: count, ms (largest: ms, objects) | ${app.layout.passes}, ${round(app.layout.ms)} (${round(app.layout.largestMs)}, ${app.layout.largestObjects}) | ${bare ? `${bare.layout.passes}, ${round(bare.layout.ms)} (${round(bare.layout.largestMs)}, ${bare.layout.largestObjects})` : '—'} |`,
    '',
    `Unblock Mail's time by script (V8 samples, self time): ${Object.entries(app.byScriptMs).map(([script, time]) => `${script} ${round(time)} ms`).join(', ')}.`,
    '',
    `Costliest author selectors over all style passes: ${app.selectors.map((entry) => `\`${entry.selector}\` ${entry.us} µs (${entry.attempts} tries)`).join(', ') || 'none recorded'}.`,
    '',
  ];
  return lines;
}

function loadLine(load) {
  const samples = load.samples.map((sample) => sample.load);
  return `Load average (1 minute, ${load.cpus} CPUs): ${load.atStart} when the bench started, ${load.before} when the measures began${load.waitedSeconds ? ` (after waiting ${load.waitedSeconds} s for it)` : ''}, ${load.after} ${load.settleSeconds} s after they ended; between ${Math.min(...samples)} and ${Math.max(...samples)} before each measure.`;
}

export function printTable(report) {
  const rows = [['', 'Unblock Mail', 'bare Next.js', 'ratio'], ...tableRows(report)];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(`\n${line(rows[0])}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows.slice(1)) console.log(line(row));
  console.log(`\n${loadLine(report.load)}`);
  for (const budget of report.budgets) {
    const verdict = report.load.valid ? (budget.met ? 'met   ' : 'MISSED') : 'n/a   ';
    console.log(`${verdict}  ${budget.name}: ${budget.value}`);
  }
  for (const [name, error] of Object.entries(report.errors)) console.log(`ERROR   ${name}: ${error.split('\n')[0]}`);
}

function markdown(report, handWritten) {
  const { machine, setup, load } = report;
  const rows = tableRows(report);
  const lines = [
    '# Benchmark: Unblock Mail against a bare Next.js app',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${machine.date.slice(0, 10)}; the raw figures are in \`bench/report.json\` (not committed).`,
    '',
  ];
  if (!load.valid) {
    lines.push(`> **This run is not valid for the budgets:** ${load.reason}. Other work on the machine skewed its figures, which are kept below for reference only; no budget was judged. Run \`npm run bench\` again on a quiet machine.`, '');
  }
  lines.push(
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB memory, ${machine.platform}; Node ${machine.node}; ${machine.chromium}.`,
    loadLine(load),
    `Versions: next ${setup.versions.next}, react ${setup.versions.react}, react-dom ${setup.versions['react-dom']} in both apps.`,
    '',
    '| | Unblock Mail | bare Next.js | ratio |',
    '|---|---:|---:|---:|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    '## Budgets',
    '',
    '| budget | this run | met |',
    '|---|---:|:---:|',
    ...report.budgets.map((budget) => `| ${budget.name} | ${budget.value} | ${load.valid ? (budget.met ? 'yes' : '**no**') : 'not judged'} |`),
    '',
  );
  const missed = report.budgets.filter((budget) => !budget.met);
  if (load.valid && missed.length > 0) {
    lines.push('What the run saw where a budget was missed:', '');
    for (const budget of missed) lines.push(`- **${budget.name}** (${budget.value}): ${budget.facts}`);
    lines.push('');
  }
  const errors = Object.entries(report.errors);
  if (errors.length > 0) {
    lines.push('Measures that could not run:', '');
    for (const [name, error] of errors) lines.push(`- ${name}: \`${error.split('\n')[0].replace(/`/g, "'")}\``);
    lines.push('');
  }
  lines.push(...profileLines(report.results.profile));
  lines.push('## How it was measured', '', ...setup.method.map((item) => `- ${item}`), '', keep, handWritten);
  return lines.join('\n');
}

/** Rewrites RESULTS.md from this run, keeping the hand-written analysis under the marker line. */
export async function writeResults(path, report) {
  const previous = await readFile(path, 'utf8').catch(() => '');
  const at = previous.indexOf(keep);
  const handWritten = at === -1 ? '' : previous.slice(at + keep.length).replace(/^\n/, '');
  await writeFile(path, `${markdown(report, handWritten).trimEnd()}\n`);
}
