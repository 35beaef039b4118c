import fc from 'fast-check';

import { parseAddress } from '@/lib/address/parse-address';
import { locales, type Locale } from '@/lib/i18n/locales';
import { buildLetters, type BuildOptions } from '@/lib/letters/build-letters';
import { followUpLetter } from '@/lib/letters/follow-up-letter';
import { letterMessages } from '@/lib/letters/letter-messages';
import { letterText } from '@/lib/letters/letter-text';
import type { Letter, SenderFacts } from '@/lib/letters/types';
import { resolveRecipient } from '@/lib/resolve/resolve-recipient';
import type { Resolution } from '@/lib/resolve/types';

import {
  abroadEvidence,
  abroadResolution,
  abroadSender,
  companyResolution,
  companySender,
  contact,
  fixtureBounce,
  fixtureEvidence,
  fixtureResolution,
  fixtureSender,
  isp,
  mts,
  rostelecom,
} from './support/letter-fixture';

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

const lettersFor = (resolution: Resolution, sender: SenderFacts, languages: Locale[], options?: BuildOptions) =>
  buildLetters(resolution, sender, languages, options).letters;

const textOf = (resolution: Resolution, sender: SenderFacts, id: string, options?: BuildOptions, languages: Locale[] = ['en']) =>
  letterText(byId(lettersFor(resolution, sender, languages, options), id));

const ru = letterMessages('ru');
const en = letterMessages('en');
const anne: SenderFacts = { name: 'Anne', address: 'anne@mailfence.com', service: 'mailfence' };
const withBounce = { evidence: fixtureEvidence };

describe('buildLetters for ivan@mail.ru in Russian, before DNS answered', () => {
  const letters = lettersFor(resolve('ivan@mail.ru'), anne, ['ru']);

  it('writes to Mail.ru at its abuse mailbox and offers its web forms', () => {
    const provider = byId(letters, 'provider');
    expect(provider).toMatchObject({ audience: 'provider', kind: 'provider', addresseeName: 'Mail.ru', to: ['abuse@corp.mail.ru'] });
    expect(provider.contacts.filter((c) => c.kind === 'form').map((c) => c.value)).toContain('https://help.mail.ru/notspam-support/');
  });

  it('writes in Russian only, saying that nothing came back and naming no MX server DNS has not given', () => {
    const provider = byId(letters, 'provider');
    expect(provider.parts.map((part) => part.language)).toEqual(['ru']);
    expect(provider.subject).toBe('Не доставляются письма с Mailfence (mailfence.com) на адрес в домене mail.ru');
    const text = letterText(provider);
    expect(text).not.toContain('MX-сервер');
    expect(text).toContain(ru.facts.noBounce);
    expect(text).toContain('(почтовый сервис: Mail.ru)');
    expect(text).toMatch(/С уважением,\nAnne$/);
  });

  it('writes no network letter before DNS has said where the MX sits', () => {
    expect(letters.filter((letter) => letter.kind === 'isp-network')).toEqual([]);
  });

  it('ends the letters to act on with a Russian note for ivan@mail.ru himself', () => {
    const note = byId(letters, 'recipient');
    expect(note).toMatchObject({ audience: 'recipient', kind: 'recipient', to: ['ivan@mail.ru'], contacts: [] });
    expect(note.subject).toBe(ru.recipient.subject);
  });
});

describe('the letter case', () => {
  it('writes nothing to a provider outside Russia that no notice names, when nothing came back', () => {
    const set = buildLetters(resolve('friend@gmail.com'), anne, ['en']);
    expect(set.letterCase).toBe('not-known-to-block');
    expect(set.letters).toEqual([]);
  });

  it('writes a neutral delivery report and a note, and nothing about blocking, when such a provider bounced', () => {
    const set = buildLetters(abroadResolution, abroadSender, ['en'], { evidence: abroadEvidence });
    expect(set.letterCase).toBe('delivery-report');
    expect(set.letters.map((letter) => letter.kind)).toEqual(['provider', 'recipient']);
    const text = letterText(byId(set.letters, 'provider'));
    expect(text).toContain('Server\'s reply: 554 5.7.1 Service unavailable; Client host blocked');
    expect(text).not.toContain('Many people use');
    expect(text).not.toMatch(/notice|block(ing|ed) (mail|it)/i);
  });

  it('writes the blocking case for a recipient in Russia', () => {
    expect(buildLetters(fixtureResolution, fixtureSender, ['en'], withBounce).letterCase).toBe('blocking');
  });
});

