import fc from 'fast-check';

import { buildMailto, fitMailto } from '@/lib/handoff/mailto';

import { asDelivered, asHeaderText, hostileText, mailbox, mailboxes } from './support/arbitraries';
import { parseMailto } from './support/parse-links';

// RFC 3986 §2: what may appear in a URI at all; a space, CR or LF never may.
const uriCharacters = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$/;

describe('buildMailto', () => {
  it.each([
    {
      case: 'puts the address in the path and encodes a space as %20, never +',
      fields: { to: ['postmaster@mail.ru'], subject: 'Mail refused', body: 'a b+c' },
      href: 'mailto:postmaster@mail.ru?subject=Mail%20refused&body=a%20b%2Bc',
    },
    {
      case: 'writes every line break as %0D%0A',
      fields: { to: ['a@example.com'], subject: 's', body: 'one\ntwo\r\nthree\rfour' },
      href: 'mailto:a@example.com?subject=s&body=one%0D%0Atwo%0D%0Athree%0D%0Afour',
    },
    {
      case: 'joins several recipients with a comma and adds cc only when asked',
      fields: { to: ['a@example.com', 'b@example.com'], cc: ['c@example.com'], subject: 'x', body: 'y' },
      href: 'mailto:a@example.com,b@example.com?cc=c@example.com&subject=x&body=y',
    },
    {
      case: 'keeps hfield syntax in the text from becoming hfields',
      fields: { to: ['a@example.com'], subject: '?cc=eve@example.com', body: "&bcc=eve@example.com#top (it's!)*" },
      href: "mailto:a@example.com?subject=%3Fcc%3Deve%40example.com&body=%26bcc%3Deve%40example.com%23top%20%28it%27s%21%29%2A",
    },
    {
      case: 'keeps the subject on one line, so no line break reaches a header',
      fields: { to: ['a@example.com'], subject: 'x\r\nBcc: eve@example.com', body: '' },
      href: 'mailto:a@example.com?subject=x%20Bcc%3A%20eve%40example.com',
    },
    {
      case: 'encodes the characters RFC 6068 §2 reserves in an address',
      fields: { to: ["o'hara%x&y=z?w#v@example.com"], subject: '', body: '' },
      href: 'mailto:o%27hara%25x%26y%3Dz%3Fw%23v@example.com',
    },
    {
      case: 'encodes Cyrillic as UTF-8 octets',
      fields: { to: ['abuse@corp.mail.ru'], subject: 'Жалоба', body: '' },
      href: 'mailto:abuse@corp.mail.ru?subject=%D0%96%D0%B0%D0%BB%D0%BE%D0%B1%D0%B0',
    },
    {
      case: 'leaves the path empty when there is no recipient',
      fields: { to: [], subject: 'x', body: '' },
      href: 'mailto:?subject=x',
    },
  ])('$case', ({ fields, href }) => {
    expect(buildMailto(fields)).toBe(href);
  });

  it.each(['a@b.ru,eve@example.com', 'a@b.ru\r\nBcc: eve@example.com', 'Anne <a@b.ru>', 'a b@c.ru', 'a@b.ru;eve@x.ru', '"a,b"@c.ru', 'no-at-sign', '@b.ru', 'a@', 'a@b.ru?cc=eve@x.ru'])(
    'refuses %j as a recipient rather than risk a second one',
    (recipient) => {
      expect(() => buildMailto({ to: [recipient], subject: '', body: '' })).toThrow(RangeError);
      expect(() => buildMailto({ to: ['a@b.ru'], cc: [recipient], subject: '', body: '' })).toThrow(RangeError);
    },
  );

  it('parses back to exactly the recipients, subject and body, whatever the text holds', () => {
    fc.assert(
      fc.property(mailboxes, fc.option(mailboxes, { nil: undefined }), hostileText, hostileText, (to, cc, subject, body) => {
        const href = buildMailto({ to, cc, subject, body });
        const parsed = parseMailto(href);

        expect(href.slice('mailto:'.length)).toMatch(uriCharacters);
        expect(parsed.url.href).toBe(href);
        expect(parsed.url.hash).toBe('');
        expect(parsed.to).toEqual(to);
        expect(parsed.cc).toEqual(cc ?? []);
        expect(parsed.subject).toBe(asHeaderText(subject));
        expect(parsed.body).toBe(asDelivered(body));
        expect(new Set(parsed.keys).size).toBe(parsed.keys.length);
        for (const key of parsed.keys) expect(['cc', 'subject', 'body']).toContain(key);
      }),
      { numRuns: 500 },
    );
  });

  it('either refuses a recipient or carries it as exactly one address', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, mailbox, hostileText.map((text) => `${text}@example.com`)), (recipient) => {
        let href: string;
        try {
          href = buildMailto({ to: [recipient, 'b@example.com'], subject: '', body: '' });
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
          return;
        }
        expect(parseMailto(href).to).toEqual([recipient, 'b@example.com']);
        expect(parseMailto(href).keys).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('fitMailto', () => {
  const russianLetter = {
    to: ['abuse@corp.mail.ru', 'postmaster@corp.mail.ru'],
    subject: 'Письма с серверов Mailfence отклоняются без уведомления',
    body: 'Здравствуйте! Письма с Mailfence не доходят до ваших пользователей. '.repeat(45).slice(0, 3000),
    shortBody: 'Полный текст письма скопирован в буфер обмена: вставьте его сюда.',
  };

  it('keeps the whole letter when it fits', () => {
    const fields = { to: ['a@example.com'], subject: 'Short', body: 'A short letter.', shortBody: 'See clipboard.' };
    expect(fitMailto(fields)).toEqual({ href: buildMailto(fields), shortened: false });
  });

  it('falls back to the short body for a letter of 3,000 Russian characters', () => {
    expect(russianLetter.body).toHaveLength(3000);
    const { href, shortened } = fitMailto(russianLetter);

    expect(shortened).toBe(true);
    expect(href.length).toBeLessThanOrEqual(2000);
    expect(parseMailto(href)).toMatchObject({
      to: russianLetter.to,
      subject: russianLetter.subject,
      body: russianLetter.shortBody,
    });
  });

  it('cuts a subject that is too long even then between whole characters, marked with an ellipsis', () => {
    const subject = 'Жалоба 😀 на отклонённую почту e\u0301 '.repeat(40);
    const { href, shortened } = fitMailto({ ...russianLetter, subject });
    const parsed = parseMailto(href);

    expect(shortened).toBe(true);
    expect(href.length).toBeLessThanOrEqual(2000);
    expect(parsed.body).toBe(russianLetter.shortBody);
    expect(parsed.subject).toMatch(/…$/);
    expect(subject.startsWith(parsed.subject.slice(0, -1))).toBe(true);
    expect(parsed.subject.slice(0, -1)).not.toMatch(/e$|\s$/);
    expect(parsed.subject).not.toContain('\uFFFD');
  });

  it('holds any budget the recipients fit in, and only shortens what does not fit', () => {
    fc.assert(
      fc.property(
        mailboxes,
        hostileText,
        hostileText,
        hostileText,
        fc.integer({ min: 0, max: 2000 }),
        (to, subject, body, shortBody, slack) => {
          const budget = buildMailto({ to, subject: '', body: '' }).length + slack;
          const { href, shortened } = fitMailto({ to, subject, body, shortBody }, budget);
          const parsed = parseMailto(href);

          expect(href.length).toBeLessThanOrEqual(budget);
          expect(parsed.to).toEqual(to);
          expect(shortened).toBe(buildMailto({ to, subject, body }).length > budget);
          if (!shortened) {
            expect(parsed.subject).toBe(asHeaderText(subject));
            expect(parsed.body).toBe(asDelivered(body));
            return;
          }
          const keptSubject = parsed.subject.replace(/…$/, '');
          const keptBody = parsed.body.replace(/…$/, '');
          expect(asHeaderText(subject).startsWith(keptSubject)).toBe(true);
          expect(asDelivered(shortBody).startsWith(keptBody)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('holds the 2,000-character budget for any long Russian letter', () => {
    const russian = fc.string({ unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя .,!\n'), minLength: 380, maxLength: 4000 });
    fc.assert(
      fc.property(russian, russian, (subject, body) => {
        const { href, shortened } = fitMailto({ ...russianLetter, subject: subject.slice(0, 200), body });
        expect(href.length).toBeLessThanOrEqual(2000);
        expect(shortened).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
