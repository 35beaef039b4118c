import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { parse } from 'tldts';

import { blockedServers } from '@/lib/data/blocked-servers';
import { blockedServices } from '@/lib/data/blocked-services';
import { recheckDate, researchDate } from '@/lib/data/data-date';
import { isps } from '@/lib/data/isps';
import networkTable from '@/lib/data/networks.json';
import { providers } from '@/lib/data/providers';
import { russianTlds } from '@/lib/data/russian-tlds';
import {
  blockedServerSchema,
  blockedServiceSchema,
  type Contact,
  contactRoles,
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

describe('ISP AS numbers, against the network table', () => {
  /** operator name → every AS the table gives it, IPv4 and IPv6. */
  const tableAsns = new Map<string, Set<number>>();
  for (const family of [networkTable.ipv4, networkTable.ipv6]) {
    family.asn.forEach((asn, row) => {
      const name = networkTable.operators[family.operator[row] ?? -1] ?? '';
      tableAsns.set(name, (tableAsns.get(name) ?? new Set()).add(asn));
    });
  }

  it.each(isps.map((i) => [i.id, i]))('%s names operators the table knows', (_id, isp) => {
    expect(isp.networkOperators.filter((name) => !tableAsns.has(name))).toEqual([]);
  });

  it.each(isps.map((i) => [i.id, i]))('%s lists every AS the table gives its operators, and no other', (_id, isp) => {
    const fromTable = [...new Set(isp.networkOperators.flatMap((name) => [...(tableAsns.get(name) ?? [])]))];
    expect({ missing: fromTable.filter((asn) => !isp.asns.includes(asn)), extra: isp.asns.filter((asn) => !fromTable.includes(asn)) }).toEqual({
      missing: [],
      extra: [],
    });
  });

  // Regression (issue 11): T2 was listed with AS15378 only and ER-Telecom with AS9049 only.
  it.each([
    ['t2', [12958, 15378, 48092]],
    ['ertelecom', [9049, 12768]],
    ['mgts', [25513]],
  ])('include the ASes the audit found missing for %s', (id, asns) => {
    expect(isps.find((isp) => isp.id === id)?.asns).toEqual(expect.arrayContaining(asns));
  });

  it('are what `npm run data:isp-asns` writes (lib/data/isp-networks.json is up to date)', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/isp-asns.mjs', '--check'], { cwd: process.cwd() });
    expect(stdout).toContain('up to date');
  });
});

describe('every contact', () => {
  it.each(allContacts)('%s has a role, an https source, an evidence date, a review date and a confidence', (_label, contact) => {
    expect(contactRoles).toContain(contact.role);
    expect(new URL(contact.source).protocol).toBe('https:');
    for (const date of [contact.evidenceDate, contact.reviewed]) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(date))).toBe(false);
    }
    expect(['high', 'medium', 'low']).toContain(contact.confidence);
  });

  it('dates its evidence no later than a person reviewed it', () => {
    for (const [label, contact] of allContacts) expect([label, contact.evidenceDate <= contact.reviewed]).toEqual([label, true]);
  });

  it('was reviewed on one of the days a person looked at the data', () => {
    for (const [label, contact] of allContacts) expect([label, [researchDate, recheckDate]]).toEqual([label, expect.arrayContaining([contact.reviewed])]);
  });

  it('of low confidence, or inferred, says why in a note', () => {
    for (const [label, contact] of allContacts.filter(([, c]) => c.confidence === 'low' || c.inferred === true)) {
      expect([label, Boolean(contact.note)]).toEqual([label, true]);
    }
  });

  // Regression (issue 11): abuse@reg.ru and tld-abuse@nic.ru were filed as mail abuse desks.
  it('of a registrar is a registrar abuse desk, never a mail desk', () => {
    const registrarDesks = allContacts.filter(([, c]) => ['abuse@reg.ru', 'tld-abuse@nic.ru'].includes(c.value));
    expect(registrarDesks.map(([, c]) => c.role)).toEqual(['registrar-abuse', 'registrar-abuse']);
  });

  // Regression (issue 11): the form cited Yandex refusing its own user's outgoing mail.
  it('cites an inbound refusal for the Yandex form ya.cc/1IrBc', () => {
    const form = allContacts.find(([, c]) => c.value === 'https://ya.cc/1IrBc')?.[1];
    expect(form).toMatchObject({ source: 'https://github.com/rustdesk/rustdesk/issues/3716', evidenceDate: '2023-03-19' });
  });
});

describe('the records the audit found missing', () => {
  it('include MGTS with its RIPE abuse mailbox of 2021-04-13', () => {
    const mgts = isps.find((isp) => isp.id === 'mgts');
    expect(mgts?.contacts).toEqual([expect.objectContaining({ value: 'abuse@spd-mgts.ru', role: 'abuse', evidenceDate: '2021-04-13' })]);
  });

  it("include Rambler's abuse mailbox, of low confidence and dated 2012", () => {
    const rambler = providers.find((p) => p.id === 'rambler');
    expect(rambler?.contacts).toContainEqual(
      expect.objectContaining({ value: 'abuse@rambler-co.ru', confidence: 'low', evidenceDate: '2012-05-19' }),
    );
  });

  it('give corp.mail.ru to Mail.ru', () => {
    expect(providers.find((p) => p.domains.includes('corp.mail.ru'))?.id).toBe('mailru');
  });

  it("give MTS its general mailbox as a feedback channel, never as a desk a network complaint goes to", () => {
    expect(isps.find((isp) => isp.id === 'mts')?.contacts).toContainEqual(expect.objectContaining({ value: 'info@mts.ru', role: 'feedback' }));
  });

  it('never file an abuse or postmaster mailbox of an ISP as its feedback channel', () => {
    for (const isp of isps) {
      const desks = isp.contacts.filter((c) => c.role === 'abuse' || c.role === 'postmaster').map((c) => c.value.toLowerCase());
      const feedback = isp.contacts.filter((c) => c.role === 'feedback').map((c) => c.value.toLowerCase());
      expect([isp.id, feedback.filter((value) => desks.includes(value) || /^(abuse|postmaster)@/.test(value))]).toEqual([isp.id, []]);
    }
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

  // Regression (issue 11): "(inferred)" stood in some operator names and not in others.
  it('say inference with a field, never in the operator name', () => {
    for (const server of blockedServers) {
      expect([server.host, /inferred/i.test(server.operator ?? '')]).toEqual([server.host, false]);
      if (server.operatorInferred !== undefined) expect([server.host, server.operator]).toEqual([server.host, expect.any(String)]);
    }
    const inferred = blockedServers.filter((s) => s.operatorInferred === true).map((s) => s.host);
    expect(inferred).toEqual(expect.arrayContaining(['mail.uvz.ru', 'mail2.mil.ru', 'mailrelay.gazprom.ru', 'mx1.gazprombank.ru']));
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
