import { matchMxPattern } from '@/lib/resolve/match-mx-pattern';

import type { MxExpectation } from './mx-expectations';
import type { CheckResult } from './types';

/** What DNS said of a domain: its MX hosts (the domain itself for NODATA, none for a null MX), that it does not exist, or nothing. */
export type MxOutcome = { status: 'ok'; hosts: string[] } | { status: 'nxdomain' } | { status: 'failed'; reason: string };

/** One domain's MX against its record: a new host (matching no pattern), a vanished one, or agreement. */
export function compareMx(expectation: MxExpectation, outcome: MxOutcome): CheckResult {
  const base = {
    kind: 'mx' as const,
    subject: `${expectation.domain} (${expectation.record})`,
    recorded: expectation.strict ? expectation.patterns : expectation.required,
  };
  if (outcome.status === 'failed') return { ...base, status: 'unchecked', found: [], detail: `DNS gave no answer (${outcome.reason})` };
  if (outcome.status === 'nxdomain') return { ...base, status: 'differs', found: [], detail: 'the domain does not exist any more (NXDOMAIN)' };
  const { hosts } = outcome;
  const added = expectation.strict ? hosts.filter((host) => !expectation.patterns.some((pattern) => matchMxPattern(pattern, host))) : [];
  const vanished = expectation.required.filter((host) => !hosts.includes(host));
  const details = [
    added.length > 0 ? `new: ${added.join(', ')}` : '',
    vanished.length > 0 ? `vanished: ${vanished.join(', ')}` : '',
    hosts.length === 0 ? 'no MX host (null MX)' : '',
  ].filter((text) => text !== '');
  return { ...base, status: added.length + vanished.length > 0 ? 'differs' : 'agrees', found: hosts, detail: details.join('; ') };
}
