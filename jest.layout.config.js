// The production layout test (layout/), run by scripts/run-layout-test.mjs after a build: kept out
// of the unit tests' run because it needs the standalone build and nginx. Same compiler and
// module map as jest.config.js.
const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: './' });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/layout/**/*.test.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1', '^server-only$': '<rootDir>/__tests__/support/empty-module.js' },
  // The build's standalone copy holds a second package.json named like ours.
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
  testTimeout: 60_000,
};

module.exports = createJestConfig(config);
