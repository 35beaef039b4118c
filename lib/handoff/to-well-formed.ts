// A lone surrogate has no UTF-8 form: `encodeURIComponent` throws on it and TextEncoder silently
// turns it into U+FFFD. Replacing it up front makes every builder agree on the same text.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with each lone surrogate replaced by U+FFFD, as `String.prototype.toWellFormed` (ES2024). */
export function toWellFormed(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD');
}
