import fc from 'fast-check';

import { parseAddress } from '@/lib/address/parse-address';
import { isps } from '@/lib/data/isps';
import { locales } from '@/lib/i18n/locales';
import { buildLetters } from '@/lib/letters/build-letters';
import { letterMessages } from '@/lib/letters/letter-messages';
import { letterText } from '@/lib/letters/letter-text';
import type { Letter, SenderFacts } from '@/lib/letters/types';
import { resolveRecipient } from '@/lib/resolve/resolve-recipient';
import type { Resolution } from '@/lib/resolve/types';

import { contact, fixtureResolution, fixtureSender, isp } from './support/letter-fixture';

function parsedAddress(input: string) {
  const parsed = parseAddress(input);
  if (!parsed.ok) throw new Error(`test address refused: ${input} (${parsed.code})`);
  return parsed.value;
}

const resolve = (input: string): Resolution => resolveRecipient(parsedAddress(input));

const byId = (letters: Letter[], id: string): Letter => {
  const letter = letters.find((candidate) => candidate.id === id);
  if (letter === undefined) throw new Error(`no letter ${id} among ${letters.map((l) => l.id).join(', ')}`);
  return letter;
};

const ru = letterMessages('ru');
const en = letterMessages('en');
const anne: SenderFacts = { name: 'Anne', address: 'anne@mailfence.com', service: 'mailfence' };

describe('buildLetters for ivan@mail.ru in Russian', () => {
  const letters = buildLetters(resolve('ivan@mail.ru'), anne, ['ru']);

  it('writes to Mail.ru at its abuse mailbox and offers its web forms', () => {
    const provider = byId(letters, 'provider');
    expect(provider.audience).toBe('provider');
    expect(provider.addresseeName).toBe('Mail.ru');
    expect(provider.to).toEqual(['abuse@corp.mail.ru']);
    expect(provider.contacts.filter((c) => c.kind === 'form').map((c) => c.value)).toContain(
      'https://help.mail.ru/notspam-support/',
    );
  });

  it('writes in Russian only, addressing the mailbox and naming the blocked server', () => {
    const provider = byId(letters, 'provider');
    expect(provider.parts.map((part) => part.language)).toEqual(['ru']);
    expect(provider.subject).toBe('Письма с Mailfence (mailfence.com) на адреса в домене mail.ru не доставляются');
    const text = letterText(provider);
    expect(text).toContain('Здравствуйте!');
    expect(text).toContain('ivan@mail.ru');
    expect(text).toContain('Серверы получателя: mxs.mail.ru');
    expect(text).toContain(ru.provider.factNoBounce);
    expect(text).toMatch(/С уважением,\nAnne$/);
  });

  it.each([
    ['mts', 'МТС', 'abuse@mtu.ru'],
    ['megafon', 'МегаФон', 'abuse-mailbox@megafon.ru'],
    ['rostelecom', 'Ростелеком', 'abuse@rt.ru'],
  ])('writes a Russian letter to %s, naming it %s, at %s', (id, nameRu, mailbox) => {
    const letter = byId(letters, `isp-${id}`);
    expect(letter.audience).toBe('isp');
    expect(letter.to).toContain(mailbox);
    expect(letter.parts.map((part) => part.language)).toEqual(['ru']);
    expect(letterText(letter)).toContain(`через сеть компании ${nameRu} идёт`);
  });

  it('writes to every ISP that has a mailbox, in the data order, and to no other', () => {
    const expected = isps.filter((candidate) => candidate.contacts.some((c) => c.kind === 'email')).map((c) => `isp-${c.id}`);
    expect(letters.filter((letter) => letter.audience === 'isp').map((letter) => letter.id)).toEqual(expected);
  });

  it('ends with a Russian note for ivan@mail.ru himself', () => {
    const note = letters.at(-1);
    expect(note).toMatchObject({ id: 'recipient', audience: 'recipient', to: ['ivan@mail.ru'], contacts: [] });
    expect(note?.subject).toBe(ru.recipient.subject);
  });
});

