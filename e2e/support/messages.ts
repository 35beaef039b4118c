import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Locale } from '@/lib/i18n/locales';

/**
 * The UI message file of a locale, flattened to `dotted.key → text`, so the tests can say which
 * words a page must (and must not) show without copying them.
 */
export function uiMessages(locale: Locale): Map<string, string> {
  const file = join(process.cwd(), 'messages', 'ui', `${locale}.json`);
  const flat = new Map<string, string>();
  const walk = (node: unknown, prefix: string): void => {
    if (typeof node === 'string') flat.set(prefix, node);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) walk(value, prefix ? `${prefix}.${key}` : key);
    }
  };
  walk(JSON.parse(readFileSync(file, 'utf8')) as unknown, '');
  return flat;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message as a pattern that matches it with any value in its `{placeholders}`. */
export function messagePattern(message: string, { whole }: { whole: boolean }): RegExp {
  const body = message.split(/\{\w+\}/).map(escape).join('.+?');
  return new RegExp(whole ? `^${body}$` : body, 's');
}
