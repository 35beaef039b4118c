import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'tldts';

import { blockedServers } from '@/lib/data/blocked-servers';
import { blockedServices } from '@/lib/data/blocked-services';
import { dataDate } from '@/lib/data/data-date';
import { isps } from '@/lib/data/isps';
import { providers } from '@/lib/data/providers';
import { russianTlds } from '@/lib/data/russian-tlds';
import {
  blockedServerSchema,
  blockedServiceSchema,
  type Contact,
  ispSchema,
  providerSchema,
} from '@/lib/data/schema';
import { matchMxPattern } from '@/lib/resolve/match-mx-pattern';

const announcementHosts = readFileSync(join(__dirname, '../../fixtures/announcement-hosts.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

const allContacts: Array<[string, Contact]> = [
  ...providers.flatMap((p) => p.contacts.map((c): [string, Contact] => [`${p.id}: ${c.value}`, c])),
  ...isps.flatMap((i) => i.contacts.map((c): [string, Contact] => [`${i.id}: ${c.value}`, c])),
];

const duplicates = (values: string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);

describe('provider records', () => {
  it.each(providers.map((p) => [p.id, p]))('%s parses with the provider schema', (_id, provider) => {
    expect(providerSchema.safeParse(provider).error).toBeUndefined();
  });

  it('have unique ids', () => {
    expect(duplicates(providers.map((p) => p.id))).toEqual([]);
  });

  it('never claim the same consumer domain twice', () => {
    expect(duplicates(providers.flatMap((p) => p.domains))).toEqual([]);
  });

  it('list consumer domains in lower-case ASCII, the form the resolver compares', () => {
    for (const domain of providers.flatMap((p) => p.domains)) expect(domain).toMatch(/^[a-z0-9.-]+$/);
  });

  it('cover the providers the issue names, by domain or by MX', () => {
    const byDomain = (d: string) => providers.find((p) => p.domains.includes(d))?.id;
    const byMx = (m: string) => providers.find((p) => p.mxPatterns.includes(m))?.id;
    expect(['mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'internet.ru'].map(byDomain)).toEqual(Array(5).fill('mailru'));
    expect(['yandex.ru', 'ya.ru', 'yandex.com', 'yandex.by', 'yandex.kz', 'yandex.ua', 'narod.ru'].map(byDomain)).toEqual(
      Array(7).fill('yandex'),
    );
    expect(['rambler.ru', 'lenta.ru', 'ro.ru', 'autorambler.ru', 'myrambler.ru', 'r0.ru'].map(byDomain)).toEqual(
      Array(6).fill('rambler'),
    );
    expect(byMx('emx.mail.ru')).toBe('mailru-business');
    expect(byMx('mx.yandex.net')).toBe('yandex-360');
    expect(byMx('mx0*.nicmail.ru')).toBe('nicru');
  });

  // Regression: the Russian and French letters said «который обслуживает REG.RU hosting».
  it('name each provider by its brand, with no English description to stand in a Russian or French letter', () => {
    for (const { name } of providers) expect([name, /\b(hosting|hosted|for Business)\b|\(/i.test(name)]).toEqual([name, false]);
  });

  it('give a Russian name only where it is written in Cyrillic and differs from the brand', () => {
    for (const { name, nameRu } of providers.filter((p) => p.nameRu !== undefined)) {
      expect([name, nameRu !== name && /\p{Script=Cyrillic}/u.test(nameRu ?? '')]).toEqual([name, true]);
    }
  });

  it('keep ukr.net out of Russia', () => {
    expect(providers.find((p) => p.domains.includes('ukr.net'))?.country).toBe('UA');
  });
});

describe('ISP records', () => {
  it.each(isps.map((i) => [i.id, i]))('%s parses with the ISP schema', (_id, isp) => {
    expect(ispSchema.safeParse(isp).error).toBeUndefined();
  });

  it('start with the three ISPs the announcement names, in its order', () => {
    expect(isps.slice(0, 3).map((i) => i.id)).toEqual(['mts', 'megafon', 'rostelecom']);
  });

  it('have unique ids and AS numbers', () => {
    expect(duplicates(isps.map((i) => i.id))).toEqual([]);
    expect(duplicates(isps.flatMap((i) => i.asns).map(String))).toEqual([]);
  });
});

describe('every contact', () => {
  it.each(allContacts)('%s has an https source, a checked date and a confidence', (_label, contact) => {
    expect(new URL(contact.source).protocol).toBe('https:');
    expect(contact.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(contact.checked))).toBe(false);
    expect(['high', 'medium', 'low']).toContain(contact.confidence);
  });

  it('was checked no later than the research date', () => {
    for (const [, contact] of allContacts) expect(contact.checked <= dataDate).toBe(true);
  });

  it('of low confidence says why in a note', () => {
    for (const [, contact] of allContacts.filter(([, c]) => c.confidence === 'low')) expect(contact.note).toBeTruthy();
  });
});

describe('blocked servers', () => {
  it.each(blockedServers.map((s) => [s.host, s]))('%s parses with the blocked-server schema', (_host, server) => {
    expect(blockedServerSchema.safeParse(server).error).toBeUndefined();
  });

  it('are exactly the 23 hosts of the announcement, in its order', () => {
    expect(announcementHosts).toHaveLength(23);
    expect(blockedServers.map((s) => s.host)).toEqual(announcementHosts);
  });

  it('cite the announcement', () => {
    for (const server of blockedServers) expect(server.source).toMatch(/^https:\/\/blog\.mailfence\.com\//);
  });

  it('point only at providers that exist, with a confidence for every named operator', () => {
    const ids = new Set(providers.map((p) => p.id));
    for (const server of blockedServers) {
      if (server.providerId !== undefined) expect(ids.has(server.providerId)).toBe(true);
      if (server.operator !== undefined) expect(server.operatorConfidence).toBeDefined();
    }
  });

  it('that belong to a provider match one of its MX patterns', () => {
    for (const server of blockedServers.filter((s) => s.providerId !== undefined)) {
      const provider = providers.find((p) => p.id === server.providerId);
      expect(provider?.mxPatterns.some((pattern) => matchMxPattern(pattern, server.host))).toBe(true);
    }
  });
});

describe('blocked services', () => {
  it.each(blockedServices.map((s) => [s.id, s]))('%s parses with the blocked-service schema', (_id, service) => {
    expect(blockedServiceSchema.safeParse(service).error).toBeUndefined();
  });

  it('put Mailfence first, the default', () => {
    expect(blockedServices[0]?.id).toBe('mailfence');
  });

  it('never share a domain', () => {
    expect(duplicates(blockedServices.flatMap((s) => s.domains))).toEqual([]);
  });
});

describe('Russian top-level domains', () => {
  it.each(Object.keys(russianTlds))('%s is an ICANN suffix in the Public Suffix List tldts ships', (tld) => {
    const result = parse(`example.${tld}`);
    expect(result.isIcann).toBe(true);
    expect(result.publicSuffix).toBe(tld);
  });

  it('include .ru, .su and .рф', () => {
    expect(Object.keys(russianTlds)).toEqual(expect.arrayContaining(['ru', 'su', 'xn--p1ai']));
  });
});
