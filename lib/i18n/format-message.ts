export type MessageValues = Record<string, string | number>;

/**
 * Fills `{name}` placeholders. A placeholder without a value stays visible as `{name}` rather
 * than vanishing, so a missing variable shows up in review and in the message tests.
 */
export function formatMessage(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/** The placeholder names a template uses, for the tests that compare languages. */
export function messagePlaceholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}
