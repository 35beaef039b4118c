import type { Contact } from '@/lib/data/schema';
import type { Resolution } from '@/lib/resolve/types';

/** A contact as /api/resolve gives it: the note, the research behind the contact, stays in GET /api/data. */
export type LeanContact = Omit<Contact, 'note'>;

function withoutNote(contact: Contact): LeanContact {
  const lean: LeanContact & { note?: string } = { ...contact };
  delete lean.note;
  return lean;
}

/**
 * A resolution as /api/resolve answers it, without the address (the route writes it first, per
 * request) and without the contacts' notes: a fifth of the bytes, which every caller downloaded
 * and no letter uses. The notes, sources and dates of every record are in GET /api/data.
 */
export function leanResolution(resolution: Resolution) {
  const { address, ...rest } = resolution;
  void address;
  return {
    ...rest,
    provider: { ...resolution.provider, contacts: resolution.provider.contacts.map(withoutNote) },
    isps: resolution.isps.map((isp) => ({ ...isp, contacts: isp.contacts.map(withoutNote) })),
  };
}