describe('the ISP letters', () => {
  const set = buildLetters(companyResolution, companySender, ['en', 'ru']);

  it('write to the network desk only of the ISP whose AS holds an MX address, at its abuse mailbox', () => {
    const network = set.letters.filter((letter) => letter.kind === 'isp-network');
    expect(network.map((letter) => letter.id)).toEqual(['isp-network-rostelecom']);
    expect(network[0]?.to).toEqual(['abuse@rt.ru']);
  });

  it('name the MX host, its address and AS, and ask a question the network desk can answer', () => {
    const text = letterText(byId(set.letters, 'isp-network-rostelecom'));
    expect(text).toContain('mx.zavod-primer.ru [192.0.2.25] (AS12389)');
    expect(text).toContain('TCP port 25');
    expect(text).toContain('TCP-порт 25');
  });

  it('show the mailbox as …@domain where a network letter quotes what a server said about it', () => {
    // A bounce the reader could not make sense of is quoted whole; one it read is quoted by its reply.
    const unread = '<Press@zavod-primer.ru>: host mx.zavod-primer.ru[192.0.2.25] said: 550 blocked';
    const quoted = buildLetters(companyResolution, { ...companySender, bounce: unread }, ['en']).letters;
    const relayed = buildLetters(companyResolution, { ...companySender, bounce: 'x' }, ['en'], {
      evidence: { bounce: { remoteMta: 'relay.example.net', smtpCode: 550, diagnostic: '550 5.7.1 <press@zavod-primer.ru>: relay denied' } },
    }).letters;
    for (const letters of [quoted, relayed]) {
      const network = letterText(byId(letters, 'isp-network-rostelecom'));
      expect(network).not.toMatch(/press@/i);
      expect(network).toContain('…@zavod-primer.ru');
      expect(letterText(byId(letters, 'provider'))).toMatch(/press@zavod-primer\.ru/i);
    }
    // Its follow-up quotes the server's reply again in its facts block, the same way.
    const set = buildLetters(companyResolution, { ...companySender, bounce: 'x' }, ['en'], {
      evidence: { bounce: { remoteMta: 'relay.example.net', smtpCode: 550, diagnostic: '550 5.7.1 <press@zavod-primer.ru>: relay denied' } },
    });
    const context = { resolution: companyResolution, facts: set.facts, letters: set.letters };
    const followUp = followUpLetter(context, { letterId: 'isp-network-rostelecom', sentOn: '2026-11-20', variant: 'no-answer' }, 'en');
    expect(followUp === null ? '' : letterText(followUp)).toContain('<…@zavod-primer.ru>: relay denied');
  });

  it('never name the recipient\'s mailbox to a network desk or in a feedback letter', () => {
    for (const letter of set.letters.filter((l) => l.audience === 'isp')) {
      expect(letterText(letter)).not.toContain('press@zavod-primer.ru');
    }
  });

  it('write feedback letters only to feedback channels, never to an abuse desk', () => {
    const feedback = byId(set.letters, 'isp-feedback-mts');
    expect(feedback.to).toEqual(['feedback@mts.example']);
    expect(feedback.contacts.every((c) => c.role === 'feedback')).toBe(true);
  });

  it('name the ISPs that get no feedback letter for want of a sourced channel', () => {
    expect(set.ispsWithoutFeedback.map((isp) => isp.id)).toEqual(['rostelecom', 't2']);
    expect(set.ispsWithoutFeedback[0]).toEqual({ id: 'rostelecom', name: 'Rostelecom', nameRu: 'Ростелеком' });
  });

  it('offer a feedback web form as the only contact, with an empty To', () => {
    const formOnly = isp('formonly', 'Form Only', 'Только форма', [contact('https://isp.example/feedback', 'feedback', 'medium', 'form')]);
    const { letters } = buildLetters({ ...companyResolution, isps: [formOnly] }, companySender, ['en']);
    const letter = byId(letters, 'isp-feedback-formonly');
    expect(letter.to).toEqual([]);
    expect(letter.contacts.map((c) => c.value)).toEqual(['https://isp.example/feedback']);
  });

  it('leave the user\'s note out of a feedback letter, which names no one', () => {
    const noted = buildLetters(companyResolution, { ...companySender, note: 'Ivan works at the plant.' }, ['en']).letters;
    expect(letterText(byId(noted, 'isp-feedback-mts'))).not.toContain('Ivan');
    expect(letterText(byId(noted, 'isp-network-rostelecom'))).toContain('Ivan works at the plant.');
  });

  it('mention the service\'s notice only for the service that published one', () => {
    const proton = letterText(byId(set.letters, 'isp-feedback-mts'));
    expect(proton).not.toContain('notice');
    const mailfence = textOf(fixtureResolution, fixtureSender, 'isp-feedback-mts', withBounce);
    expect(mailfence).toContain('Mailfence, the mail service I use, has published a notice');
  });
});

