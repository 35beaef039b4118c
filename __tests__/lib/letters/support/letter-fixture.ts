import type { Contact, Isp } from '@/lib/data/schema';
import type { SenderFacts } from '@/lib/letters/types';
import type { Resolution } from '@/lib/resolve/types';

/*
 * One fixed recipient and sender for the golden letters and the template tests. Written out by
 * hand rather than taken from lib/data, so that a data update does not rewrite the goldens: they
 * change only when the words do.
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

export const isp = (id: string, name: string, nameRu: string, contacts: Contact[]): Isp => ({
  id,
  name,
  nameRu,
  networkOperators: ['Example Operator'],
  asns: [64500],
  contacts,
  source: 'https://example.org/source',
  reviewed: '2026-11-27',
  confidence: 'high',
});

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
      contact('support@corp.mail.ru', 'support', 'medium'),
    ],
  },
  isps: [
    isp('mts', 'MTS', 'МТС', [contact('abuse@mtu.ru', 'abuse'), contact('postmaster@mtu.ru', 'postmaster')]),
    isp('t2', 'T2 (Tele2 Russia)', 'Т2 (Tele2 Россия)', []),
  ],
  blockedServers: ['mxs.mail.ru'],
  russia: { yes: true, why: ['tld', 'provider'] },
  mx: [{ host: 'mxs.mail.ru', preference: 10, addresses: [] }],
  mxStatus: 'ok',
};

export const fixtureSender: SenderFacts = {
  name: 'Anne Martin',
  address: 'anne@mailfence.com',
  service: 'mailfence',
  failedAt: '2026-11-20 14:05 UTC',
  bounce: '550 5.7.1 Message rejected\r\n(policy)',
  note: 'I write to Ivan every week about our translation work.',
};
