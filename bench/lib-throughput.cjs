/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script on purpose: require hooks are how plain Node loads TypeScript without a loader dependency. */
// Run by bench/run.mjs in its own process: prints one JSON line with the lib's throughput.
require('./ts-require.cjs');
const { parseAddress } = require('@/lib/address/parse-address');
const { resolveRecipient } = require('@/lib/resolve/resolve-recipient');
const { buildLetters } = require('@/lib/letters/build-letters');

const total = 100_000;
const letterSeconds = 3;

// Known consumer domains, Russian companies, IDN and unknown domains, and 5 % of refused input,
// so the figure covers every branch a real mix takes.
const domains = ['mail.ru', 'yandex.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru', 'gmail.com', 'gazprom.ru', 'пример.рф', 'mailfence.com'];
function addressAt(i) {
  if (i % 20 === 0) return `broken${i}@@mail.ru`;
  if (i % 3 === 0) return `user.${i}@company${i % 5_000}.ru`;
  if (i % 7 === 0) return `user${i}@example${i % 1_000}.com`;
  return `  Ivan.Petrov+${i}@${domains[i % domains.length]} `;
}

function resolveAll(count) {
  let resolved = 0;
  const resolutions = [];
  for (let i = 0; i < count; i += 1) {
    const parsed = parseAddress(addressAt(i));
    if (!parsed.ok) continue;
    const resolution = resolveRecipient(parsed.value);
    resolved += 1;
    if (resolutions.length < 1_000) resolutions.push(resolution);
  }
  return { resolved, resolutions };
}

const sender = { name: 'Anna Müller', address: 'anna@mailfence.com', service: 'mailfence', failedAt: '2026-06-01', bounce: '' };

// A warm-up pass first: the figure is the steady state, not the JIT's first minutes.
resolveAll(10_000);
const startResolve = performance.now();
const { resolved, resolutions } = resolveAll(total);
const resolveMs = performance.now() - startResolve;

for (let i = 0; i < 200; i += 1) buildLetters(resolutions[i % resolutions.length], sender, ['ru', 'en']);
let calls = 0;
let letters = 0;
const startLetters = performance.now();
while (performance.now() - startLetters < letterSeconds * 1000) {
  letters += buildLetters(resolutions[calls % resolutions.length], sender, ['ru', 'en']).letters.length;
  calls += 1;
}
const lettersMs = performance.now() - startLetters;

process.stdout.write(
  `${JSON.stringify({
    addresses: total,
    resolved,
    resolveMs: Math.round(resolveMs),
    addressesPerSecond: Math.round(total / (resolveMs / 1000)),
    buildLettersCalls: calls,
    letters,
    lettersPerSecond: Math.round(letters / (lettersMs / 1000)),
    buildLettersCallsPerSecond: Math.round(calls / (lettersMs / 1000)),
    languages: ['ru', 'en'],
    compiledWith: 'typescript transpileModule (ES2022, CommonJS)',
  })}\n`,
);
