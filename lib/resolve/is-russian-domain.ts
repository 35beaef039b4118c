import { russianTlds } from '@/lib/data/russian-tlds';

/** Whether the ASCII domain sits under a Russian top-level domain (lib/data/russian-tlds.ts). */
export function isRussianDomain(domain: string): boolean {
  const tld = domain.toLowerCase().replace(/\.$/, '').split('.').pop() ?? '';
  return Object.hasOwn(russianTlds, tld);
}
