import type { LaterMessages } from './form-messages';
import type { LetterFormValues } from './letter-form-values';

const addressFields: ReadonlySet<keyof LetterFormValues> = new Set(['recipient', 'senderAddress']);

function lookup<T extends Record<string, string>>(table: T, code: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
}

/**
 * The sentence for a schema issue on a field. Issue messages are codes; an address field reads
 * the address errors first, since `line_break` means something else in an address than in a name.
 */
export function errorText(
  field: keyof LetterFormValues,
  code: string | undefined,
  t: Pick<LaterMessages, 'addressErrors' | 'requestErrors'>,
): string {
  const key = code ?? '';
  const tables = addressFields.has(field) ? [t.addressErrors, t.requestErrors] : [t.requestErrors, t.addressErrors];
  return tables.map((table) => lookup(table, key)).find((text) => text !== undefined) ?? t.requestErrors.invalid;
}
