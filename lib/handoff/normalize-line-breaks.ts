/**
 * Every line break (CR LF, a lone CR or a lone LF) as `eol`. Mail wants CR LF (RFC 5322 §2.3,
 * RFC 6068 §5); the clipboard wants the platform's own, which browsers derive from LF.
 */
export function normalizeLineBreaks(text: string, eol: '\r\n' | '\n' = '\r\n'): string {
  return text.replace(/\r\n|\r|\n/g, eol);
}
