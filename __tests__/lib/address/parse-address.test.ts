import { parseAddress } from '@/lib/address/parse-address';
import { addressErrorCodes, type AddressErrorCode, type ParsedAddress } from '@/lib/address/types';

const longLocal = 'a'.repeat(64);
// 64 + "@" + 189 = 254 octets, the most an address may hold.
const longestDomain = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(58)}.ru`;
const tooLongDomain = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(59)}.ru`;

describe('parseAddress accepts and normalises', () => {
  const accepted: Array<[string, string, Partial<ParsedAddress>]> = [
    ['an IDN domain, converted to Punycode with its Unicode form kept', 'ivan@пример.рф', {
      address: 'ivan@xn--e1afmkfd.xn--p1ai',
      local: 'ivan',
      domain: 'xn--e1afmkfd.xn--p1ai',
      domainUnicode: 'пример.рф',
      display: 'ivan@пример.рф',
    }],
    ['an upper-case IDN domain, lower-cased', 'ivan@ПРИМЕР.РФ', { domain: 'xn--e1afmkfd.xn--p1ai' }],
    ['Punycode as typed, shown in Unicode', 'ivan@xn--e1afmkfd.xn--p1ai', {
      address: 'ivan@xn--e1afmkfd.xn--p1ai',
      domainUnicode: 'пример.рф',
    }],
    ['upper-case Punycode, lower-cased', 'ivan@XN--E1AFMKFD.XN--P1AI', { domain: 'xn--e1afmkfd.xn--p1ai' }],
    ['a domain in upper case, keeping the local part as typed', 'Olga@BK.RU', {
      address: 'Olga@bk.ru',
      local: 'Olga',
      domain: 'bk.ru',
      domainUnicode: 'bk.ru',
      display: 'Olga@bk.ru',
    }],
    ['a plus-tag, kept', 'olga+unblock@mail.ru', { address: 'olga+unblock@mail.ru', local: 'olga+unblock' }],
    ['surrounding white space, trimmed', ' \t olga@mail.ru \u00a0', { address: 'olga@mail.ru' }],
    ['a city TLD in Cyrillic', 'info@почта.москва', { domain: 'xn--80a1acny.xn--80adxhks', domainUnicode: 'почта.москва' }],
    ['full-width letters in the domain, mapped by UTS #46', 'olga@ｍａｉｌ.ru', { address: 'olga@mail.ru' }],
    ['an ideographic full stop, read as a dot', 'olga@mail。ru', { address: 'olga@mail.ru' }],
    ['"ß", kept as IDNA 2008 does (non-transitional)', 'hans@faß.de', { domain: 'xn--fa-hia.de', domainUnicode: 'faß.de' }],
    ['a subdomain', 'press@mailrelay.gazprom.ru', { domain: 'mailrelay.gazprom.ru' }],
    ['atext that is safe in a mailto link', "o'brien!*$=^_`{|}~/-@example.ie", { local: "o'brien!*$=^_`{|}~/-" }],
    ['a quoted local part with a space', '"john doe"@example.com', { address: '"john doe"@example.com', local: '"john doe"' }],
    ['a quoted local part holding mailto delimiters, which hand-off encodes', '"a?c&d#e f"@example.com', { local: '"a?c&d#e f"' }],
    ['a local part of 64 octets', `${longLocal}@mail.ru`, { local: longLocal }],
    ['an address of 254 octets', `${longLocal}@${longestDomain}`, { domain: longestDomain }],
  ];

  it.each(accepted)('accepts %s', (_why, input, expected) => {
    const result = parseAddress(input);
    expect(result).toEqual({ ok: true, value: expect.objectContaining(expected) });
  });
});

