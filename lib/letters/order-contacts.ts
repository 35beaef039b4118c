import type { Contact, ContactRole } from '@/lib/data/schema';

/** A registrar's abuse desk acts on domain names, not on mail: no letter goes to it (issue 11). */
type LetterRole = Exclude<ContactRole, 'registrar-abuse'>;

// A postmaster mailbox exists to hear about delivery problems (RFC 5321 §4.5.1); abuse desks
// (RFC 2142 §4) read them next; support desks answer users rather than other mail operators.
const roleRank: Record<LetterRole, number> = { postmaster: 0, abuse: 1, support: 2, general: 3, feedback: 4, form: 5 };
const confidenceRank: Record<Contact['confidence'], number> = { high: 0, medium: 1, low: 2 };

const forLetters = (contact: Contact): contact is Contact & { role: LetterRole } => contact.role !== 'registrar-abuse';

/**
 * The contacts a letter uses, in its order: mailboxes before web forms, then by how useful the
 * role is for a delivery problem, then by confidence. Stable, so the data's own order breaks ties.
 * Registrar abuse desks are left out, so they reach neither `to` nor the contacts a card shows.
 */
export function orderContacts(contacts: readonly Contact[]): Contact[] {
  return contacts
    .filter(forLetters)
    .sort(
      (a, b) =>
        Number(a.kind !== 'email') - Number(b.kind !== 'email') ||
        roleRank[a.role] - roleRank[b.role] ||
        confidenceRank[a.confidence] - confidenceRank[b.confidence],
    );
}
