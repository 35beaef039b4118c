import fc from 'fast-check';

import { buildWebmailLinks } from '@/lib/handoff/webmail';

import { asDelivered, asHeaderText, hostileText, mailboxes } from './support/arbitraries';
import { parseWebmail } from './support/parse-links';

const uriCharacters = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?%#]*$/;

const letter = {
  to: ['abuse@corp.mail.ru'],
  subject: 'Mail refused',
  body: 'Hello,\nmail from Mailfence is refused.',
  shortBody: 'The full letter is on the clipboard.',
};

describe('buildWebmailLinks', () => {
  it.each([
    {
      id: 'gmail',
      name: 'Gmail',
      host: 'mail.google.com',
      href: 'https://mail.google.com/mail/?view=cm&fs=1&to=abuse@corp.mail.ru&su=Mail%20refused&body=Hello%2C%0D%0Amail%20from%20Mailfence%20is%20refused.',
    },
    {
      id: 'outlook',
      name: 'Outlook.com',
      host: 'outlook.live.com',
      href: 'https://outlook.live.com/mail/0/deeplink/compose?to=abuse@corp.mail.ru&subject=Mail%20refused&body=Hello%2C%0D%0Amail%20from%20Mailfence%20is%20refused.',
    },
    {
      id: 'yandex',
      name: 'Yandex Mail',
      host: 'mail.yandex.com',
      href: 'https://mail.yandex.com/#compose?to=abuse@corp.mail.ru&subject=Mail%20refused&body=Hello%2C%0D%0Amail%20from%20Mailfence%20is%20refused.',
    },
  ])('builds the $name compose link and names $host as the service that gets the text', (expected) => {
    const link = buildWebmailLinks(letter).find(({ id }) => id === expected.id);
    expect(link).toEqual({ ...expected, shortened: false });
    expect(new URL(expected.href).host).toBe(expected.host);
  });

  it('refuses a recipient that could be read as two', () => {
    expect(() => buildWebmailLinks({ ...letter, to: ['a@b.ru,eve@example.com'] })).toThrow(RangeError);
  });

  it('parses back to exactly the recipients, subject and body, with no other parameter', () => {
    const expectedKeys = { gmail: ['view', 'fs', 'to', 'su', 'body'], outlook: ['to', 'subject', 'body'], yandex: ['to', 'subject', 'body'] };
    fc.assert(
      fc.property(mailboxes, hostileText, hostileText, (to, subject, body) => {
        for (const link of buildWebmailLinks({ to, subject, body, shortBody: '' }, 100_000)) {
          const parsed = parseWebmail(link.href);

          expect(link.href).toMatch(uriCharacters);
          expect(link.href.split('#')).toHaveLength(link.id === 'yandex' ? 2 : 1);
          expect(parsed.url.host).toBe(link.host);
          expect(parsed.keys).toEqual(expectedKeys[link.id]);
          expect(parsed.to).toEqual(to);
          expect(parsed.subject).toBe(asHeaderText(subject));
          expect(parsed.body).toBe(asDelivered(body));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('holds each link to 2,000 characters for a letter of 3,000 Russian characters', () => {
    const russian = {
      to: ['abuse@corp.mail.ru', 'postmaster@corp.mail.ru'],
      subject: 'Письма с серверов Mailfence отклоняются',
      body: 'Почта с Mailfence не доходит до ваших пользователей. '.repeat(60).slice(0, 3000),
      shortBody: 'Полный текст письма скопирован в буфер обмена.',
    };
    for (const link of buildWebmailLinks(russian)) {
      expect(link.href.length).toBeLessThanOrEqual(2000);
      expect(link.shortened).toBe(true);
      expect(parseWebmail(link.href)).toMatchObject({ to: russian.to, subject: russian.subject, body: russian.shortBody });
    }
  });

  it('holds any budget the recipients fit in', () => {
    fc.assert(
      fc.property(mailboxes, hostileText, hostileText, hostileText, fc.integer({ min: 0, max: 1500 }), (to, subject, body, shortBody, slack) => {
        const bare = buildWebmailLinks({ to, subject: '', body: '', shortBody: '' }, 100_000);
        const budget = Math.max(...bare.map(({ href }) => href.length)) + slack;
        for (const link of buildWebmailLinks({ to, subject, body, shortBody }, budget)) {
          expect(link.href.length).toBeLessThanOrEqual(budget);
          expect(parseWebmail(link.href).to).toEqual(to);
        }
      }),
      { numRuns: 200 },
    );
  });
});
