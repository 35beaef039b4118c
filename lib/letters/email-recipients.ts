import type { Contact } from '@/lib/data/schema';

/**
 * The mailboxes to put in `To`, in the order given, each once: two records may name the same
 * mailbox in different case. Comparing whole addresses without case is safe for the role
 * mailboxes the data holds (`postmaster` is case-insensitive by RFC 5321 §4.5.1).
 */
export function emailRecipients(contacts: readonly Contact[]): string[] {
  const seen = new Set<string>();
  const recipients: string[] = [];
  for (const contact of contacts) {
    const key = contact.value.toLowerCase();
    if (contact.kind !== 'email' || seen.has(key)) continue;
    seen.add(key);
    recipients.push(contact.value);
  }
  return recipients;
}
