import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const axeSource = readFileSync(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/**
 * Loads axe into the page and lists its violations. The page's strict CSP refuses an injected
 * <script> without its nonce (page.addScriptTag), so the source is evaluated through the
 * DevTools protocol, which CSP does not govern; the CSP itself stays in force for the page.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } };
    const results = await axe.run(document);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations.map(({ id, impact, targets }) => `${id} (${impact}): ${targets.join(', ')}`);
}