describe('what the letters say they know', () => {
  it('quote the refusing server, its reply and reference, and ask why, when the server refused', () => {
    const text = textOf(fixtureResolution, fixtureSender, 'provider', withBounce);
    expect(text).toContain('Refusing server: mxs.mail.ru [94.100.180.31]\n');
    expect(text).toContain('Reference in the reply: E7A2C1');
    expect(text).toContain(en.provider.askRefused.replace('{service}', 'Mailfence'));
    // The server already refused during the session: asking it to do so would not read its facts.
    expect(text).not.toContain(en.provider.refuseOpenly);
    expect(text).not.toContain(en.facts.noBounce);
  });

  it('say only that nothing came back, ask for the logs around the time, and to refuse openly, without a bounce', () => {
    const text = textOf(fixtureResolution, { ...fixtureSender, bounce: undefined }, 'provider', withBounce);
    expect(text).toContain(en.provider.introMissing.replace('{service}', 'Mailfence (mailfence.com)').slice(0, 40));
    expect(text).toContain('around 2026-11-20 14:05 UTC?');
    expect(text).toContain(en.provider.refuseOpenly);
    expect(text).not.toContain('Refusing server');
    expect(text).not.toMatch(/dropped|without notice/);
  });

  it('quote a short bounce it could not read, and only say that one came back when it is long', () => {
    const unread = { evidence: { bounce: null } };
    const short = textOf(fixtureResolution, { ...fixtureSender, bounce: 'Undeliverable\r\n(policy)' }, 'provider', unread);
    expect(short).toContain(`${en.facts.bounceQuoted}\n\nUndeliverable\n(policy)\n\n`);
    const long = textOf(fixtureResolution, { ...fixtureSender, bounce: 'x'.repeat(5000) }, 'provider', unread);
    expect(long).toContain(en.facts.bounceNotQuoted);
    expect(long).not.toContain(en.facts.bounceQuoted);
    expect(long).not.toContain('xxxx');
  });

  it('say the time in UTC, from the form, else from the bounce\'s arrival date', () => {
    expect(textOf(fixtureResolution, fixtureSender, 'provider', withBounce)).toContain('failed delivery: 2026-11-20 14:05 UTC');
    const fromBounce = { evidence: { bounce: { ...fixtureBounce, arrivalDate: '2026-11-19T23:50:00-05:00' } } };
    const text = textOf(fixtureResolution, { ...fixtureSender, failedAt: undefined }, 'provider', fromBounce);
    expect(text).toContain('failed delivery: 2026-11-20 04:50 UTC');
  });

  it('list the service\'s sending servers from its SPF record, and only for that service', () => {
    expect(textOf(fixtureResolution, fixtureSender, 'provider', withBounce)).toContain(
      'Sending servers (from the SPF record of mailfence.com): 198.51.100.0/24, 2001:db8:10::/48',
    );
    expect(textOf(fixtureResolution, fixtureSender, 'provider', { evidence: { bounce: fixtureBounce } })).not.toContain('Sending servers');
    const typed = textOf(fixtureResolution, { ...fixtureSender, service: 'Kolab Now' }, 'provider', withBounce);
    expect(typed).not.toContain('Sending servers');
  });

  it('make no "lawful" argument in any language', () => {
    const words = /lawful|law-abiding|законопослушн|respectueux de la loi|rechtstreu|aan de wet|cumplen la ley/i;
    for (const language of locales) {
      for (const letter of lettersFor(fixtureResolution, fixtureSender, [language], withBounce)) {
        expect([letter.id, language, words.test(letterText(letter))]).toEqual([letter.id, language, false]);
      }
    }
  });

  it('say what the public record holds for this service only, with its count in the right plural form', () => {
    const text = textOf(fixtureResolution, fixtureSender, 'provider', withBounce);
    expect(text).toContain('Since 2 September 2026, the public record of refusals kept by Unblock Mail has received 12 reports of mxs.mail.ru refusing mail from Mailfence.');
    expect(text).not.toContain('Proton');
    const ruText = textOf(fixtureResolution, fixtureSender, 'provider', withBounce, ['ru']);
    expect(ruText).toContain('поступило 12 сообщений об отказах сервера mxs.mail.ru');
    const twentyOne = { evidence: { ...fixtureEvidence, reportedBlocking: [{ host: 'mxs.mail.ru', service: 'mailfence', count: 21, since: '2026-09-01' }] } };
    // Intl writes «2026 г.» with a (narrow) no-break space.
    const ru21 = textOf(fixtureResolution, fixtureSender, 'provider', twentyOne, ['ru']).replace(/[\u00a0\u202f]/g, ' ');
    expect(ru21).toContain('поступило 21 сообщение об отказах сервера');
    expect(ru21).toContain('с 1 сентября 2026 г.');
    expect(textOf(fixtureResolution, fixtureSender, 'provider', twentyOne, ['fr'])).toContain('1er septembre 2026');
    expect(textOf(fixtureResolution, fixtureSender, 'provider', { evidence: { bounce: fixtureBounce } })).not.toContain('public record');
  });

  it('calls only what DNS gave the recipient\'s MX servers: the notice\'s servers stay in the notice\'s sentence', () => {
    const noDns: Resolution = { ...fixtureResolution, mx: null, mxStatus: 'timeout' };
    const mailfence = textOf(noDns, fixtureSender, 'provider', withBounce);
    expect(mailfence).not.toContain('MX server');
    expect(mailfence).toContain('mxs.mail.ru is among them');
    const proton = textOf(noDns, { ...fixtureSender, service: 'proton', address: 'anne@proton.me' }, 'provider', withBounce);
    expect(proton).not.toMatch(/MX server|mxs\.mail\.ru is among/);
    expect(textOf(fixtureResolution, fixtureSender, 'provider', withBounce)).toContain("Recipient's MX server: mxs.mail.ru\n");
    expect(textOf(fixtureResolution, fixtureSender, 'provider', withBounce, ['ru'])).toContain('MX-сервер получателя: mxs.mail.ru\n');
  });

  it('labels a list of 21 servers in the plural: the number is not printed, so its own form (Russian 21 → singular) does not apply', () => {
    const hosts = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        host: `mx${index}.zavod-primer.ru`,
        preference: 10,
        addresses: [{ ip: `192.0.2.${index + 1}`, asn: 12389, operator: 'PJSC Rostelecom', country: 'RU' }],
      }));
    const many = { ...companyResolution, mx: hosts(21) };
    const provider = textOf(many, companySender, 'provider', {}, ['ru']);
    expect(provider).toContain('MX-серверы получателя: mx0.zavod-primer.ru');
    const network = textOf(many, companySender, 'isp-network-rostelecom', {}, ['ru']);
    expect(network).toContain('Серверы, принимающие почту для домена zavod-primer.ru, находятся в Вашей сети');
    const one = textOf({ ...companyResolution, mx: hosts(1) }, companySender, 'isp-network-rostelecom', {}, ['ru']);
    expect(one).toContain('Сервер, принимающий почту для домена zavod-primer.ru, находится в Вашей сети');
    const twentyOne = { ...fixtureResolution, blockedServers: Array.from({ length: 21 }, (_, index) => `mx${index}.mail.ru`) };
    expect(textOf(twentyOne, fixtureSender, 'provider', withBounce, ['ru'])).toContain('в этом списке есть серверы mx0.mail.ru');
  });

  it('name the servers of the notice in the plural when there are several', () => {
    const two = { ...fixtureResolution, blockedServers: ['mxs.mail.ru', 'mx2.mail.ru'] };
    expect(textOf(two, fixtureSender, 'provider', withBounce, ['ru'])).toContain('в этом списке есть серверы mxs.mail.ru, mx2.mail.ru.');
    expect(textOf(fixtureResolution, fixtureSender, 'provider', withBounce, ['ru'])).toContain('в этом списке есть сервер mxs.mail.ru.');
  });
});

