/**
 * Whatever a client sends to either API (any string, any Unicode, lone surrogates, 100 KB, JSON of
 * the wrong shape, bytes that are not text), the answer is a 2xx or a 4xx, never a 5xx, and every
 * 4xx is `{ error: { code, message } }` with a code a client can branch on. Text that tries to
 * add a header or a recipient stays text in every mailto, webmail link and .eml.
 */
import fc from 'fast-check';
import { simpleParser, type AddressObject } from 'mailparser';

import * as letters from '@/app/api/letters/route';
import * as resolve from '@/app/api/resolve/route';
import { addressErrorCodes } from '@/lib/address/types';
import { locales } from '@/lib/i18n/locales';
import en from '@/messages/ui/en.json';

import { parseMailto, parseWebmail } from '../../lib/handoff/support/parse-links';
import { withTestDns } from '../../support/with-test-dns';

/** Every code the API may answer with (lib/api/json-error.ts); a client knows each of them. */
const knownCodes = new Set<string>([
  ...addressErrorCodes,
  ...Object.keys(en.requestErrors),
  'invalid_json',
  'invalid_request',
  'payload_too_large',
  'unsupported_media_type',
  'method_not_allowed',
  'rate_limited',
  'invalid_view',
]);
const snakeCase = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

interface Answer {
  status: number;
  body: unknown;
}

async function answerOf(response: Response): Promise<Answer> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return { status: response.status, body: (await response.json()) as unknown };
}

/** The API's promise for any input: no 5xx; a 4xx in the one error shape, with a known code. */
function expectNoServerError({ status, body }: Answer): void {
  expect(status).toBeLessThan(500);
  if (status < 400) return;
  expect(body).toEqual({ error: { code: expect.stringMatching(snakeCase), message: expect.stringMatching(/\S/) } });
  const { code } = (body as { error: { code: string } }).error;
  expect(knownCodes).toContain(code);
}

const getResolve = async (query: string) => answerOf(await resolve.GET(new Request(`http://localhost/api/resolve?${query}`)));

const postLetters = async (body: BodyInit | null, contentType = 'application/json') =>
  answerOf(await letters.POST(new Request('http://localhost/api/letters', { method: 'POST', body, headers: { 'Content-Type': contentType } })));

/** Text of every kind: UTF-16 code units (lone surrogates too), graphemes, and the characters parsers trip on. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: fc.constantFrom(...'@.-_+"\\()<>[],;: \t\r\n\u0000\u00a0\u200b\u202e\u2028\ufeff%#?&=/aяé1'.split('')), maxLength: 80 }),
  fc.emailAddress(),
  fc.tuple(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.domain()).map(([local, domain]) => `${local}@${domain}`),
);

/** Up to 100 KB: a short pattern repeated, so that generating it costs nothing. */
const longText = fc
  .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), fc.integer({ min: 1_000, max: 100_000 }))
  .map(([pattern, length]) => pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length));

const anyOrLongText = fc.oneof({ weight: 4, arbitrary: anyText }, { weight: 1, arbitrary: longText });

