import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js';
import { MainThreadTasks } from 'lighthouse/core/lib/tracehouse/main-thread-tasks.js';

/**
 * Where a page's load spends the main thread, from a Chromium trace taken while the CPU runs 4×
 * slower (CDP's throttling, as DevTools' Performance panel does), rather than Lighthouse's
 * simulation: the trace holds what really ran. Lighthouse's own task model (tracehouse) groups the
 * work as its "main-thread work breakdown" does; the V8 sampling profiler says which script the
 * time was spent in; Blink's selector statistics say which style rules cost the style passes.
 */

const categories = [
  '-*',
  'loading',
  'blink.user_timing',
  'disabled-by-default-lighthouse',
  'v8',
  'v8.execute',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-v8.cpu_profiler',
  // SelectorStats: time and match attempts per selector in each style recalculation.
  'disabled-by-default-blink.debug',
];

const pathOf = (url) => {
  try {
    return new URL(url).pathname;
  } catch {
    return url || '(none)';
  }
};

/** Self time per task group (Lighthouse's labels) and the top-level style and layout passes. */
function summariseTasks(trace) {
  const processed = TraceProcessor.processTrace(trace);
  const tasks = MainThreadTasks.getMainThreadTasks(processed.mainThreadEvents, processed.frames, processed.timestamps.traceEnd);
  const groups = {};
  const style = { passes: 0, ms: 0, elements: 0, largest: { ms: 0, elements: 0 } };
  const layout = { passes: 0, ms: 0, largest: { ms: 0, objects: 0 } };
  for (const task of tasks) {
    groups[task.group.label] = (groups[task.group.label] ?? 0) + task.selfTime;
    const { name, args } = task.event;
    if (name === 'UpdateLayoutTree') {
      style.passes += 1;
      style.ms += task.selfTime;
      style.elements += args?.elementCount ?? 0;
      if (task.selfTime > style.largest.ms) style.largest = { ms: task.selfTime, elements: args?.elementCount ?? 0 };
    }
    if (name === 'Layout') {
      layout.passes += 1;
      layout.ms += task.selfTime;
      const objects = args?.beginData?.dirtyObjects ?? 0;
      if (task.selfTime > layout.largest.ms) layout.largest = { ms: task.selfTime, objects };
    }
  }
  return { pid: processed.mainThreadEvents[0]?.pid, tid: processed.mainThreadEvents[0]?.tid, groups, style, layout };
}

/** Self time per script (and per native or engine activity) from the sampling profiler. */
function summariseSamples(events, { pid, tid }) {
  const profiles = new Map();
  for (const event of events) {
    if (event.pid !== pid) continue;
    if (event.name === 'Profile' && event.tid === tid) profiles.set(event.id, { nodes: new Map(), samples: [], deltas: [] });
    if (event.name !== 'ProfileChunk' || !profiles.has(event.id)) continue;
    const profile = profiles.get(event.id);
    const chunk = event.args.data.cpuProfile ?? {};
    for (const node of chunk.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(chunk.samples ?? []));
    profile.deltas.push(...(event.args.data.timeDeltas ?? []));
  }
  const byScript = {};
  for (const profile of profiles.values()) {
    profile.samples.forEach((id, index) => {
      const frame = profile.nodes.get(id)?.callFrame;
      if (!frame) return;
      // V8's own entries are named in parentheses already: (program), (garbage collector), (idle).
      const native = frame.functionName.startsWith('(') ? frame.functionName : `(${frame.functionName || 'native'})`;
      const where = frame.url ? pathOf(frame.url) : native;
      byScript[where] = (byScript[where] ?? 0) + (profile.deltas[index + 1] ?? 0) / 1000;
    });
  }
  delete byScript['(idle)'];
  return byScript;
}