// Regression: the Russian and French letters said «который обслуживает REG.RU hosting» and
// «hébergée par Yandex Mail» for «Яндекс Почта»: a provider is named by its brand, in Russian
// where the company writes it in Russian.
describe('buildLetters naming the provider', () => {
  const parts = (letter: Letter) => letter.parts.map((part) => part.paragraphs.join('\n'));

  it('names Yandex «Яндекс Почта» in Russian and Yandex Mail in French, in the provider letter and the note', () => {
    const letters = buildLetters(resolve('ivan@yandex.ru'), anne, ['ru', 'fr']);
    const [providerRu, providerFr] = parts(byId(letters, 'provider'));
    expect(providerRu).toContain('ivan@yandex.ru, который обслуживает Яндекс Почта,');
    expect(providerFr).toContain('hébergée par Yandex Mail,');
    const [noteRu, noteFr] = parts(byId(letters, 'recipient'));
    expect(noteRu).toContain('в службу поддержки сервиса Яндекс Почта?');
    expect(noteFr).toContain('une réclamation à Yandex Mail');
  });

  it('heads the provider card with the Latin brand, whatever the letter’s languages (the page’s words)', () => {
    expect(byId(buildLetters(resolve('ivan@yandex.ru'), anne, ['ru', 'en']), 'provider').addresseeName).toBe('Yandex Mail');
    expect(byId(buildLetters(resolve('ivan@yandex.ru'), anne, ['en', 'ru']), 'provider').addresseeName).toBe('Yandex Mail');
  });

  it('keeps the Latin brand in Russian where the company has no other, and no English description', () => {
    const resolution = resolveRecipient(parsedAddress('team@some-company.ru'), [
      { host: 'mx1.hosting.reg.ru', preference: 10, addresses: [] },
    ]);
    const [ru] = parts(byId(buildLetters(resolution, anne, ['ru']), 'provider'));
    expect(ru).toContain('который обслуживает REG.RU, не доставляются');
    expect(ru).not.toContain('REG.RU hosting');
  });
});

