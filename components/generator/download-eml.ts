import type { EmlFields } from '@/lib/handoff/eml';
import { letterDraft } from '@/lib/handoff/deliver-letter';
import type { Letter } from '@/lib/letters/types';

/**
 * Builds the letter's .eml draft in the browser and saves it: the letter never goes to the
 * server. Imported on the first download only, with React Email's renderer behind it.
 */
export async function downloadEml(letter: Letter, from?: EmlFields['from']): Promise<void> {
  const { eml } = await letterDraft(letter, from);
  const url = URL.createObjectURL(new Blob([eml], { type: 'message/rfc822' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `letter-${letter.id}.eml`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
