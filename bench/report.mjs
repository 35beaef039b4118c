import { readFile, writeFile } from 'node:fs/promises';
import { checkBudgets, kb } from './budgets.mjs';

const keep = '<!-- Everything below this line is written by hand and kept when the bench rewrites this file. -->';

const ratio = (value) => (value === undefined ? '—' : `${value.toFixed(2)}×`);
const round = (value) => (value === undefined ? '—' : String(Math.round(value)));
const mib = (bytes) => (bytes === undefined ? '—' : (bytes / 2 ** 20).toFixed(0));
const failed = (api) => (api ? String(api.errors + api.timeouts + api.non2xx) : '—');
const scores = (lh) =>
  lh?.scores ? `${lh.scores.performance} / ${lh.scores.accessibility} / ${lh.scores['best-practices']} / ${lh.scores.seo}` : '—';

/** The side-by-side rows: [metric, Unblock Mail, bare Next.js, ratio]. */
export function tableRows(report) {
  const { firstLoadJs: js, api, clickToLetters: click, lighthouse: lh, memory, lib } = report.results;
  return [
    ['First-load JS, gzip KB', js.app ? kb(js.app.gzipBytes) : '—', js.bare ? kb(js.bare.gzipBytes) : '—', ratio(js.ratio)],
    ["/api/resolve req/s (the page's call, only=mx)", round(api.app?.requestsPerSecond), round(api.bare?.requestsPerSecond), ratio(api.ratio)],
    ["/api/resolve p99 ms (the page's call)", round(api.app?.latencyMs.p99), round(api.bare?.latencyMs.p99), ratio(api.p99Ratio)],
    ['/api/resolve req/s (full answer)', round(api.appFull?.requestsPerSecond), round(api.bare?.requestsPerSecond), ratio(api.fullRatio)],
    ['/api/resolve errors + non-2xx (both)', api.app && api.appFull ? String(Number(failed(api.app)) + Number(failed(api.appFull))) : '—', failed(api.bare), ''],
    ['Click-to-letters, median ms', click.medianMs === undefined ? '—' : String(click.medianMs), '—', ''],
    ['Lighthouse perf / a11y / BP / SEO', scores(lh.app), scores(lh.bare), ''],
    ['Server RSS after load, MiB', mib(memory.app?.rssBytes), mib(memory.bare?.rssBytes), ratio(memory.ratio)],
    ['lib: addresses resolved/s', round(lib.addressesPerSecond), '—', ''],
    ['lib: letters built/s', round(lib.lettersPerSecond), '—', ''],
  ];
}

export function printTable(report) {
  const rows = [['', 'Unblock Mail', 'bare Next.js', 'ratio'], ...tableRows(report)];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(`\n${line(rows[0])}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows.slice(1)) console.log(line(row));
  for (const budget of checkBudgets(report)) console.log(`${budget.met ? 'met   ' : 'MISSED'}  ${budget.name}: ${budget.value}`);
  for (const [name, error] of Object.entries(report.errors)) console.log(`ERROR   ${name}: ${error.split('\n')[0]}`);
}

function markdown(report, handWritten) {
  const { machine, setup } = report;
  const rows = tableRows(report);
  const budgets = checkBudgets(report);
  const lines = [
    '# Benchmark: Unblock Mail against a bare Next.js app',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${machine.date.slice(0, 10)}; the raw figures are in \`bench/report.json\` (not committed).`,
    '',
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB memory, ${machine.platform}; Node ${machine.node}; ${machine.chromium}; load average ${machine.loadAverage} when the run began.`,
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
    ...budgets.map((budget) => `| ${budget.name} | ${budget.value} | ${budget.met ? 'yes' : '**no**'} |`),
    '',
  ];
  const missed = budgets.filter((budget) => !budget.met);
  if (missed.length > 0) {
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
