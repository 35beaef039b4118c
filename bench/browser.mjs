import { chromium } from '@playwright/test';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

// --no-sandbox: the bench runs as root in a container, where Chromium's sandbox cannot start.
export const chromeFlags = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'];

export function launchChromium() {
  return chromium.launch({ executablePath: chromePath, args: chromeFlags });
}
