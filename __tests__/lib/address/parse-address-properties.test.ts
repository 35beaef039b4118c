import fc from 'fast-check';
import { parseAddress } from '@/lib/address/parse-address';
import { assertMailbox } from '@/lib/handoff/assert-mailbox';
import type { ParsedAddress } from '@/lib/address/types';

/** Any UTF-16 code unit, lone surrogates included: what a paste or a raw API call can carry. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: codeUnit }), fc.string({ unit: 'grapheme' }));

/**
 * Addresses the parser often accepts, mixed with every kind of character it must refuse, so the
 * properties about accepted addresses are tried on many of them.
 */
const risky = fc.constantFrom(
  '"', '\\', ' ', '@', '..', '?', '&', '#', '%', '<', '>', ',', ';', ':', '(', ')', '[', ']', '\r', '\n', '\t',
  '\u0000', '\u007f', '\u0085', '\u00a0', '\u200b', '\u202e', 'ß', 'Ａ', '。', 'й', '/', '0x7f',
);
const join = (pieces: string[]) => pieces.join('');
const localPart = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom('olga', 'Ivan', '+tag', '.', '-', '_', '1', "'", 'x'), { minLength: 1, maxLength: 5 }).map(join) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom('olga', '.'), risky), { maxLength: 5 }).map(join) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.string({ unit: 'grapheme-ascii', maxLength: 10 }), fc.constantFrom('', '', 'x', '.olga', '"', '?'))
      .map(([text, after]) => `"${text}"${after}`),
  },
);
const domain = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('mail.ru', 'BK.RU', 'пример.рф', 'XN--E1AFMKFD.xn--p1ai', 'почта.москва', 'faß.de') },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.array(fc.oneof(fc.constantFrom('mail', 'пример', 'xn--e1afmkfd', 'a-b', '1', '.', '-', 'Ｍ'), risky), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('.ru', '.рф', '.xn--p1ai', '.com', '.invalid', '.123', ''),
      )
      .map(([labels, tld]) => join(labels) + tld),
  },
);
const addressLike = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(localPart, domain).map(([local, host]) => `${local}@${host}`) },
  { weight: 1, arbitrary: fc.array(fc.oneof(risky, localPart, domain), { maxLength: 6 }).map(join) },
);

const runs = { numRuns: 3000 };

function accepted(input: string): ParsedAddress | null {
  const result = parseAddress(input);
  return result.ok ? result.value : null;
}

describe('parseAddress, for any input', () => {
  it('never throws and always answers ok or a code', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, addressLike), (input) => {
        const result = parseAddress(input);
        expect(result.ok ? result.value.address : result.code).toEqual(expect.any(String));
      }),
      runs,
    );
  });

  it('gives the same result when its own address or display form is parsed again', () => {
    fc.assert(
      fc.property(addressLike, (input) => {
        const first = parseAddress(input);
        if (!first.ok) return;
        expect(parseAddress(first.value.address)).toEqual(first);
        expect(parseAddress(first.value.display)).toEqual(first);
      }),
      runs,
    );
  });

  it('accepts only addresses that are safe in a mailto path and a header', () => {
    fc.assert(
      fc.property(fc.oneof(addressLike, anyText), (input) => {
        const value = accepted(input);
        if (value === null) return;
        const { address, local, domain, domainUnicode } = value;
        expect(address).toBe(`${local}@${domain}`);
        expect(address + domainUnicode).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        const quoted = local.startsWith('"');
        // RFC 5321 §4.1.2 Quoted-string: qtextSMTP or quoted-pairSMTP between two quotes, nothing after.
        if (quoted) expect(local).toMatch(/^"(?:[ !#-[\]-~]|\\[ -~])*"$/);
        expect(quoted ? domain : address).not.toMatch(/[?&#<>,;"%\s]/u);
        expect(domain).toMatch(/^[a-z0-9.-]+$/);
        // The hand-off builders throw on anything they cannot pass on whole: never on our output.
        expect(() => assertMailbox(address)).not.toThrow();
      }),
      runs,
    );
  });

  it('is tried on enough accepted addresses for the properties above to mean something', () => {
    const samples = fc.sample(addressLike, { numRuns: 3000, seed: 42 });
    const acceptedCount = samples.filter((input) => accepted(input) !== null).length;
    expect(acceptedCount).toBeGreaterThan(500);
  });
});
