import fc from 'fast-check';

import { percentEncode } from '@/lib/handoff/percent-encode';

import { asDelivered, hostileText } from './support/arbitraries';

describe('percentEncode', () => {
  it.each([
    ['a space', 'a b', 'a%20b'],
    ['a plus', 'a+b', 'a%2Bb'],
    ["the sub-delims encodeURIComponent leaves: !'()*", "!'()*", '%21%27%28%29%2A'],
    ['the unreserved characters, left as they are', 'AZaz09-._~', 'AZaz09-._~'],
    ['LF, CR and CR LF, each as CR LF', 'a\nb\rc\r\nd', 'a%0D%0Ab%0D%0Ac%0D%0Ad'],
    ['an escape typed as text', '%0D%0A', '%250D%250A'],
    ['Cyrillic, as UTF-8', 'Жж', '%D0%96%D0%B6'],
    ['a lone surrogate, as U+FFFD instead of throwing', 'a\uD800', 'a%EF%BF%BD'],
  ])('encodes %s', (_, text, encoded) => {
    expect(percentEncode(text)).toBe(encoded);
  });

  it('writes only unreserved characters and escapes, and decodes back to the text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const encoded = percentEncode(text);
        expect(encoded).toMatch(/^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(encoded)).toBe(asDelivered(text));
      }),
      { numRuns: 500 },
    );
  });
});
