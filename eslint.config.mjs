import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import regexp from 'eslint-plugin-regexp';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    // Code that runs patterns over text anyone can paste (up to 64 KB): no pattern may backtrack
    // super-linearly. Checked statically, since a test's timeout cannot stop a synchronous regex.
    files: ['lib/bounce/**/*.ts', 'lib/mx/spf-*.ts', 'lib/reports/**/*.ts', 'lib/address/**/*.ts', 'lib/handoff/**/*.ts'],
    plugins: { regexp },
    rules: { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'error' },
  },
  {
    // Next and jest load these configuration files as CommonJS.
    files: ['*.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { ignores: ['.next/**', 'node_modules/**', 'next-env.d.ts', 'bench/bare/**', '.bench/**', 'coverage/**'] },
];

export default config;
