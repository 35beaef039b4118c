export type CsvValue = string | number | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled.
 * A text that a spreadsheet would run as a formula (=, +, -, @ first) is kept as text with a
 * leading apostrophe (OWASP, CSV injection): reports carry servers' words, which anyone can send.
 * A semicolon or a tab forces the quotes too: a spreadsheet set to a language whose lists use
 * commas in numbers (Russian, German) opens a .csv split on semicolons, and "a;=1+1" would then
 * begin a cell with a formula.
 */
function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 §2 has it. */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
