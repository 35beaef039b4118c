import { execFileSync } from 'node:child_process';

import autocannon from 'autocannon';

import { cpuTicks } from './next-server.mjs';

/** Clock ticks per second, the unit of /proc's CPU times (100 on Linux unless built otherwise). */
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function cannon(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function summarise(url, rounds, connections, ticks) {
  const bytes = rounds.reduce((sum, round) => sum + round.throughput.total, 0);
  const seconds = rounds.reduce((sum, round) => sum + round.duration, 0);
  const requests = rounds.reduce((sum, round) => sum + round.requests.total, 0);
  const sum = (pick) => rounds.reduce((total, round) => total + pick(round), 0);
  return {
    url,
    connections,
    seconds: Math.round(seconds),
    requests,
    requestsPerSecond: requests / seconds,
    // The server's own CPU time per answer over the measured rounds: unlike req/s it does not
    // depend on how much of the two CPUs autocannon and the rest of the machine took meanwhile.
    cpuMicrosecondsPerRequest: ticks === undefined || requests === 0 ? undefined : ((ticks / ticksPerSecond) * 1e6) / requests,
    // What one answer weighs on the wire, headers included (compressed when it was asked so).
    bytesPerAnswer: requests > 0 ? Math.round(bytes / requests) : 0,
    roundsRequestsPerSecond: rounds.map((round) => Math.round(round.requests.average)),
    // The median round's tail: one round that met a burst of other work on the machine says
    // little about the server; the worst moment still shows as `max`.
    latencyMs: {
      p50: median(rounds.map((round) => round.latency.p50)),
      p99: median(rounds.map((round) => round.latency.p99)),
      max: Math.max(...rounds.map((round) => round.latency.max)),
    },
    errors: sum((round) => round.errors),
    timeouts: sum((round) => round.timeouts),
    non2xx: sum((round) => round.non2xx),
  };
}

/**
 * The four API measures in report.json's `results.api` (key: the call, then the encoding asked),
 * with how the budgets and the table name each.
 */
export const apiVariants = [
  { key: 'page-gzip', budget: "the page's only=mx call, gzip asked", row: "the page's call (only=mx), gzip asked" },
  { key: 'page-plain', budget: "the page's only=mx call, plain", row: "the page's call (only=mx), plain" },
  { key: 'full-gzip', budget: "an integrator's full answer, gzip asked", row: 'full answer (address=), gzip asked' },
  { key: 'full-plain', budget: "an integrator's full answer, plain", row: 'full answer (address=), plain' },
];

/** Requests of one server's summary that did not get a 2xx answer: errors, timeouts, non-2xx. */
export const failedRequests = (result) => (result ? result.errors + result.timeouts + result.non2xx : 0);

/**
 * Requests per second and latency of one GET on each server, in alternating rounds (bare, app,
 * app, bare, ...) so that other work on the machine weighs on both alike; each server gets a short
 * warm-up first so that both have compiled their code paths and filled their caches. `headers` go
 * with every request (Accept-Encoding, to be asked as a browser asks). Socket errors,
 * timeouts and non-2xx answers are counted: a fast route that fails is not fast.
 * With a server's process id in `pids`, its CPU time over the measured rounds is read too.
 */
export async function measureApi(urls, { connections = 10, seconds = 12, rounds = 6, warmupSeconds = 2, headers = {}, pids = {} } = {}) {
  const names = Object.keys(urls).filter((name) => urls[name]);
  for (const name of names) await cannon({ url: urls[name], connections, duration: warmupSeconds, headers });
  const results = Object.fromEntries(names.map((name) => [name, []]));
  // A server without a process id (one the bench did not start) has no CPU figure.
  const ticks = Object.fromEntries(names.map((name) => [name, pids[name] === undefined ? undefined : 0]));
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const pid = pids[name];
      const before = pid === undefined ? 0 : await cpuTicks(pid);
      results[name].push(await cannon({ url: urls[name], connections, duration: seconds / rounds, headers }));
      if (pid !== undefined) ticks[name] += (await cpuTicks(pid)) - before;
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarise(urls[name], results[name], connections, ticks[name])]));
}

/**
 * One request as the measured client makes it, read as a client would (fetch decodes gzip): a
 * route that answers fast but not JSON, or not the answer asked for, fails the measure.
 */
export async function checkJsonAnswer(url, headers, expected) {
  const response = await fetch(url, { headers });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${url} answered ${response.status} with a body that is not JSON (Content-Encoding ${response.headers.get('content-encoding')}): ${text.slice(0, 80)}`);
  }
  for (const [key, value] of Object.entries(expected)) {
    if (body[key] !== value) throw new Error(`${url} answered ${key}: ${JSON.stringify(body[key])}, not ${JSON.stringify(value)}`);
  }
  return { status: response.status, encoding: response.headers.get('content-encoding') };
}
