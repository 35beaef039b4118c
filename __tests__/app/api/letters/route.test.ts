import fc from 'fast-check';
import { simpleParser } from 'mailparser';

import * as route from '@/app/api/letters/route';
import { clearMxCache } from '@/lib/mx/mx-cache';

interface LetterBody {
  id: string;
  kind: string;
  audience: string;
  addresseeName: string;
  to: string[];
  subject: string;
  languages: string[];
  text: string;
  html: string;
  mailto: string | null;
  webmail: { id: string; href: string }[];
  eml: string;
}
interface Body {
  resolution?: { domain: string; provider: { id: string }; russia: { yes: boolean } };
  bounce?: Record<string, unknown> | null;
  letterCase?: string;
  ispsWithoutFeedback?: string[];
  letters?: LetterBody[];
  error?: { code: string; message: string };
}

async function post(body: BodyInit | null, headers: HeadersInit = { 'Content-Type': 'application/json' }) {
  const response = await route.POST(new Request('http://localhost/api/letters', { method: 'POST', body, headers }));
  return { status: response.status, body: (await response.json()) as Body };
}

const postJson = (value: unknown) => post(JSON.stringify(value));

beforeAll(() => {
  // The letters come from the app's own data here; DNS has its own tests under /api/resolve.
  process.env.MX_LOOKUP = 'off';
  process.env.RESOLVE_RATE_LIMIT = '0';
  clearMxCache();
});

describe('POST /api/letters: done means', () => {
  const request = { recipient: 'ivan@mail.ru', senderName: 'Anne', senderAddress: 'anne@mailfence.com', languages: ['ru'] };

  it('writes a Russian letter to Mail.ru and a Russian note for the recipient, each with its kind', async () => {
    const { status, body } = await postJson(request);
    expect(status).toBe(200);
    expect(body.resolution?.provider.id).toBe('mailru');
    expect(body).toMatchObject({ letterCase: 'blocking', bounce: null });
    const letters = body.letters ?? [];
    expect(letters[0]).toMatchObject({ kind: 'provider', audience: 'provider', languages: ['ru'] });
    expect(letters[0]?.to).toContain('abuse@corp.mail.ru');
    expect(letters.map((letter) => letter.kind)).toContain('recipient');
    // Without DNS nobody knows which network holds the MX: no network desk is written to.
    expect(letters.filter((letter) => letter.kind === 'isp-network')).toEqual([]);
    for (const letter of letters.filter((l) => l.kind === 'isp-feedback')) expect(letter.to.join()).not.toMatch(/abuse/);
    for (const letter of letters) {
      expect(letter.languages).toEqual(['ru']);
      expect(letter.text).toMatch(/[а-яё]{4}/i);
    }
  });

  it('gives each letter a mailto of at most 2,000 characters, its text, its HTML and an .eml mailparser reads back', async () => {
    const { body } = await postJson(request);
    for (const letter of body.letters ?? []) {
      expect(letter.mailto?.length ?? 0).toBeLessThanOrEqual(2000);
      expect(letter.mailto).toMatch(/^mailto:/);
      expect(letter.html).toContain('<html');
      const parsed = await simpleParser(letter.eml);
      expect(parsed.subject).toBe(letter.subject);
      expect(parsed.text?.replace(/\r\n/g, '\n').trim()).toBe(letter.text.trim());
      expect(parsed.from?.value[0]).toMatchObject({ address: 'anne@mailfence.com', name: 'Anne' });
      const to = parsed.to && !Array.isArray(parsed.to) ? parsed.to.value.map((a) => a.address) : [];
      expect(to).toEqual(letter.to);
    }
  });

  it('writes Russian with English alongside for a Russian recipient when no language is asked', async () => {
    const { body } = await postJson({ recipient: 'ivan@mail.ru' });
    expect(body.letters?.[0]?.languages).toEqual(['ru', 'en']);
  });
});

describe('POST /api/letters: hostile sender names', () => {
  it.each([['<b>bold</b>'], ['Anne&bcc=eve@evil.example'], ['Anne%0D%0ABcc: eve@evil.example'], ['Anne #1 ?x']])(
    'passes %j on as text: no recipient or header added, escaped in the HTML',
    async (senderName) => {
      const { status, body } = await postJson({ recipient: 'ivan@mail.ru', senderName, senderAddress: 'anne@mailfence.com' });
      expect(status).toBe(200);
      for (const letter of body.letters ?? []) {
        const mailto = new URL(letter.mailto ?? '');
        expect([...mailto.searchParams.keys()].sort()).toEqual(['body', 'subject']);
        expect(decodeURIComponent(mailto.pathname).split(',')).toEqual(letter.to);
        const parsed = await simpleParser(letter.eml);
        expect(parsed.bcc).toBeUndefined();
        expect(parsed.from?.value[0]?.name).toBe(senderName);
        expect(letter.html).not.toContain('<b>bold</b>');
      }
    },
  );

  it('refuses a real line break in the name with a 400 that names it', async () => {
    const { status, body } = await postJson({ recipient: 'ivan@mail.ru', senderName: 'Anne\r\nBcc: eve@evil.example' });
    expect(status).toBe(400);
    expect(body.error?.code).toBe('line_break');
    expect(body.error?.message).toMatch(/^senderName: /);
  });
});

