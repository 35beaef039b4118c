import { domainToUnicode } from '@/lib/address/domain-to-unicode';

describe('domainToUnicode', () => {
  it('decodes Punycode labels for display', () => {
    expect(domainToUnicode('xn--e1afmkfd.xn--p1ai')).toBe('пример.рф');
  });

  it('leaves an ASCII domain as it is', () => {
    expect(domainToUnicode('mail.ru')).toBe('mail.ru');
  });

  it('refuses a label that decodes to capitals, which would show one name and mean another', () => {
    // "ПРИМЕР" encoded with its capitals; UTS #46 would map them to "пример", another label.
    expect(domainToUnicode('xn--h0afmkfd.xn--p1ai')).toBeNull();
  });

  it('refuses a label whose Punycode overflows (RFC 3492 §6.4)', () => {
    expect(domainToUnicode('xn--zzzzzzzzzzzzzzzzzzzzzzzzzz.com')).toBeNull();
  });
});
