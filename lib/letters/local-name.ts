import type { Locale } from '@/lib/i18n/locales';

/** A company's names: its Latin brand, and its Russian one where the data has it. */
export interface CompanyNames {
  name: string;
  nameRu?: string;
}

/**
 * The company's name as a reader of `language` knows it: a Russian letter says «Яндекс Почта» and
 * «МТС»; every other language says the Latin brand, which the companies use abroad themselves.
 */
export function localName(company: CompanyNames, language: Locale | undefined): string {
  return language === 'ru' ? (company.nameRu ?? company.name) : company.name;
}
