import { negotiateLocale } from '@/lib/i18n/negotiate-locale';

describe('negotiateLocale', () => {
  it.each([
    [null, 'en'],
    ['', 'en'],
    ['fr', 'fr'],
    ['ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7', 'ru'],
    ['fr-CA', 'fr'],
    ['ja,de;q=0.5', 'de'],
    ['en;q=0.2,nl;q=0.9', 'nl'],
    ['es;q=0.8,fr;q=0.8', 'es'],
    ['*', 'en'],
    ['ru;q=0,fr;q=0.1', 'fr'],
    ['zh-Hans, ;q=, garbage;;', 'en'],
  ])('reads %p as %p', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
