import type { BounceFacts } from '@/lib/bounce/types';
import type { Contact, Isp } from '@/lib/data/schema';
import type { LetterEvidence } from '@/lib/letters/letter-facts';
import type { SenderFacts } from '@/lib/letters/types';
import type { MxHost, Resolution } from '@/lib/resolve/types';

/*
 * Fixed recipients and senders for the golden letters and the letter tests. Written out by hand
 * rather than taken from lib/data, so that a data update does not rewrite the goldens: they change
 * only when the words do. Addresses of networks are documentation ranges where no real one is
 * needed (RFC 5737, RFC 3849).
 */

export const contact = (
  value: string,
  role: Contact['role'],
  confidence: Contact['confidence'] = 'high',
  kind: Contact['kind'] = 'email',
): Contact => ({
  kind,
  value,
  role,
  source: 'https://example.org/source',
  evidenceDate: '2021-04-13',
  reviewed: '2026-11-27',
  confidence,
});

export const isp = (id: string, name: string, nameRu: string, contacts: Contact[], asns: number[] = [64500]): Isp => ({
  id,
  name,
  nameRu,
  networkOperators: ['Example Operator'],
  asns,
  contacts,
  source: 'https://example.org/source',
  reviewed: '2026-11-27',
  confidence: 'high',
});

export const mts = isp(
  'mts',
  'MTS',
  'МТС',
  [contact('abuse@mtu.ru', 'abuse'), contact('postmaster@mtu.ru', 'postmaster'), contact('feedback@mts.example', 'feedback')],
  [8359],
);
export const rostelecom = isp('rostelecom', 'Rostelecom', 'Ростелеком', [contact('abuse@rt.ru', 'abuse')], [12389]);
export const t2 = isp('t2', 'T2 (Tele2 Russia)', 'Т2 (Tele2 Россия)', []);

const mxsMailRu: MxHost = {
  host: 'mxs.mail.ru',
  preference: 10,
  addresses: [{ ip: '94.100.180.31', asn: 47764, operator: 'LLC VK', country: 'RU' }],
};

/** A Mail.ru consumer mailbox, with DNS's answer: the case the announcement is about. */
export const fixtureResolution: Resolution = {
  address: 'ivan@mail.ru',
  domain: 'mail.ru',
  domainUnicode: 'mail.ru',
  provider: {
    id: 'mailru',
    name: 'Mail.ru',
    via: 'domain',
    contacts: [
      contact('https://help.mail.ru/notspam-support/', 'form', 'high', 'form'),
      contact('abuse@corp.mail.ru', 'abuse'),
      contact('https://help.mail.ru/mail-help', 'support', 'high', 'form'),
    ],
  },
  isps: [mts, rostelecom, t2],
  blockedServers: ['mxs.mail.ru'],
  russia: { yes: true, why: ['tld', 'provider'] },
  mx: [mxsMailRu],
  mxStatus: 'ok',
};

export const fixtureSender: SenderFacts = {
  name: 'Anne Martin',
  address: 'anne@mailfence.com',
  service: 'mailfence',
  failedAt: '2026-11-20T15:05:00+01:00',
  bounce: 'Diagnostic-Code: smtp; 550 5.7.1 Message rejected under policy. ID: E7A2C1',
  note: 'I write to Ivan every week about our translation work.',
};

/** What the bounce reader gives for fixtureSender's bounce, and the service's SPF ranges. */
export const fixtureBounce: BounceFacts = {
  remoteMta: 'mxs.mail.ru',
  remoteIp: '94.100.180.31',
  smtpCode: 550,
  enhancedCode: '5.7.1',
  diagnostic: '550 5.7.1 Message rejected under policy. ID: E7A2C1',
  reference: 'E7A2C1',
};

export const fixtureEvidence: LetterEvidence = {
  bounce: fixtureBounce,
  sendingServers: { domain: 'mailfence.com', ranges: ['198.51.100.0/24', '2001:db8:10::/48'] },
  // The public record's word on mxs.mail.ru: for the service of the letters, and for another.
  reportedBlocking: [
    { host: 'mxs.mail.ru', service: 'mailfence', count: 12, since: '2026-09-02' },
    { host: 'mxs.mail.ru', service: 'proton', count: 3, since: '2026-10-30' },
  ],
};

/** A company's own domain on Rostelecom's network, and no bounce: org-run, network and feedback letters. */
export const companyResolution: Resolution = {
  address: 'press@zavod-primer.ru',
  domain: 'zavod-primer.ru',
  domainUnicode: 'zavod-primer.ru',
  provider: {
    id: 'self',
    name: 'zavod-primer.ru',
    via: 'self',
    contacts: [contact('postmaster@zavod-primer.ru', 'postmaster', 'medium'), contact('abuse@zavod-primer.ru', 'abuse', 'medium')],
  },
  isps: [mts, rostelecom, t2],
  blockedServers: [],
  russia: { yes: true, why: ['tld', 'mx-network'] },
  mx: [
    {
      host: 'mx.zavod-primer.ru',
      preference: 10,
      addresses: [{ ip: '192.0.2.25', asn: 12389, operator: 'PJSC Rostelecom', country: 'RU' }],
    },
  ],
  mxStatus: 'ok',
};

export const companySender: SenderFacts = { name: 'Anne Martin', service: 'proton' };

/** A mailbox outside Russia that refused one message: a neutral delivery report. */
export const abroadResolution: Resolution = {
  address: 'anna@example.de',
  domain: 'example.de',
  domainUnicode: 'example.de',
  provider: {
    id: 'self',
    name: 'example.de',
    via: 'self',
    contacts: [contact('postmaster@example.de', 'postmaster', 'medium'), contact('abuse@example.de', 'abuse', 'medium')],
  },
  isps: [],
  blockedServers: [],
  russia: { yes: false, why: [] },
  mx: [{ host: 'mx.example.de', preference: 10, addresses: [{ ip: '203.0.113.7', asn: 64501, operator: null, country: 'DE' }] }],
  mxStatus: 'ok',
};

export const abroadSender: SenderFacts = {
  address: 'anne@posteo.de',
  service: 'posteo',
  bounce: '<anna@example.de>: host mx.example.de[203.0.113.7] said: 554 5.7.1 Service unavailable; Client host blocked',
};

export const abroadEvidence: LetterEvidence = {
  bounce: {
    remoteMta: 'mx.example.de',
    remoteIp: '203.0.113.7',
    smtpCode: 554,
    enhancedCode: '5.7.1',
    diagnostic: '554 5.7.1 Service unavailable; Client host blocked',
  },
};
