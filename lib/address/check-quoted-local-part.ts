import { CONTROL_CHAR, ENCODED_WORD, NON_ASCII } from './characters';
import type { AddressErrorCode } from './types';

/**
 * What we accept between the quotes: words of RFC 5322 atext (dots included) separated by single
 * runs of spaces — the reason people quote a local part (`"john doe"`). RFC 5321 §4.1.2 allows
 * more (`,`, `@`, `"`, backslash pairs, spaces at the ends), but each of those lets a mail client
 * or a webmail `to=` read one address as two, or trim it into another mailbox, so lib/handoff
 * refuses them; refusing them here keeps every accepted address one that can be handed off.
 */
const SAFE_QUOTED = /^"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+(?: +[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+)*"$/;

/** Checks a local part written as a quoted string, e.g. `"john doe"`; null when it is accepted. */
export function checkQuotedLocalPart(local: string): AddressErrorCode | null {
  if (local === '""') return 'empty_local';
  // A quote closed before the "@" we split at means the address was split at the wrong "@".
  if (/^"[^"]*"@/.test(local)) return 'several_at';
  const inner = local.slice(1, -1);
  if (CONTROL_CHAR.test(inner) || inner.includes('\t')) return 'control_char';
  if (NON_ASCII.test(inner)) return 'non_ascii_local';
  return SAFE_QUOTED.test(local) && !ENCODED_WORD.test(inner) ? null : 'unsafe_char';
}
