import fc from 'fast-check';
import { type AddressObject, simpleParser } from 'mailparser';
import { toUnicode } from 'punycode';

import { buildEml } from '@/lib/handoff/eml';

import { asDelivered, asHeaderText, hostileText, mailbox, mailboxes } from './support/arbitraries';

const letter = {
  from: { name: 'Анна Ivanova', address: 'anne@mailfence.com' },
  to: ['abuse@corp.mail.ru', 'postmaster@corp.mail.ru'],
  subject: 'Письма с Mailfence отклоняются / Mail from Mailfence is refused',
  text: 'Здравствуйте!\n\nПисьма с mailfence.com не доходят до ваших пользователей.\nAnne',
  html: '<p>Здравствуйте!</p><p>Письма с mailfence.com не доходят до ваших пользователей.</p>',
};

const octets = (line: string) => new TextEncoder().encode(line).length;

function addresses(field: AddressObject | AddressObject[] | undefined) {
  return [field ?? []].flat().flatMap(({ value }) => value);
}

// One form per mailbox, for addresses written and read back: mailparser shows an internationalised
// domain in Unicode, as mail clients do, and sometimes drops the quotes of a local part without
// spaces (RFC 5322 §3.4.1: `"a.b"@x` and `a.b@x` are one mailbox).
function sameMailbox(address: string) {
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at).replace(/^"([^ ]+)"$/, '$1');
  return `${local}@${toUnicode(address.slice(at + 1))}`;
}

/** The header block, unfolded (RFC 5322 §2.2.3), one entry per field. */
function headerFields(eml: string) {
  return eml.slice(0, eml.indexOf('\r\n\r\n')).split(/\r\n(?![ \t])/);
}