/** A query string as a client may write it by hand: stray `%`, broken escapes, repeated keys. */
const rawQuery = fc
  .array(
    fc.tuple(
      fc.constantFrom('address', 'domain', 'Address', 'address[]', '', 'x'),
      fc.string({ unit: fc.constantFrom(...'%25%E0%A4%ZZ%00%0D%0A+&=@.aя;'.split('')), maxLength: 40 }),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&'));

// Every domain a property invents is asked of this server alone, which knows Mail.ru's and
// answers NXDOMAIN for the rest: only 127.0.0.1 is ever queried.
withTestDns({ 'mail.ru': { mx: [{ preference: 10, exchange: 'mxs.mail.ru' }] }, 'mxs.mail.ru': { a: ['217.69.139.150'] } });

describe('GET /api/resolve with hostile input', () => {
  it.each(['address', 'domain'])('answers any %s, of any Unicode and up to 100 KB, with 200 or a coded 400', async (key) => {
    await fc.assert(
      fc.asyncProperty(anyOrLongText, async (value) => {
        const answer = await getResolve(new URLSearchParams({ [key]: value }).toString());
        expectNoServerError(answer);
        expect([200, 400]).toContain(answer.status);
        if (answer.status === 200) {
          // A resolution always names a provider, for a domain in ASCII (its punycode form).
          expect(answer.body).toMatchObject({ provider: { id: expect.any(String) }, domain: expect.stringMatching(/^[\x21-\x7e]+$/) });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('answers any hand-written query string, broken escapes and repeated keys included, without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(rawQuery, async (query) => expectNoServerError(await getResolve(query))),
      { numRuns: 150 },
    );
  });

  it.each([
    ['no query at all', ''],
    ['a lone percent sign', 'address=%'],
    ['an escaped NUL', 'domain=mail.ru%00'],
    ['a CRLF and a header', 'domain=mail.ru%0D%0AX-Injected:%201'],
    ['a right-to-left override', `domain=${encodeURIComponent('\u202eur.liam')}`],
    ['a lone surrogate', 'domain=%ED%A0%80.ru'],
    ['a 100 KB domain', `domain=${'a'.repeat(100_000)}.ru`],
    ['a 100 KB address of 100,000 labels', `address=x@${'a.'.repeat(50_000)}ru`],
  ])('answers %s with a coded 400, not a 5xx', async (_why, query) => {
    const answer = await getResolve(query);
    expectNoServerError(answer);
    expect(answer.status).toBe(400);
  });
});

describe('POST /api/letters with hostile input', () => {
  const fields = ['recipient', 'senderName', 'senderAddress', 'senderService', 'failedAt', 'bounce', 'note', 'languages'] as const;

  it('answers any JSON value, and the real keys holding any JSON, with 200 or a coded 4xx', async () => {
    const wrongShapes = fc.oneof(
      fc.jsonValue(),
      fc.record(Object.fromEntries(fields.map((field) => [field, fc.jsonValue({ maxDepth: 3 })])), { requiredKeys: [] }),
      fc.array(fc.record({ recipient: fc.constant('ivan@mail.ru') })),
      fc.record({ recipient: fc.constant('ivan@mail.ru'), senderName: fc.jsonValue({ maxDepth: 4 }), languages: fc.jsonValue({ maxDepth: 2 }) }),
    );
    await fc.assert(
      fc.asyncProperty(wrongShapes, async (value) => expectNoServerError(await postLetters(JSON.stringify(value)))),
      { numRuns: 120 },
    );
  });

  it('answers every field filled with any text, up to 100 KB, with 200 or a coded 4xx', async () => {
    const anyFields = fc.record(Object.fromEntries(fields.map((field) => [field, field === 'languages' ? fc.array(anyText, { maxLength: 4 }) : anyOrLongText])), {
      requiredKeys: ['recipient'],
    });
    await fc.assert(
      fc.asyncProperty(anyFields, async (value) => expectNoServerError(await postLetters(JSON.stringify(value)))),
      { numRuns: 60 },
    );
  });

  it.each([
    { what: '10,000 languages', languages: Array.from({ length: 10_000 }, (_, i) => locales[i % locales.length]), codes: ['too_many_languages'] },
    // Both are true of it; which one zod reports first is its business.
    { what: '10,000 unknown languages', languages: Array.from({ length: 10_000 }, () => 'xx'), codes: ['unknown_language', 'too_many_languages'] },
    { what: 'a list of nested lists', languages: [[['ru']]], codes: ['unknown_language'] },
    { what: 'languages over 64 KB', languages: Array.from({ length: 20_000 }, () => 'ru'), codes: ['payload_too_large'] },
  ])('answers $what with the code $codes', async ({ languages, codes }) => {
    const answer = await postLetters(JSON.stringify({ recipient: 'ivan@mail.ru', languages }));
    expectNoServerError(answer);
    expect(codes).toContain((answer.body as { error: { code: string } }).error.code);
  });

  it('answers any bytes, text or not, whatever the content type says, with a coded 4xx or 200', async () => {
    const bodies = fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map((bytes) => new Uint8Array(bytes)),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.constantFrom('', '{', '[]', 'null', '1e999', '{"recipient":"ivan@mail.ru"', '\ufeff{"recipient":"ivan@mail.ru"}', '{"__proto__":{"recipient":"ivan@mail.ru"}}'),
    );
    await fc.assert(
      fc.asyncProperty(bodies, fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', ''), async (body, type) =>
        expectNoServerError(await postLetters(body, type)),
      ),
      { numRuns: 100 },
    );
  });

  it('answers a body of no JSON object but 100 KB of nesting with a coded 4xx', async () => {
    const deep = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    const answer = await postLetters(deep);
    expectNoServerError(answer);
    expect(answer.status).toBe(400);
  });
});

describe('POST /api/letters: text never becomes a header or a recipient', () => {
  /** Pieces of header and mailto injection, mixed into otherwise ordinary text. */
  const injection = fc.constantFrom(
    '\r\nBcc: x@evil.example',
    '\nCc: x@evil.example',
    '%0D%0ABcc:%20x@evil.example',
    '%0d%0acc=x@evil.example',
    '&bcc=x@evil.example',
    '?cc=x@evil.example',
    '&to=x@evil.example',
    ', x@evil.example',
    '=?utf-8?q?=0D=0ABcc:_x@evil.example?=',
    '\u2028Bcc: x@evil.example',
    '#to=x@evil.example',
  );
  const hostileText = fc
    .tuple(fc.string({ maxLength: 20 }), injection, fc.string({ maxLength: 20 }))
    .map(([before, piece, after]) => `${before}${piece}${after}`);
  /** One-line fields refuse real line breaks (400 line_break); the same text without them passes. */
  const oneLine = hostileText.map((text) => text.replace(/[\r\n\u2028]/g, ' '));

  const headerNames = (headers: Map<string, unknown>) => [...headers.keys()].sort();
  const addresses = (field: AddressObject | AddressObject[] | undefined) =>
    ([] as AddressObject[]).concat(field ?? []).flatMap((group) => group.value.map((mailbox) => mailbox.address));

  let cleanHeaders: string[];

  beforeAll(async () => {
    const clean = await postLetters(JSON.stringify({ recipient: 'ivan@mail.ru', senderName: 'Anne', senderAddress: 'anne@mailfence.com', senderService: 'Clean Mail', note: 'n', bounce: 'b' }));
    const first = (clean.body as { letters: { eml: string }[] }).letters[0];
    cleanHeaders = headerNames((await simpleParser(first?.eml ?? '')).headers);
  });

  it('keeps every mailto, webmail link and .eml addressed to exactly the letter’s recipients, with no other header', async () => {
    await fc.assert(
      fc.asyncProperty(oneLine, oneLine, hostileText, hostileText, async (senderName, senderService, note, bounce) => {
        const request = { recipient: 'ivan@mail.ru', senderName, senderAddress: 'anne@mailfence.com', senderService, note, bounce, languages: ['en'] };
        const { status, body } = await postLetters(JSON.stringify(request));
        expect(status).toBe(200);
        const written = (body as { letters: { to: string[]; mailto: string | null; webmail: { href: string }[]; eml: string }[] }).letters;
        for (const letter of written) {
          if (letter.mailto !== null) {
            const mailto = parseMailto(letter.mailto);
            expect(mailto.to).toEqual(letter.to);
            expect(mailto.keys.sort()).toEqual(['body', 'subject']);
          }
          for (const link of letter.webmail) {
            const webmail = parseWebmail(link.href);
            expect(webmail.to).toEqual(letter.to);
            expect(webmail.keys.filter((key) => /^(cc|bcc)$/i.test(key))).toEqual([]);
            expect(webmail.params.getAll('to')).toHaveLength(1);
          }
          const eml = await simpleParser(letter.eml);
          expect(headerNames(eml.headers)).toEqual(cleanHeaders);
          expect(addresses(eml.to)).toEqual(letter.to);
          expect(eml.cc).toBeUndefined();
          expect(eml.bcc).toBeUndefined();
          expect(addresses(eml.from)).toEqual(['anne@mailfence.com']);
        }
      }),
      { numRuns: 25 },
    );
    // 25 whole requests, each rendering and parsing every letter's .eml: seconds of work, more on a
    // loaded machine; the property is what is tested, not its speed.
  }, 60_000);
});
