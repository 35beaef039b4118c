// The npm `punycode` package ships no types. Importing it as 'punycode/' (its README's advice) keeps
// bundlers and Node from picking Node's deprecated built-in module, whose types @types/node owns.
declare module 'punycode/' {
  /** Converts a Punycode domain (`xn--…` labels) to Unicode; throws RangeError on invalid input. */
  export function toUnicode(domain: string): string;
  /** Converts a Unicode domain to Punycode, label by label, without UTS #46 mapping. */
  export function toASCII(domain: string): string;
}