/** Blink's per-selector cost over every style recalculation of the load, author style sheets only. */
function summariseSelectors(events, { pid, tid }) {
  const selectors = {};
  for (const event of events) {
    if (event.name !== 'SelectorStats' || event.pid !== pid || event.tid !== tid) continue;
    for (const timing of event.args?.selector_stats?.selector_timings ?? []) {
      if (timing.style_sheet_id === 'ua-style-sheet') continue;
      const entry = (selectors[timing.selector] ??= { us: 0, attempts: 0, matches: 0 });
      entry.us += timing['elapsed (us)'] ?? 0;
      entry.attempts += timing.match_attempts ?? 0;
      entry.matches += timing.match_count ?? 0;
    }
  }
  return selectors;
}

async function traceOnce(browser, url, cpuSlowdown) {
  // Lighthouse's mobile viewport, so the layout is the one its runs see.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await browser.startTracing(page, { categories });
    await page.goto(url, { waitUntil: 'networkidle' });
    const trace = JSON.parse(await browser.stopTracing());
    const tasks = summariseTasks(trace);
    return { ...tasks, byScript: summariseSamples(trace.traceEvents, tasks), selectors: summariseSelectors(trace.traceEvents, tasks) };
  } finally {
    await context.close();
  }
}

/**
 * A traced load, taken again (up to three times in all) when Chromium hands back a trace that
 * lacks the navigation's start, which tracehouse needs: seen once in a bench run, never twice in a
 * row. Any other error stands.
 */
async function traceLoad(browser, url, cpuSlowdown, attempt = 1) {
  try {
    return await traceOnce(browser, url, cpuSlowdown);
  } catch (error) {
    if (attempt >= 3 || !String(error).includes('No navigationStart event found')) throw error;
    return traceLoad(browser, url, cpuSlowdown, attempt + 1);
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
};

/** Median over runs of each key of a { key: ms } record (a key missing from a run counts 0). */
function medianRecord(records, top) {
  const keys = new Set(records.flatMap((record) => Object.keys(record)));
  const medians = [...keys].map((key) => [key, Math.round(median(records.map((record) => record[key] ?? 0)) * 10) / 10]);
  return Object.fromEntries(medians.sort((a, b) => b[1] - a[1]).slice(0, top));
}

function summariseRuns(runs) {
  const round = (value) => Math.round(value * 10) / 10;
  const pick = (get) => round(median(runs.map(get)));
  const selectorKeys = new Set(runs.flatMap((run) => Object.keys(run.selectors)));
  const selectors = [...selectorKeys]
    .map((selector) => ({
      selector,
      us: Math.round(median(runs.map((run) => run.selectors[selector]?.us ?? 0))),
      attempts: median(runs.map((run) => run.selectors[selector]?.attempts ?? 0)),
      matches: median(runs.map((run) => run.selectors[selector]?.matches ?? 0)),
    }))
    .sort((a, b) => b.us - a.us)
    .slice(0, 5);
  return {
    totalMs: pick((run) => Object.values(run.groups).reduce((sum, ms) => sum + ms, 0)),
    groupsMs: medianRecord(runs.map((run) => run.groups), 10),
    byScriptMs: medianRecord(runs.map((run) => run.byScript), 8),
    style: { passes: pick((run) => run.style.passes), ms: pick((run) => run.style.ms), largestMs: pick((run) => run.style.largest.ms), largestElements: pick((run) => run.style.largest.elements) },
    layout: { passes: pick((run) => run.layout.passes), ms: pick((run) => run.layout.ms), largestMs: pick((run) => run.layout.largest.ms), largestObjects: pick((run) => run.layout.largest.objects) },
    selectors,
  };
}

/**
 * Loads each URL `runs` times (interleaved) with the CPU `cpuSlowdown`× slower and a fresh
 * context, tracing until the network is idle; the median of each figure over the runs.
 */
export async function profileLoad(browser, urls, { runs = 3, cpuSlowdown = 4 } = {}) {
  const names = Object.keys(urls).filter((name) => urls[name]);
  const traces = Object.fromEntries(names.map((name) => [name, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const name of run % 2 === 0 ? names : [...names].reverse()) traces[name].push(await traceLoad(browser, urls[name], cpuSlowdown));
  }
  return { runs, cpuSlowdown, ...Object.fromEntries(names.map((name) => [name, summariseRuns(traces[name])])) };
}