describe('POST /api/letters: refusals', () => {
  it.each([
    ['malformed JSON', '{"recipient":', 'invalid_json'],
    ['an empty body', '', 'invalid_json'],
    ['JSON that is not an object', '"ivan@mail.ru"', 'invalid_request'],
    ['no recipient', '{}', 'empty'],
    ['a recipient that is not text', '{"recipient":42}', 'empty'],
    ['a bad recipient', '{"recipient":"ivan@@mail.ru"}', 'several_at'],
    ['an unknown language', '{"recipient":"ivan@mail.ru","languages":["xx"]}', 'unknown_language'],
    ['languages that are not a list', '{"recipient":"ivan@mail.ru","languages":"ru"}', 'not_a_list'],
    // Regression: an encoded-word between quotes once reached the .eml builder, which threw: a 500.
    ['an encoded-word as recipient', '{"recipient":"\\"=?utf-8?q?x?=\\"@mail.ru"}', 'unsafe_char'],
    ['an encoded-word as sender', '{"recipient":"ivan@mail.ru","senderAddress":"\\"=?utf-8?b?YQ==?=\\"@x.com"}', 'unsafe_char'],
    ['a name that is too long', JSON.stringify({ recipient: 'ivan@mail.ru', senderName: 'x'.repeat(101) }), 'too_long'],
  ])('answers %s (%s) with 400 and the code %s', async (_why, raw, code) => {
    const { status, body } = await post(raw);
    expect(status).toBe(400);
    expect(body.error).toEqual({ code, message: expect.stringMatching(/\S/) });
  });

  it('answers a body over 64 KB with 413, whatever Content-Length says', async () => {
    const big = JSON.stringify({ recipient: 'ivan@mail.ru', note: 'x'.repeat(70 * 1024) });
    expect((await post(big)).status).toBe(413);
    expect((await post(big, { 'Content-Type': 'application/json', 'Content-Length': '10' })).status).toBe(413);
  });

  it.each(['GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const)('answers %s with 405, Allow: POST, in the API error shape', async (method) => {
    const response = route[method](new Request('http://localhost/api/letters', { method }));
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('POST');
    expect(((await response.json()) as Body).error?.code).toBe('method_not_allowed');
  });

  // Regression (issue 12): a text/plain body that held JSON was answered 200.
  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['JSON in another charset', 'application/json; charset=iso-8859-1'],
  ])('answers JSON sent as %s with 415 unsupported_media_type, before reading it', async (_why, contentType) => {
    const { status, body } = await post(JSON.stringify({ recipient: 'ivan@mail.ru' }), { 'Content-Type': contentType });
    expect(status).toBe(415);
    expect(body.error?.code).toBe('unsupported_media_type');
  });

  it('answers a body without a Content-Type with 415', async () => {
    const request = new Request('http://localhost/api/letters', { method: 'POST', body: new Blob(['{"recipient":"ivan@mail.ru"}']) });
    expect(request.headers.get('content-type')).toBeNull();
    expect((await route.POST(request)).status).toBe(415);
  });

  it('takes application/json with a UTF-8 charset', async () => {
    const { status } = await post(JSON.stringify({ recipient: 'ivan@mail.ru' }), { 'Content-Type': 'application/json; charset=UTF-8' });
    expect(status).toBe(200);
  });

  it('answers any JSON value with 200 or a 400 carrying a code, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ recipient: fc.oneof(fc.string(), fc.emailAddress()), senderName: fc.string(), languages: fc.array(fc.string()) }, { requiredKeys: [] }),
        ),
        async (value) => {
          const { status, body } = await postJson(value);
          expect([200, 400]).toContain(status);
          if (status === 400) expect(body.error?.code).toMatch(/^[a-z_]+$/);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('POST /api/letters: errors in the caller’s language', () => {
  it('writes the message in the Accept-Language the caller prefers, with the same code', async () => {
    const body = JSON.stringify({ recipient: 'ivan@@mail.ru' });
    const headers = { 'Content-Type': 'application/json', 'Accept-Language': 'ru-RU,ru;q=0.9,en;q=0.5' };
    const response = await route.POST(new Request('http://localhost/api/letters', { method: 'POST', body, headers }));
    const { error } = (await response.json()) as Body;
    expect(response.status).toBe(400);
    expect(response.headers.get('Content-Language')).toBe('ru');
    expect(error?.code).toBe('several_at');
    expect(error?.message).toMatch(/^recipient: .*[а-яё]/i);
  });
});

describe('POST /api/letters: every refusal in the caller’s language', () => {
  it.each([
    ['malformed JSON', '{', 'invalid_json'],
    ['a body over 64 KB', JSON.stringify({ recipient: 'ivan@mail.ru', note: 'x'.repeat(70 * 1024) }), 'payload_too_large'],
  ])('words %s in Spanish for an Accept-Language of es', async (_why, raw, code) => {
    const headers = { 'Content-Type': 'application/json', 'Accept-Language': 'es' };
    const response = await route.POST(new Request('http://localhost/api/letters', { method: 'POST', body: raw, headers }));
    const { error } = (await response.json()) as Body;
    expect(response.headers.get('Content-Language')).toBe('es');
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(/solicitud/);
  });
});
