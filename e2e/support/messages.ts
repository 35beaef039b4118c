import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { formatMessage, type MessageValues } from '@/lib/i18n/format-message';
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

const english = uiMessages('en');

/**
 * An English UI text with its placeholders filled: what /en shows, read from the message file, so
 * that a rewording there moves the tests with it.
 */
export function en(key: string, values: MessageValues = {}): string {
  const text = english.get(key);
  if (text === undefined) throw new Error(`no English UI message ${key}`);
  return formatMessage(text, values);
}

/** A filled message as a pattern in which the named placeholders match any text. */
export function enPattern(key: string, values: MessageValues, anyOf: string[]): RegExp {
  const marker = '\u0000';
  const filled = en(key, { ...values, ...Object.fromEntries(anyOf.map((name) => [name, marker])) });
  return new RegExp(filled.split(marker).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?'));
}