describe('how the letters read to their desks', () => {
  it('end the provider letter on its question (the paragraph before the closing), in every case and language', () => {
    const cases: [Resolution, SenderFacts, BuildOptions][] = [
      [fixtureResolution, fixtureSender, withBounce],
      [companyResolution, companySender, {}],
      [abroadResolution, abroadSender, { evidence: abroadEvidence }],
    ];
    for (const language of locales) {
      for (const [resolution, sender, options] of cases) {
        const paragraphs = byId(lettersFor(resolution, sender, [language], options), 'provider').parts[0]?.paragraphs ?? [];
        const question = paragraphs.at(-4) ?? '';
        // Russian asks with «Сообщите, пожалуйста, …» and a full stop, as a Russian letter does.
        expect([language, /\?|пожалуйста/.test(question)]).toEqual([language, true]);
      }
    }
  });

  it('names the provider beside the mailbox, but not a domain that runs its own mail twice', () => {
    expect(textOf(fixtureResolution, fixtureSender, 'provider', withBounce)).toContain('to ivan@mail.ru, a mailbox at Mail.ru, was refused');
    expect(textOf(companyResolution, companySender, 'provider')).toContain('to press@zavod-primer.ru have not arrived');
  });

  it('writes no network letter when a server inside that network refused over SMTP: the traffic got through', () => {
    const refusedThere = { evidence: { bounce: { remoteMta: 'mx.zavod-primer.ru', remoteIp: '192.0.2.25', smtpCode: 550, diagnostic: '550 Rejected' } } };
    const kinds = lettersFor(companyResolution, { ...companySender, bounce: '550 Rejected' }, ['en'], refusedThere).map((l) => l.kind);
    expect(kinds).not.toContain('isp-network');
    const elsewhere = { evidence: { bounce: { remoteMta: 'relay.example.net', smtpCode: 550, diagnostic: '550 Rejected' } } };
    expect(lettersFor(companyResolution, { ...companySender, bounce: '550 Rejected' }, ['en'], elsewhere).map((l) => l.kind)).toContain('isp-network');
  });

  it('calls a server that gave no SMTP reply the remote server, not the refusing one', () => {
    const timedOut = { evidence: { bounce: { remoteMta: 'mxs.mail.ru', diagnostic: 'connection timed out' } } };
    const text = textOf(fixtureResolution, { ...fixtureSender, bounce: 'timed out' }, 'provider', timedOut);
    expect(text).toContain('Remote server: mxs.mail.ru\n');
    expect(text).not.toContain('Refusing server');
    expect(text).toContain(en.provider.askBounced.replace('{service}', 'Mailfence'));
  });
});

