import { parse } from 'tldts';

/**
 * True for a name under an ICANN public suffix that is not itself a suffix (bk.ru, mail.zavod.ru).
 * Only such names are ever sent to a resolver: nothing a user types can make the server query
 * `localhost`, an internal zone or a private suffix.
 */
export function isPublicDomain(name: string): boolean {
  const parsed = parse(name, { allowPrivateDomains: false });
  return parsed.isIcann === true && parsed.isIp === false && parsed.domain !== null && parsed.hostname === name;
}
