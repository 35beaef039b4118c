import fc from 'fast-check';

import { parseAddress } from '@/lib/address/parse-address';
import type { ParsedAddress } from '@/lib/address/types';
import { blockedServers } from '@/lib/data/blocked-servers';
import { isps } from '@/lib/data/isps';
import { resolveRecipient } from '@/lib/resolve/resolve-recipient';
import type { MxAddress, MxHost, Resolution } from '@/lib/resolve/types';

function parsed(input: string): ParsedAddress {
  const result = parseAddress(input);
  if (!result.ok) throw new Error(`test address refused: ${input} (${result.code})`);
  return result.value;
}

const network = (country: string | null, asn: number | null = null, operator: string | null = null): MxAddress => ({
  ip: '192.0.2.10',
  asn,
  operator,
  country,
});

const mxHost = (host: string, preference = 10, addresses: MxAddress[] = []): MxHost => ({ host, preference, addresses });

const contactValues = (r: Resolution) => r.provider.contacts.map((c) => c.value);
const ispIds = (r: Resolution) => r.isps.map((i) => i.id);
const allIspIds = isps.map((i) => i.id);

describe('resolveRecipient', () => {
  it('gives Olga@BK.RU to Mail.ru, with the ISPs and mxs.mail.ru', () => {
    const r = resolveRecipient(parsed('Olga@BK.RU'));
    expect(r.domain).toBe('bk.ru');
    expect(r.address).toBe('Olga@bk.ru');
    expect(r.provider).toMatchObject({ id: 'mailru', name: 'Mail.ru', via: 'domain' });
    expect(contactValues(r)).toContain('abuse@corp.mail.ru');
    expect(ispIds(r)).toEqual(expect.arrayContaining(['mts', 'megafon', 'rostelecom']));
    expect(r.blockedServers).toContain('mxs.mail.ru');
    expect(r.blockedServers).not.toContain('emx.mail.ru');
    expect(r.russia).toEqual({ yes: true, why: ['tld', 'provider'] });
  });

  it.each(['mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'internet.ru'])(
    'meets mxs.mail.ru for any Mail.ru consumer address (@%s)',
    (domain) => {
      expect(resolveRecipient(parsed(`ivan@${domain}`)).blockedServers).toEqual(['mxs.mail.ru']);
    },
  );

  it('lists no blocked server for a Yandex address, since mx.yandex.ru is not in the announcement', () => {
    const r = resolveRecipient(parsed('anna@yandex.kz'));
    expect(r.provider).toMatchObject({ id: 'yandex', via: 'domain' });
    expect(r.blockedServers).toEqual([]);
    expect(r.russia.why).toEqual(['provider']);
    expect(ispIds(r)).toEqual(allIspIds);
  });

  it.each([
    ['press@gazprom.ru', ['mailrelay.gazprom.ru']],
    ['info@gazprombank.ru', ['mx1.gazprombank.ru', 'mx2.gazprombank.ru']],
    ['office@belbriz.ru', ['belbriz.ru']],
    ['staff@appl.sci-nnov.ru', ['mailsrv-2.appl.sci-nnov.ru']],
    ['someone@example.ru', []],
  ])('reports the organisation’s own blocked servers for %s', (address, expected) => {
    expect(resolveRecipient(parsed(address)).blockedServers).toEqual(expected);
  });

  it('gives press@gazprom.ru its own domain as provider, with the RFC mailboxes', () => {
    const r = resolveRecipient(parsed('press@gazprom.ru'));
    expect(r.provider).toMatchObject({ id: 'self', name: 'gazprom.ru', via: 'self' });
    expect(contactValues(r)).toEqual(['postmaster@gazprom.ru', 'abuse@gazprom.ru']);
    expect(r.russia).toEqual({ yes: true, why: ['tld'] });
  });

  it.each([
    ['ivan@пример.рф', 'xn--e1afmkfd.xn--p1ai'],
    ['ivan@почта.москва', 'xn--80a1acny.xn--80adxhks'],
    ['ivan@example.su', 'example.su'],
    ['ivan@example.tatar', 'example.tatar'],
  ])('counts %s as Russian by its TLD', (address, domain) => {
    const r = resolveRecipient(parsed(address));
    expect(r.domain).toBe(domain);
    expect(r.russia).toEqual({ yes: true, why: ['tld'] });
    expect(ispIds(r)).toEqual(allIspIds);
  });

  it('names an unknown domain’s own provider in Unicode, with mailboxes in ASCII', () => {
    const r = resolveRecipient(parsed('ivan@пример.рф'));
    expect(r.provider.name).toBe('пример.рф');
    expect(r.domainUnicode).toBe('пример.рф');
    expect(contactValues(r)).toEqual(['postmaster@xn--e1afmkfd.xn--p1ai', 'abuse@xn--e1afmkfd.xn--p1ai']);
  });

  it('gives an unknown .com with no MX a provider of its own and no ISPs', () => {
    const r = resolveRecipient(parsed('jane@unknown-company.com'), null);
    expect(r.provider).toMatchObject({ id: 'self', name: 'unknown-company.com', via: 'self' });
    expect(r.provider.contacts).toEqual([
      expect.objectContaining({
        value: 'postmaster@unknown-company.com',
        role: 'postmaster',
        source: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.1',
        confidence: 'medium',
      }),
      expect.objectContaining({
        value: 'abuse@unknown-company.com',
        role: 'abuse',
        source: 'https://www.rfc-editor.org/rfc/rfc2142',
      }),
    ]);
    expect(r.isps).toEqual([]);
    expect(r.russia).toEqual({ yes: false, why: [] });
    expect(r.blockedServers).toEqual([]);
    expect(r.mx).toBeNull();
  });

  it('finds Mail.ru for Business by an emx.mail.ru MX, adding the domain’s own postmaster', () => {
    const r = resolveRecipient(parsed('director@romashka-invented.ru'), [
      mxHost('emx.mail.ru', 10, [network('RU', 47764, 'LLC VK')]),
    ]);
    expect(r.provider).toMatchObject({ id: 'mailru-business', via: 'mx', mxHost: 'emx.mail.ru' });
    expect(contactValues(r)).toEqual(['abuse@corp.mail.ru', 'postmaster@romashka-invented.ru']);
    expect(r.blockedServers).toEqual(['emx.mail.ru']);
    expect(r.russia).toEqual({ yes: true, why: ['tld', 'provider', 'mx-network'] });
  });

  it.each([
    ['mx01.nicmail.ru', 'nicru', ['mx01.nicmail.ru']],
    ['mx02.nicmail.ru', 'nicru', []],
    ['mx2.hosting.reg.ru', 'regru', []],
    ['mx1.beget.com', 'beget', []],
    ['mx.yandex.net', 'yandex-360', []],
    ['mail-s30.1gb.ru', '1gb', ['mail-s30.1gb.ru']],
  ])('finds the hosting provider behind MX %s', (host, id, blocked) => {
    const r = resolveRecipient(parsed('team@some-company.com'), [mxHost(host)]);
    expect(r.provider).toMatchObject({ id, via: 'mx', mxHost: host });
    expect(contactValues(r)).toContain('postmaster@some-company.com');
    expect(r.blockedServers).toEqual(blocked);
    expect(r.russia.why).toEqual(['provider']);
  });

  it('tries MX hosts in preference order', () => {
    const r = resolveRecipient(parsed('a@some-company.com'), [mxHost('mx2.beget.com', 20), mxHost('mx01.nicmail.ru', 5)]);
    expect(r.provider).toMatchObject({ id: 'nicru', mxHost: 'mx01.nicmail.ru' });
  });

  it('counts a .com whose MX sits on a Russian network as Russian', () => {
    const r = resolveRecipient(parsed('a@self-hosted.com'), [mxHost('mail.self-hosted.com', 10, [network('RU', 12389, 'PJSC Rostelecom')])]);
    expect(r.provider).toMatchObject({ id: 'self', via: 'self' });
    expect(r.russia).toEqual({ yes: true, why: ['mx-network'] });
    expect(ispIds(r)).toEqual(allIspIds);
  });

  it('keeps a .com whose MX sits elsewhere out of Russia', () => {
    const r = resolveRecipient(parsed('a@self-hosted.com'), [mxHost('mail.self-hosted.com', 10, [network('DE'), network(null)])]);
    expect(r.russia).toEqual({ yes: false, why: [] });
    expect(r.isps).toEqual([]);
  });

  it('keeps ukr.net out of Russia: its provider, no ISPs', () => {
    const r = resolveRecipient(parsed('olena@ukr.net'));
    expect(r.provider).toMatchObject({ id: 'ukrnet', via: 'domain' });
    expect(r.russia).toEqual({ yes: false, why: [] });
    expect(r.isps).toEqual([]);
    expect(r.blockedServers).toEqual([]);
  });

  it('keeps the consumer provider even when DNS names another MX', () => {
    const r = resolveRecipient(parsed('ivan@bk.ru'), [mxHost('mxs.mail.ru')]);
    expect(r.provider).toMatchObject({ id: 'mailru', via: 'domain' });
    expect(r.blockedServers).toEqual(['mxs.mail.ru']);
  });

  it('reports any MX host that is in the announcement, whatever the domain', () => {
    const r = resolveRecipient(parsed('a@partner.example.org'), [mxHost('mailrelay.gazprom.ru')]);
    expect(r.blockedServers).toEqual(['mailrelay.gazprom.ru']);
  });

  it('passes mx through only when it was given', () => {
    const hosts = [mxHost('emx.mail.ru')];
    expect('mx' in resolveRecipient(parsed('a@bk.ru'))).toBe(false);
    expect(resolveRecipient(parsed('a@bk.ru'), null).mx).toBeNull();
    expect(resolveRecipient(parsed('a@bk.ru'), hosts).mx).toBe(hosts);
    expect('mxStatus' in resolveRecipient(parsed('a@bk.ru'), hosts)).toBe(false);
  });

  it('lists ISPs in data order, and a copy the caller may change', () => {
    const r = resolveRecipient(parsed('a@mail.ru'));
    expect(ispIds(r)).toEqual(allIspIds);
    r.isps.pop();
    expect(resolveRecipient(parsed('a@mail.ru')).isps).toHaveLength(isps.length);
  });

  it('keeps its promises for any MX answer: a provider, ISPs only in Russia, known blocked hosts', () => {
    const knownHosts = new Set(blockedServers.map((s) => s.host));
    const host = fc.oneof(
      fc.constantFrom(...blockedServers.map((s) => s.host), 'mx.yandex.ru', 'mx1.timeweb.ru'),
      fc.domain(),
    );
    const address = fc.record({ ip: fc.ipV4(), asn: fc.option(fc.nat()), operator: fc.constant(null), country: fc.option(fc.constantFrom('RU', 'UA', 'DE')) });
    const mx = fc.option(fc.array(fc.record({ host, preference: fc.nat(100), addresses: fc.array(address, { maxLength: 2 }) }), { maxLength: 4 }));
    const recipient = fc.constantFrom('a@bk.ru', 'a@gazprom.ru', 'a@example.com', 'a@ukr.net', 'a@пример.рф');
    fc.assert(
      fc.property(recipient, mx, (input, hosts) => {
        const r = resolveRecipient(parsed(input), hosts);
        expect(r.provider.contacts.length).toBeGreaterThan(0);
        expect(r.russia.yes).toBe(r.russia.why.length > 0);
        expect(r.isps.length > 0).toBe(r.russia.yes);
        for (const server of r.blockedServers) expect(knownHosts.has(server)).toBe(true);
        expect(new Set(r.blockedServers).size).toBe(r.blockedServers.length);
      }),
    );
  });
});
