import type { AbuseTarget } from './abuse-targets';
import type { CheckResult } from './types';

export type AbuseOutcome = { ok: true; contacts: string[] } | { ok: false; reason: string };

/**
 * RIPE's abuse mailboxes for a network against the record's: they agree when RIPE names one the
 * record has (or both name none). A network no record owns is reported, not judged.
 */
export function compareAbuse(target: AbuseTarget, outcome: AbuseOutcome): CheckResult {
  const base = { kind: target.kind, subject: target.subject, recorded: target.recorded ?? [] };
  if (!outcome.ok) return { ...base, status: 'unchecked', found: [], detail: outcome.reason };
  const found = outcome.contacts.map((contact) => contact.toLowerCase());
  if (target.recorded === null) return { ...base, status: 'unrecorded', found, detail: 'no record owns this network' };
  const recorded = target.recorded;
  const agrees = found.length === 0 ? recorded.length === 0 : found.some((contact) => recorded.includes(contact));
  const detail = agrees ? '' : found.length === 0 ? 'RIPE publishes no abuse mailbox' : `RIPE names ${found.join(', ')}`;
  return { ...base, status: agrees ? 'agrees' : 'differs', found, detail };
}
