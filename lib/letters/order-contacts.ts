import type { Contact } from '@/lib/data/schema';

// A postmaster mailbox exists to hear about delivery problems (RFC 5321 §4.5.1); abuse desks
// (RFC 2142 §4) read them next; support desks answer users rather than other mail operators.
const roleRank: Record<Contact['role'], number> = { postmaster: 0, abuse: 1, support: 2, general: 3, form: 4 };
const confidenceRank: Record<Contact['confidence'], number> = { high: 0, medium: 1, low: 2 };

/**
 * The contacts in the order a letter uses them: mailboxes before web forms, then by how useful the
 * role is for a delivery problem, then by confidence. Stable, so the data's own order breaks ties.
 */
export function orderContacts(contacts: readonly Contact[]): Contact[] {
  return [...contacts].sort(
    (a, b) =>
      Number(a.kind !== 'email') - Number(b.kind !== 'email') ||
      roleRank[a.role] - roleRank[b.role] ||
      confidenceRank[a.confidence] - confidenceRank[b.confidence],
  );
}
