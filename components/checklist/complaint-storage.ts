import { readComplaints, writeComplaints, type Complaint } from '@/lib/checklist/complaints';
import { complaintsKey } from '@/lib/checklist/storage-key';

/*
 * The complaints in localStorage, and never an error for the user: where the browser refuses
 * storage (disabled, a private mode that throws, the quota full), the page works as it did before
 * it remembered anything, and says nothing of storage.
 */

/** localStorage, or null where even reaching it throws (storage disabled for the site). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The complaints stored, newest first, or null when storage cannot be read or holds another
 * version's list: either way the page neither shows nor writes anything of storage.
 */
export function loadComplaints(): Complaint[] | null {
  const store = storage();
  if (store === null) return null;
  try {
    return readComplaints(store.getItem(complaintsKey));
  } catch {
    return null;
  }
}

/**
 * Replaces what is stored with `change(stored)`; an empty list removes the key, so that nothing is
 * left behind. False when the browser refused to read or write.
 */
export function updateComplaints(change: (complaints: Complaint[]) => Complaint[]): boolean {
  const store = storage();
  const stored = loadComplaints();
  if (store === null || stored === null) return false;
  try {
    const complaints = change(stored);
    if (complaints.length === 0) store.removeItem(complaintsKey);
    else store.setItem(complaintsKey, writeComplaints(complaints));
    return true;
  } catch {
    return false;
  }
}
