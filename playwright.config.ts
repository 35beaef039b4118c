import { defineConfig } from '@playwright/test';

/**
 * The browser tests. Run them with `npm run test:e2e` (scripts/run-e2e.mjs): it builds the app,
 * starts it with a DNS server of its own, and hands the base URL and Debian's Chromium here.
 */
const baseURL = process.env.E2E_BASE_URL;
const executablePath = process.env.CHROME_PATH;
if (!baseURL || !executablePath) {
  throw new Error(
    'E2E_BASE_URL or CHROME_PATH is not set: run `npm run test:e2e`, which starts the app and finds Chromium.',
  );
}

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Two cores: the app and the browser share them, and a third worker only adds time-outs.
  workers: 2,
  // `list` ends with the counts of passed and failed tests, which CI logs are read for.
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'en-US',
    launchOptions: {
      executablePath,
      // No sandbox: CI runs as root in a container. The rest keeps Chromium from calling home
      // (component updates, sync, QUIC probes), so the no-third-party-request test sees only the app.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
  },
});
