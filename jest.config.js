// next/jest compiles TypeScript and JSX with Next's own SWC, so tests see the code as the app does.
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: './' });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  // The harness's own limit, not a measure: property tests render and parse hundreds of letters,
  // which takes seconds on a loaded 2-CPU machine. No test here asserts speed (the bench does).
  testTimeout: 30_000,
  testMatch: ['<rootDir>/__tests__/**/*.test.ts', '<rootDir>/__tests__/**/*.test.tsx'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1', '^server-only$': '<rootDir>/__tests__/support/empty-module.js' },
  setupFiles: ['<rootDir>/__tests__/support/no-report-database.js'],
  // The build's standalone copy holds a second package.json named like ours.
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
};

// @react-email/render (2.0.6) loads react-dom/server with import() from CommonJS, which jest's vm
// runs only under NODE_OPTIONS=--experimental-vm-modules, and so does @electric-sql/pglite (0.5)
// with Node's built-ins (fs, zlib, module). Compiling those packages' .cjs files with the same SWC
// turns the import() into require(), so a plain `npx jest` renders letters and opens the record.
// next/jest leaves node_modules alone (its ignore pattern cannot be appended to, only rewritten)
// and never compiles .cjs files; if a Next upgrade changes the pattern, __tests__/templates and
// __tests__/lib/reports/server fail and say so.
const importingPackages = ['@react-email/render/', '@electric-sql/pglite/'];

module.exports = async () => {
  const resolved = await createJestConfig(config)();
  const swc = resolved.transform['^.+\\.(js|jsx|ts|tsx|mjs)$'];
  const cjsTransforms = Object.fromEntries(importingPackages.map((name) => [`/node_modules/${name}.+\\.cjs$`, swc]));
  const unignored = importingPackages.map((name) => `(?!${name})`).join('');
  return {
    ...resolved,
    transform: { ...cjsTransforms, ...resolved.transform },
    transformIgnorePatterns: resolved.transformIgnorePatterns.map((pattern) =>
      pattern.replace('/node_modules/(?!.pnpm)', `/node_modules/(?!.pnpm)${unignored}`),
    ),
  };
};
