import fc from 'fast-check';

/** Pieces that have broken mail links and drafts elsewhere: header and hfield injection, escapes, markup. */
const hostilePieces = [
  '\r\n',
  '\r',
  '\n',
  '\r\nBcc: eve@example.com\r\n',
  '&bcc=eve@example.com',
  '?cc=eve@example.com',
  '%0D%0A',
  '%0A',
  '%',
  '#',
  '?',
  '&',
  '=',
  '+',
  ',',
  ';',
  ' ',
  '\t',
  '  ',
  '<b>',
  '</p>',
  '"',
  "'",
  '=?UTF-8?B?PGI+?=',
  '=20',
  '--=_unblock-mail-alternative',
  '.',
  'From ',
  '\u0000',
  '\u007f',
  '\u0085',
  '\u2028',
  'Ж',
  'Здравствуйте',
  'é',
  'e\u0301',
  '😀',
  '👩‍👩‍👧',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uFFFD',
  '\uFEFF',
];

const loneSurrogates = fc.string({
  unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  maxLength: 3,
});

/** Any string: every code point, lone surrogates, line breaks and the pieces above, mixed. */
export const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc
    .array(fc.oneof(fc.constantFrom(...hostilePieces), fc.string({ unit: 'binary', maxLength: 4 }), loneSurrogates), {
      maxLength: 40,
    })
    .map((pieces) => pieces.join('')),
);

/** A mailbox as lib/address hands it over: atext, UTF-8 or simply quoted local part, punycode domain. */
export const mailbox = fc.oneof(
  fc.emailAddress(),
  fc
    .tuple(fc.string({ unit: fc.constantFrom('и', 'в', 'а', 'н', 'ö', '.', 'x', '+'), minLength: 1, maxLength: 12 }), fc.domain())
    .map(([local, domain]) => `${local}@${domain}`),
  fc
    .tuple(
      fc.array(fc.string({ unit: fc.constantFrom('a', '.', '+', '=', '?', '#', '&', '%'), minLength: 1, maxLength: 5 }), {
        minLength: 1,
        maxLength: 3,
      }),
      fc.domain(),
    )
    .map(([words, domain]) => `"${words.join(' ')}"@${domain}`),
  fc.constantFrom('postmaster@mail.ru', 'abuse@corp.mail.ru', 'user+tag@xn--e1afmkfd.xn--p1ai', "o'brien@example.ie"),
);

export const mailboxes = fc.array(mailbox, { maxLength: 4 });

/** The text as UTF-8 can carry it: TextEncoder turns a lone surrogate into U+FFFD. */
export function wellFormed(text: string): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(text));
}

/** What a reader gets back of a body the builders were given: well-formed, with `eol` line breaks. */
export function asDelivered(text: string, eol: '\r\n' | '\n' = '\r\n'): string {
  return wellFormed(text).replace(/\r\n|\r|\n/g, eol);
}

/** What a reader gets back of a subject or a name: well-formed, each line break a space. */
export function asHeaderText(text: string): string {
  return wellFormed(text).replace(/\r\n|\r|\n/g, ' ');
}
