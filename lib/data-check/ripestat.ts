import { z } from 'zod';

/**
 * The part of RIPEstat's abuse-contact-finder answer we read (https://stat.ripe.net/docs/data_api,
 * data call version 2.1): `{ status: "ok", status_code: 200, data: { abuse_contacts: [...],
 * authoritative_rir, parameters: { resource } }, ... }`.
 */
const abuseContactFinderSchema = z.object({
  status: z.literal('ok'),
  data: z.object({ abuse_contacts: z.array(z.string()) }),
});

/** Identifies our calls to RIPEstat, as its rules of usage ask of regular users. */
const sourceApp = 'unblock-mail-data-check';

/**
 * The abuse mailboxes RIPEstat gives for an AS (`AS8359`) or an IP address. Rejects on any
 * failure (no answer in time, an HTTP error, an answer of another shape) with a reason to print.
 */
export async function fetchAbuseContacts(baseUrl: string, resource: string, signal: AbortSignal): Promise<string[]> {
  const url = new URL(`${baseUrl}/data/abuse-contact-finder/data.json`);
  url.searchParams.set('resource', resource);
  url.searchParams.set('sourceapp', sourceApp);
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`RIPEstat answered HTTP ${response.status}`);
  const parsed = abuseContactFinderSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error('RIPEstat answered in a shape this check does not know');
  return parsed.data.data.abuse_contacts;
}
