import { researchDate } from '@/lib/data/data-date';
import type { Contact } from '@/lib/data/schema';
import { sources } from '@/lib/data/sources';

/**
 * The RFCs' dates. The RFC Editor dates an RFC by its month (RFC 5321: October 2008; RFC 2142:
 * May 1997); the first of that month stands for it.
 */
const rfcDate = { postmaster: '2008-10-01', abuse: '1997-05-01' } as const;

/**
 * A role mailbox at the recipient's own domain. `postmaster` is one every SMTP server must accept
 * (RFC 5321 §4.5.1); `abuse` is the RFC 2142 §4 mailbox for inappropriate public behaviour. They
 * rest on the standards, not on the domain's documentation: hence medium confidence.
 */
export function roleMailboxContact(role: 'postmaster' | 'abuse', domain: string): Contact {
  return {
    kind: 'email',
    value: `${role}@${domain}`,
    role,
    source: role === 'postmaster' ? sources.rfc5321Postmaster : sources.rfc2142,
    evidenceDate: rfcDate[role],
    reviewed: researchDate,
    confidence: 'medium',
  };
}
