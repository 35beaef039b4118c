/**
 * Top-level domains (ASCII form) whose registry or community is Russia, so an address under them
 * counts as Russian. Each is an ICANN suffix in the Public Suffix List that tldts ships (the data
 * test checks it); the IANA root database page names the registry.
 *
 * Left out on purpose: .онлайн and .сайт (CORE Association, Geneva) and .орг (Public Interest
 * Registry, USA) are Cyrillic but open to anyone, run from outside Russia.
 */
export const russianTlds: Record<string, { label: string; why: string; source: string }> = {
  ru: { label: 'ru', why: 'country code of Russia', source: 'https://www.iana.org/domains/root/db/ru.html' },
  su: { label: 'su', why: 'Soviet Union code, run by the Russian Institute for Public Networks', source: 'https://www.iana.org/domains/root/db/su.html' },
  'xn--p1ai': { label: 'рф', why: 'Cyrillic country code of Russia', source: 'https://www.iana.org/domains/root/db/xn--p1ai.html' },
  moscow: { label: 'moscow', why: 'city TLD of Moscow (FAITID)', source: 'https://www.iana.org/domains/root/db/moscow.html' },
  'xn--80adxhks': { label: 'москва', why: 'Cyrillic city TLD of Moscow (FAITID)', source: 'https://www.iana.org/domains/root/db/xn--80adxhks.html' },
  tatar: { label: 'tatar', why: 'TLD of the Republic of Tatarstan', source: 'https://www.iana.org/domains/root/db/tatar.html' },
  'xn--p1acf': { label: 'рус', why: 'TLD for the Russian-language community (Rusnames)', source: 'https://www.iana.org/domains/root/db/xn--p1acf.html' },
  'xn--d1acj3b': { label: 'дети', why: 'run by the Moscow foundation "The Smart Internet"', source: 'https://www.iana.org/domains/root/db/xn--d1acj3b.html' },
};
