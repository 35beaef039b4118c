/** A weight as RFC 9110 §12.4.2 writes it: 0 to 1, three decimals at most. */
const qvalue = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * The weight of one element of an Accept or Accept-Language header, from its parameters (the
 * parts after its first `;`): 1 without a `q`, the `q` (its name in any case) when it is a qvalue,
 * and 0 when it is not (`q=1.5`, `q=high`), so that a malformed weight never outranks a real one.
 */
export function headerWeight(params: readonly string[]): number {
  const q = params.map((param) => param.trim().toLowerCase()).find((param) => param.startsWith('q='));
  if (q === undefined) return 1;
  const value = q.slice(2);
  return qvalue.test(value) ? Number(value) : 0;
}