describe('the recipient\'s note', () => {
  it('opens by saying it comes from another address', () => {
    const [first, second] = byId(lettersFor(fixtureResolution, fixtureSender, ['en'], withBounce), 'recipient').parts[0]?.paragraphs ?? [];
    expect(first).toBe(en.recipient.greeting);
    expect(second).toBe(en.recipient.otherAccount.replace('{service}', 'Mailfence').replace('{recipient}', 'ivan@mail.ru'));
    expect(second).toMatch(/^I am writing to you from another address/);
  });

  it('asks a consumer mailbox\'s owner to ask the provider\'s support, at its help page', () => {
    const text = textOf(fixtureResolution, fixtureSender, 'recipient', withBounce);
    expect(text).toContain('ask Mail.ru support (https://help.mail.ru/mail-help)');
  });

  it('asks someone at a company domain to forward it to their mail administrator, not "the support of" the domain', () => {
    const text = textOf(companyResolution, companySender, 'recipient');
    expect(text).toContain('mail administrator or IT department');
    expect(text).not.toContain('support of zavod-primer.ru');
  });

  it('treats a business mail service found by MX as the organisation\'s own', () => {
    const workspace: Resolution = { ...companyResolution, provider: { id: 'mailru-business', name: 'VK WorkSpace', via: 'mx', mxHost: 'emx.mail.ru', contacts: [] } };
    expect(textOf(workspace, companySender, 'recipient')).toContain('mail administrator');
  });
});

