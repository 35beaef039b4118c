import type { ComposeFields, FitFields, FittedHref } from './types';

// Cutting between graphemes never splits a percent escape, a surrogate pair, a CR LF or a letter
// from its accent (UAX #29). Intl.Segmenter runs in every browser we support and in Node.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Builds the link with the whole letter when it fits the budget; otherwise with the short body,
 * and, when even that is too long, a subject cut at a grapheme and marked with "…", then a cut
 * short body. Recipients are never cut: a list longer than the budget on its own (which no letter
 * of ours has) yields a longer link rather than a lost recipient.
 */
export function fitHref(
  build: (fields: ComposeFields) => string,
  { shortBody, ...fields }: FitFields,
  budget: number,
): FittedHref {
  const whole = build(fields);
  if (whole.length <= budget) return { href: whole, shortened: false };

  const short = { ...fields, body: shortBody };
  const subject = longestFitting(fields.subject, (text) => build({ ...short, subject: text }), budget);
  if (subject !== null) return { href: build({ ...short, subject }), shortened: true };

  const bare = { ...short, subject: '' };
  const body = longestFitting(shortBody, (text) => build({ ...bare, body: text }), budget) ?? '';
  return { href: build({ ...bare, body }), shortened: true };
}

/** The text, or its longest grapheme prefix followed by "…", or nothing, whichever fits first. */
function longestFitting(text: string, build: (text: string) => string, budget: number): string | null {
  const fits = (candidate: string) => build(candidate).length <= budget;
  if (fits(text)) return text;

  const parts = Array.from(graphemes.segment(text), ({ segment }) => segment);
  const cut = (count: number) => `${parts.slice(0, count).join('').trimEnd()}…`;
  // The link grows with every grapheme kept, so the longest prefix that fits is found by halving.
  let low = 0;
  let high = parts.length - 1;
  if (!fits(cut(low))) return fits('') ? '' : null;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(cut(middle))) low = middle;
    else high = middle - 1;
  }
  return cut(low);
}
