import autocannon from 'autocannon';

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

function summarise(url, rounds, connections) {
  const seconds = rounds.reduce((sum, round) => sum + round.duration, 0);
  const requests = rounds.reduce((sum, round) => sum + round.requests.total, 0);
  const sum = (pick) => rounds.reduce((total, round) => total + pick(round), 0);
  return {
    url,
    connections,
    seconds: Math.round(seconds),
    requests,
    requestsPerSecond: requests / seconds,
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
 * Requests per second and latency of one GET on each server, in alternating rounds (bare, app,
 * app, bare, ...) so that other work on the machine weighs on both alike; each server gets a short
 * warm-up first so that both have compiled their code paths and filled their caches. Socket errors,
 * timeouts and non-2xx answers are counted: a fast route that fails is not fast.
 */
export async function measureApi(urls, { connections = 10, seconds = 12, rounds = 6, warmupSeconds = 2 } = {}) {
  const names = Object.keys(urls).filter((name) => urls[name]);
  for (const name of names) await cannon({ url: urls[name], connections, duration: warmupSeconds });
  const results = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) results[name].push(await cannon({ url: urls[name], connections, duration: seconds / rounds }));
  }
  return Object.fromEntries(names.map((name) => [name, summarise(urls[name], results[name], connections)]));
}