describe('buildLetters', () => {
  it('puts postmaster before abuse before support, the surer before the less sure, each mailbox once, never a registrar', () => {
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
          contact('abuse@registrar.example', 'registrar-abuse', 'high'),
        ],
      },
    };
    const provider = byId(lettersFor(resolution, anne, ['en']), 'provider');
    expect(provider.to).toEqual(['postmaster@example.ru', 'abuse-desk@example.ru', 'abuse@example.ru', 'help@example.ru']);
    expect(provider.contacts.map((c) => c.value)).not.toContain('abuse@registrar.example');
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
    const provider = byId(lettersFor(resolution, anne, ['en']), 'provider');
    expect(provider.to).toEqual(['abuse@example.ru']);
    expect(provider.contacts.map((c) => c.value)).toEqual(['abuse@example.ru']);
  });

  it('writes REG.RU hosting customers to the domain postmaster, not to the registrar desk abuse@reg.ru', () => {
    const parsed = parsedAddress('info@kontora-invented.ru');
    const letters = lettersFor(resolveRecipient(parsed, [{ host: 'mx1.hosting.reg.ru', preference: 10, addresses: [] }]), anne, ['en']);
    expect(byId(letters, 'provider').to).toEqual(['postmaster@kontora-invented.ru']);
  });

  it('leaves `to` empty when the provider has only a web form, and keeps the form to offer', () => {
    const resolution: Resolution = {
      ...fixtureResolution,
      provider: { ...fixtureResolution.provider, contacts: [contact('https://example.org/form', 'form', 'high', 'form')] },
    };
    const provider = byId(lettersFor(resolution, anne, ['en']), 'provider');
    expect(provider.to).toEqual([]);
    expect(provider.contacts.map((c) => c.value)).toEqual(['https://example.org/form']);
    expect(provider.parts[0]?.paragraphs.length).toBeGreaterThan(5);
  });

  it('writes each language as a part, in the order given, joins the subjects, and speaks to the user in theirs', () => {
    const [provider] = lettersFor(fixtureResolution, fixtureSender, ['ru', 'fr'], { ...withBounce, userLanguage: 'fr' });
    expect(provider?.parts.map((part) => part.language)).toEqual(['ru', 'fr']);
    expect(provider?.subject).toBe(`${provider?.parts[0]?.subject} / ${provider?.parts[1]?.subject}`);
    expect(provider?.shortBody).toBe(letterMessages('fr').common.shortBody);
  });

  it('names an ISP by its Russian name in Russian, and carries it for the Russian page\'s heading', () => {
    const letter = byId(lettersFor(fixtureResolution, fixtureSender, ['ru', 'en'], withBounce), 'isp-feedback-mts');
    expect(letter.parts[0]?.paragraphs[1]).toContain('в МТС');
    expect(letter.parts[1]?.paragraphs[1]).toContain('I am writing to MTS because');
    expect(letter).toMatchObject({ addresseeName: 'MTS', addresseeNameRu: 'МТС' });
  });

  it('drops a repeated language and falls back on English when given none', () => {
    expect(lettersFor(fixtureResolution, fixtureSender, ['ru', 'ru'])[0]?.parts.map((p) => p.language)).toEqual(['ru']);
    expect(lettersFor(fixtureResolution, fixtureSender, [])[0]?.parts.map((p) => p.language)).toEqual(['en']);
  });

  it('signs without a name and offers only a reply when the sender gave neither name nor address', () => {
    const text = textOf(fixtureResolution, { service: 'mailfence' }, 'provider');
    expect(text).not.toContain('Sender:');
    expect(text).toContain(`${en.common.contact}\n\n${en.provider.thanks}\n\n${en.common.signOffAlone}`);
    expect(text.endsWith(en.common.signOffAlone)).toBe(true);
  });

  it('leaves no placeholder unfilled and keeps typed braces as typed, in every case and language', () => {
    const text = (sender: SenderFacts) =>
      [
        ...lettersFor(fixtureResolution, sender, [...locales], withBounce),
        ...lettersFor(companyResolution, sender, [...locales]),
        ...lettersFor(abroadResolution, { ...sender, bounce: 'x' }, [...locales], { evidence: abroadEvidence }),
      ]
        .map(letterText)
        .join('\n');
    expect(text(fixtureSender)).not.toMatch(/\{\w+\}/);
    expect(text({ ...fixtureSender, name: 'Anne {service}', note: '{recipient}' })).toContain('Anne {service}');
  });

  it('carries any typed name into every letter, and the note into every letter to a provider or network', () => {
    const typed = fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s));
    fc.assert(
      fc.property(typed, typed, (name, note) => {
        const letters = lettersFor(companyResolution, { ...companySender, name, note }, ['en', 'ru']);
        for (const letter of letters) {
          const text = letterText(letter);
          expect(text).toContain(name.trim());
          if (letter.kind === 'provider' || letter.kind === 'isp-network') expect(text).toContain(note.trim());
        }
      }),
      { numRuns: 60 },
    );
  });

  it('writes a network letter only where the ISP has a network mailbox, whatever the data order', () => {
    const formOnly = isp('a', 'A', 'А', [contact('https://example.org/a', 'feedback', 'high', 'form')], [12389]);
    const { letters } = buildLetters({ ...companyResolution, isps: [formOnly, rostelecom, mts] }, companySender, ['en']);
    expect(letters.filter((l) => l.kind === 'isp-network').map((l) => l.id)).toEqual(['isp-network-rostelecom']);
  });
});