describe('buildLetters', () => {
  it('gives no letter to an ISP without a sourced mailbox', () => {
    const letters = buildLetters(fixtureResolution, fixtureSender, ['en']);
    expect(letters.map((letter) => letter.id)).toEqual(['provider', 'isp-mts', 'recipient']);
  });

  it('writes no ISP letter for a recipient outside Russia', () => {
    const letters = buildLetters(resolve('anna@example.de'), anne, ['de']);
    expect(letters.map((letter) => letter.audience)).toEqual(['provider', 'recipient']);
    expect(byId(letters, 'provider').to).toEqual(['postmaster@example.de', 'abuse@example.de']);
  });

  it('puts postmaster before abuse before support, the surer before the less sure, each mailbox once', () => {
    const resolution: Resolution = {
      ...fixtureResolution,
      provider: {
        ...fixtureResolution.provider,
        contacts: [
          contact('https://example.org/form', 'form', 'high', 'form'),
          contact('help@example.ru', 'support', 'high'),
          contact('abuse@example.ru', 'abuse', 'low'),
          contact('postmaster@example.ru', 'postmaster', 'medium'),
          contact('abuse-desk@example.ru', 'abuse', 'high'),
          contact('ABUSE@example.ru', 'abuse', 'low'),
        ],
      },
    };
    const provider = byId(buildLetters(resolution, anne, ['en']), 'provider');
    expect(provider.to).toEqual(['postmaster@example.ru', 'abuse-desk@example.ru', 'abuse@example.ru', 'help@example.ru']);
    expect(provider.contacts.at(-1)?.kind).toBe('form');
  });

  // Regression (issue 11): a delivery complaint went to REG.RU's and RU-CENTER's registrar desks.
  it("never writes to a registrar's abuse desk, nor shows it among the letter's contacts", () => {
    const resolution: Resolution = {
      ...fixtureResolution,
      provider: {
        ...fixtureResolution.provider,
        contacts: [contact('abuse@registrar.example', 'registrar-abuse', 'high'), contact('abuse@example.ru', 'abuse', 'medium')],
      },
    };
    const provider = byId(buildLetters(resolution, anne, ['en']), 'provider');
    expect(provider.to).toEqual(['abuse@example.ru']);
    expect(provider.contacts.map((c) => c.value)).toEqual(['abuse@example.ru']);
  });

  it('writes REG.RU hosting customers to the domain postmaster, not to the registrar desk abuse@reg.ru', () => {
    const parsed = parsedAddress('info@kontora-invented.ru');
    const letters = buildLetters(resolveRecipient(parsed, [{ host: 'mx1.hosting.reg.ru', preference: 10, addresses: [] }]), anne, ['en']);
    expect(byId(letters, 'provider').to).toEqual(['postmaster@kontora-invented.ru']);
  });

  it('leaves `to` empty when the provider has only a web form, and keeps the form to offer', () => {
    const resolution: Resolution = {
      ...fixtureResolution,
      provider: { ...fixtureResolution.provider, contacts: [contact('https://example.org/form', 'form', 'high', 'form')] },
    };
    const provider = byId(buildLetters(resolution, anne, ['en']), 'provider');
    expect(provider.to).toEqual([]);
    expect(provider.contacts.map((c) => c.value)).toEqual(['https://example.org/form']);
    expect(provider.parts[0]?.paragraphs.length).toBeGreaterThan(5);
  });

  it('writes each language as a part, in the order given, and joins the subjects', () => {
    const [provider] = buildLetters(fixtureResolution, fixtureSender, ['ru', 'fr']);
    expect(provider?.parts.map((part) => part.language)).toEqual(['ru', 'fr']);
    expect(provider?.subject).toBe(`${provider?.parts[0]?.subject} / ${provider?.parts[1]?.subject}`);
    expect(provider?.shortBody).toBe(`${ru.common.shortBody}\n${letterMessages('fr').common.shortBody}`);
  });

  it('names an ISP by its Russian name in Russian and by its own name elsewhere', () => {
    const mts = byId(buildLetters(fixtureResolution, fixtureSender, ['ru', 'en']), 'isp-mts');
    expect(mts.parts[0]?.paragraphs[1]).toContain('МТС');
    expect(mts.parts[1]?.paragraphs[1]).toContain('I am writing to you at MTS because');
  });

  // The card heading belongs to the page: on /en a Russian-first letter is still headed "To MTS".
  it.each([[['ru', 'en']], [['en', 'ru']], [['fr']]] as const)('heads an ISP letter in %j with the brand MTS', (languages) => {
    expect(byId(buildLetters(fixtureResolution, fixtureSender, languages), 'isp-mts').addresseeName).toBe('MTS');
  });

  it('drops a repeated language and falls back on English when given none', () => {
    expect(buildLetters(fixtureResolution, fixtureSender, ['ru', 'ru'])[0]?.parts.map((p) => p.language)).toEqual(['ru']);
    expect(buildLetters(fixtureResolution, fixtureSender, [])[0]?.parts.map((p) => p.language)).toEqual(['en']);
  });

  it('quotes the bounce for the postmaster, or says that none came back', () => {
    const withBounce = letterText(byId(buildLetters(fixtureResolution, fixtureSender, ['en']), 'provider'));
    expect(withBounce).toContain(`${en.provider.factBounce}\n\n550 5.7.1 Message rejected\n(policy)\n\n`);
    const silent = letterText(byId(buildLetters(fixtureResolution, { ...fixtureSender, bounce: '  ' }, ['en']), 'provider'));
    expect(silent).toContain(en.provider.factNoBounce);
    expect(silent).not.toContain(en.provider.factBounce);
  });

  it('states a time typed in words as typed, with one full stop after it, in every language', () => {
    const sender = { ...fixtureSender, failedAt: ' yesterday evening. ' };
    for (const language of locales) {
      const letters = buildLetters(fixtureResolution, sender, [language]);
      const { provider, isp } = letterMessages(language);
      expect(letterText(byId(letters, 'provider'))).toContain(`${provider.factTime.replace('{failedAt}', 'yesterday evening')}\n`);
      expect(letterText(byId(letters, 'isp-mts'))).toContain(isp.lastAttempt.replace('{failedAt}', 'yesterday evening'));
      expect(letterText(byId(letters, 'isp-mts'))).not.toContain('evening..');
    }
  });

  it('names the receiving servers that DNS gave, skipping a null MX, over the announcement list', () => {
    const resolution: Resolution = {
      ...fixtureResolution,
      mx: [
        { host: 'mx1.example.ru', preference: 10, addresses: [] },
        { host: '', preference: 0, addresses: [] },
        { host: 'mx2.example.ru', preference: 20, addresses: [] },
      ],
    };
    const text = letterText(byId(buildLetters(resolution, fixtureSender, ['en']), 'provider'));
    expect(text).toContain('Receiving servers: mx1.example.ru, mx2.example.ru\n');
  });

  it('cites the Mailfence announcement only in letters about Mailfence', () => {
    const mailfence = letterText(byId(buildLetters(fixtureResolution, fixtureSender, ['en']), 'provider'));
    expect(mailfence).toContain('Mailfence has described this blocking in a public notice');
    const proton = letterText(byId(buildLetters(fixtureResolution, { ...fixtureSender, service: 'proton' }, ['en']), 'provider'));
    expect(proton).toContain('Sending service: Proton Mail (proton.me)');
    expect(proton).not.toContain('public notice');
  });

  it('uses a service name it does not know as typed, without a domain', () => {
    const letters = buildLetters(fixtureResolution, { ...fixtureSender, service: '  Kolab Now ' }, ['en']);
    expect(letters[0]?.subject).toBe('Mail from Kolab Now to mail.ru is being refused');
    expect(letterText(byId(letters, 'recipient'))).toContain('Mail.ru refuses mail from Kolab Now,');
  });

  it('signs without a name and offers only a reply when the sender gave neither name nor address', () => {
    const text = letterText(byId(buildLetters(fixtureResolution, { service: 'mailfence' }, ['en']), 'provider'));
    expect(text).not.toContain('Sender:');
    expect(text).toContain(`${en.common.contact}\n\n${en.provider.thanks}\n\n${en.common.signOffAlone}`);
    expect(text.endsWith(en.common.signOffAlone)).toBe(true);
  });

  it('leaves no placeholder unfilled and keeps typed braces as typed, in every language', () => {
    const text = (sender: SenderFacts) =>
      buildLetters(fixtureResolution, sender, [...locales]).map(letterText).join('\n');
    expect(text(fixtureSender)).not.toMatch(/\{\w+\}/);
    expect(text({ ...fixtureSender, name: 'Anne {service}', note: '{recipient}' })).toContain('Anne {service}');
  });

  it('carries any typed name and note into every letter exactly as typed, around trimming', () => {
    const typed = fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s));
    fc.assert(
      fc.property(typed, typed, (name, note) => {
        const letters = buildLetters(fixtureResolution, { ...fixtureSender, name, note }, ['en', 'ru']);
        for (const letter of letters) {
          const text = letterText(letter);
          expect(text).toContain(name.trim());
          if (letter.audience !== 'recipient') expect(text).toContain(note.trim());
        }
      }),
      { numRuns: 60 },
    );
  });

  it('writes a letter only to ISPs with an email contact even when their data order varies', () => {
    const resolution: Resolution = {
      ...fixtureResolution,
      isps: [
        isp('a', 'A', 'А', [contact('https://example.org/a', 'form', 'high', 'form')]),
        isp('b', 'B', 'Б', [contact('abuse@b.example', 'abuse')]),
      ],
    };
    expect(buildLetters(resolution, anne, ['en']).map((letter) => letter.id)).toEqual(['provider', 'isp-b', 'recipient']);
  });
});