describe('parseAddress refuses, naming the reason', () => {
  const refused: Array<[AddressErrorCode, string]> = [
    ['empty', ''],
    ['empty', ' \t '],
    ['no_at', 'olga.bk.ru'],
    ['several_at', 'olga@bk@mail.ru'],
    ['several_at', '"olga"@bk@mail.ru'],
    ['several_at', 'olga@mail.ru,victim@example.com'],
    ['empty_local', '@mail.ru'],
    ['empty_local', '""@mail.ru'],
    ['empty_domain', 'olga@'],
    ['consecutive_dots', 'olga..p@mail.ru'],
    ['consecutive_dots', 'olga@mail..ru'],
    ['bad_dot', '.olga@mail.ru'],
    ['bad_dot', 'olga.@mail.ru'],
    ['bad_label', 'olga@-mail.ru'],
    ['bad_label', 'olga@mail-.ru'],
    ['bad_label', 'olga@.mail.ru'],
    ['bad_label', 'olga@mail.ru.'],
    ['bad_label', `olga@${'a'.repeat(64)}.ru`],
    ['space', 'olga petrova@mail.ru'],
    ['space', 'Olga <olga@mail.ru>'],
    ['space', 'olga@mail .ru'],
    ['space', 'olga\u00a0p@mail.ru'],
    ['control_char', 'olga\u0000@mail.ru'],
    ['control_char', 'olga@mail.ru\u0007'],
    ['control_char', 'olga\u0085@mail.ru'],
    ['control_char', '"olga\u007f"@mail.ru'],
    ['line_break', 'olga@mail.ru\r\nBcc: victim@example.com'],
    ['line_break', 'olga@mail.ru\n'],
    ['line_break', '\rolga@mail.ru'],
    ['line_break', '"olga\nbcc"@mail.ru'],
    ['line_break', 'olga@mail.ru\u2028'],
    ['unsafe_char', 'olga?cc=victim@mail.ru'],
    ['unsafe_char', 'a&b@mail.ru'],
    ['unsafe_char', 'a#b@mail.ru'],
    ['unsafe_char', 'a%0d@mail.ru'],
    ['unsafe_char', '<olga@mail.ru>'],
    ['unsafe_char', 'a,b@mail.ru'],
    ['unsafe_char', 'a;b@mail.ru'],
    ['unsafe_char', 'a:b@mail.ru'],
    ['unsafe_char', 'a"b@mail.ru'],
    ['unsafe_char', '(comment)olga@mail.ru'],
    ['unsafe_char', 'a\\b@mail.ru'],
    ['unsafe_char', '"unclosed@mail.ru'],
    ['unsafe_char', '"olga"x@mail.ru'],
    // Inside quotes: anything a client could split into two recipients or unescape into another.
    ['unsafe_char', '"a@b"@example.com'],
    ['unsafe_char', '"a,b"@example.com'],
    ['unsafe_char', '"a\\"b"@example.com'],
    ['unsafe_char', '" olga"@mail.ru'],
    // Regression: an RFC 2047 encoded-word between quotes passed the parser and made the hand-off
    // builders throw, a 500 from POST /api/letters and a crashed results page.
    ['unsafe_char', '"=?utf-8?q?x?="@mail.ru'],
    ['unsafe_char', '"a =?utf-8?b?YQ==?= b"@x.com'],
    ['unsafe_char', 'olga@mail.ru?subject=x'],
    ['unsafe_char', 'olga@mail.ru#x'],
    ['unsafe_char', 'olga@mail.ru,victim.ru'],
    ['unsafe_char', 'olga@mail%2eru'],
    ['bad_domain_char', 'olga@mail_box.ru'],
    ['bad_domain_char', 'olga@mail/box.ru'],
    ['bad_domain_char', 'olga@mail／box.ru'],
    ['bad_domain_char', 'olga@xn--abc.ru'],
    // "ПРИМЕР" encoded with its capitals: it would show one name and be sent to another.
    ['bad_domain_char', 'ivan@xn--h0afmkfd.xn--p1ai'],
    ['ip_literal', 'olga@[192.0.2.1]'],
    ['ip_literal', 'olga@[IPv6:2001:db8::1]'],
    ['ip_literal', 'olga@192.0.2.1'],
    ['ip_literal', 'olga@0x7f.1'],
    ['single_label', 'olga@localhost'],
    ['single_label', 'test@io'],
    ['not_icann', 'olga@example.invalid'],
    ['not_icann', 'olga@printer.local'],
    ['not_icann', 'olga@iana.123'],
    ['not_icann', 'olga@co.uk'],
    ['local_too_long', `${longLocal}a@mail.ru`],
    ['too_long', `${longLocal}@${tooLongDomain}`],
    ['too_long', `olga@${'пример.'.repeat(200)}рф`],
    ['non_ascii_local', 'иван@пример.рф'],
    ['non_ascii_local', '"иван"@mail.ru'],
    ['non_ascii_local', 'ｏｌｇａ@mail.ru'],
  ];

  it.each(refused)('refuses with %s: %j', (code, input) => {
    expect(parseAddress(input)).toEqual({ ok: false, code });
  });

  it('has a case above for every error code', () => {
    expect(new Set(refused.map(([code]) => code))).toEqual(new Set(addressErrorCodes));
  });
});