describe('buildEml', () => {
  it('writes a draft that mailparser reads back as the same letter', async () => {
    const mail = await simpleParser(buildEml(letter));

    expect(mail.subject).toBe(letter.subject);
    expect(addresses(mail.from)).toEqual([{ name: 'Анна Ivanova', address: 'anne@mailfence.com' }]);
    expect(addresses(mail.to).map(({ address }) => address)).toEqual(letter.to);
    expect(mail.text).toBe(letter.text);
    expect(mail.html).toBe(letter.html);
  });

  it('has exactly the headers of an unsent draft: no Date, no Message-ID, X-Unsent: 1', () => {
    const names = headerFields(buildEml(letter)).map((field) => field.slice(0, field.indexOf(':')));
    expect(names).toEqual(['From', 'To', 'Subject', 'MIME-Version', 'X-Unsent', 'Content-Type']);
    expect(headerFields(buildEml(letter))).toEqual(
      expect.arrayContaining(['MIME-Version: 1.0', 'X-Unsent: 1', 'Content-Type: multipart/alternative; boundary="=_unblock-mail-alternative"']),
    );
  });

  it('puts the plain text first and the HTML last, both quoted-printable UTF-8', () => {
    const eml = buildEml(letter);
    const plain = eml.indexOf('Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n');
    const html = eml.indexOf('Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n');
    expect(plain).toBeGreaterThan(0);
    expect(html).toBeGreaterThan(plain);
    expect(eml.endsWith('\r\n--=_unblock-mail-alternative--\r\n')).toBe(true);
  });

  it.each([
    { case: 'without a sender', from: undefined, header: undefined },
    { case: 'with only an address', from: { address: 'anne@mailfence.com' }, header: 'From: anne@mailfence.com' },
    { case: 'with an empty name', from: { name: '', address: 'anne@mailfence.com' }, header: 'From: anne@mailfence.com' },
    { case: 'with a name', from: { name: 'Anne', address: 'anne@mailfence.com' }, header: 'From: =?UTF-8?B?QW5uZQ==?=\r\n <anne@mailfence.com>' },
  ])('writes From $case', ({ from, header }) => {
    const fromField = headerFields(buildEml({ ...letter, from })).find((field) => field.startsWith('From:'));
    expect(fromField).toBe(header);
  });

  it('leaves out To for a letter without an address and Subject when there is none', () => {
    const names = headerFields(buildEml({ ...letter, from: undefined, to: [], subject: '' })).map((field) => field.split(':')[0]);
    expect(names).toEqual(['MIME-Version', 'X-Unsent', 'Content-Type']);
  });

  it.each(['a@b.ru,eve@example.com', 'a@b.ru\r\nBcc: eve@example.com', 'Anne <a@b.ru>', '=?UTF-8?B?ZXZl?=@example.com'])(
    'refuses %j as a recipient or a sender address',
    (address) => {
      expect(() => buildEml({ ...letter, to: [address] })).toThrow(RangeError);
      expect(() => buildEml({ ...letter, from: { address } })).toThrow(RangeError);
    },
  );

  it('folds a long subject into encoded-words of at most 75 characters that each hold whole characters', () => {
    const subject = 'Жалоба: письма 😀 с Mailfence отклоняются, e\u0301 '.repeat(8);
    const field = headerFields(buildEml({ ...letter, subject })).find((line) => line.startsWith('Subject:')) ?? '';
    const words = field.match(/=\?UTF-8\?B\?[^?]*\?=/g) ?? [];
    const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

    expect(words.length).toBeGreaterThan(5);
    for (const line of field.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    for (const word of words) expect(word.length).toBeLessThanOrEqual(75);
    const decoded = words.map((word) => strictUtf8.decode(Uint8Array.from(atob(word.slice(10, -2)), (c) => c.charCodeAt(0))));
    expect(decoded.join('')).toBe(subject);
  });

  it('gives back any subject, sender name, recipients, text and HTML, and adds no header', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.record({ name: fc.option(hostileText, { nil: undefined }), address: mailbox }), { nil: undefined }),
        mailboxes,
        hostileText,
        hostileText,
        hostileText,
        async (from, to, subject, text, html) => {
          const eml = buildEml({ from, to, subject, text, html });
          const mail = await simpleParser(eml);

          const expectedHeaders = [from && 'from', to.length > 0 && 'to', subject && 'subject', 'mime-version', 'x-unsent', 'content-type'];
          expect([...mail.headers.keys()]).toEqual(expectedHeaders.filter(Boolean));
          expect(mail.headers.get('x-unsent')).toBe('1');
          expect(mail.subject ?? '').toBe(asHeaderText(subject));
          expect(addresses(mail.to).map(({ address }) => sameMailbox(address ?? ''))).toEqual(to.map(sameMailbox));
          if (from) {
            expect(addresses(mail.from).map(({ name, address }) => ({ name, address: sameMailbox(address ?? '') }))).toEqual([
              { name: asHeaderText(from.name ?? ''), address: sameMailbox(from.address) },
            ]);
          }
          // mailparser skips an empty part: it reads an empty text as one line break, an empty HTML as none.
          expect(mail.text).toBe(text === '' ? '\n' : asDelivered(text, '\n'));
          expect(mail.html).toBe(html === '' ? false : asDelivered(html, '\n'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every line within 998 octets, bodies within 76, and no CR or LF outside a CR LF', () => {
    fc.assert(
      fc.property(fc.array(mailbox, { maxLength: 30 }), hostileText, fc.string({ unit: 'grapheme', minLength: 300, maxLength: 1200 }), (to, subject, text) => {
        const eml = buildEml({ from: { name: subject, address: 'anne@mailfence.com' }, to, subject, text, html: text });
        const lines = eml.split('\r\n');
        const body = eml.slice(eml.indexOf('\r\n\r\n') + 4).split('\r\n');

        for (const line of lines) {
          expect(line).not.toMatch(/[\r\n]/);
          expect(octets(line)).toBeLessThanOrEqual(998);
        }
        for (const line of body) expect(line.length).toBeLessThanOrEqual(76);
        expect(body.join('')).toMatch(/^[\t\x20-\x7e]*$/);
        expect(eml).not.toMatch(/^(Date|Message-ID):/im);
      }),
      { numRuns: 50 },
    );
  });
});
