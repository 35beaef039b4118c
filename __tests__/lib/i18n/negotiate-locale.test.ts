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
    // The parameter's name is case-insensitive; a weight over 1 or not a number is no weight.
    ['ru;Q=0.1, de;q=0.5', 'de'],
    ['de;q=0.5, ru;q=1.5', 'de'],
    ['de;q=0.5, ru;q=high', 'de'],
    // The wildcard ranks every language the header does not name: the default first.
    ['*;q=0.5, fr;q=0.1', 'en'],
    ['en;q=0, *;q=0.5, fr;q=0.1', 'ru'], // English refused: the wildcard's first unnamed language outranks fr
    ['ja, *;q=0.1', 'en'],
  ])('reads %p as %p', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
