import type { BounceFacts } from '@/lib/bounce/types';
import type { SendingServers } from '@/lib/letters/letter-facts';
import type { Letter } from '@/lib/letters/types';

import { readReportedBlocking, readServerMx } from './read-server-mx';

/*
 * What the page needs to write letters, fetched on the visitor's first touch or on submit rather
 * than with the page: the letter pipeline, and the lookups that refine it.
 */

export { composeLetters, senderService } from '@/lib/letters/compose-letters';

/** The bounce reader, fetched only when the user gave a bounce. */
const loadBounceReader = () => import('@/lib/bounce/read-bounce');

/**
 * Only the domain goes to the server: the address, the sender and the letters stay here.
 * Resolves to null when the server could not help, so the letters keep what the page knew.
 */
export async function askServerMx(domain: string, signal: AbortSignal) {
  const response = await fetch(`/api/resolve?domain=${encodeURIComponent(domain)}&only=mx`, {
    headers: { accept: 'application/json' },
    signal,
  });
  if (!response.ok) return null;
  const body: unknown = await response.json();
  const mx = readServerMx(body);
  // The same answer says what the public record holds for these hosts.
  return mx === null ? null : { mx, reportedBlocking: readReportedBlocking(body) };
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * The blocked service's sending servers from its SPF record: public facts about a public service,
 * asked by the service's id alone. Null when the service is not a known one or the server failed.
 */
async function askSendingServers(service: string, signal: AbortSignal): Promise<SendingServers | null> {
  const response = await fetch(`/api/sending-servers?service=${encodeURIComponent(service)}`, {
    headers: { accept: 'application/json' },
    signal,
  });
  if (!response.ok) return null;
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null) return null;
  const { domain, ranges } = body as Record<string, unknown>;
  return typeof domain === 'string' && isStringList(ranges) ? { domain, ranges } : null;
}

export function askSendingServersOf(id: string | null, signal: AbortSignal): Promise<SendingServers | null> {
  return id === null ? Promise.resolve(null) : askSendingServers(id, signal).catch(() => null);
}

export async function readBounceText(bounce: string | undefined): Promise<BounceFacts | null> {
  if (bounce === undefined) return null;
  const { readBounce } = await loadBounceReader();
  return readBounce(bounce);
}

/** Letters are plain data, so their JSON says whether the user would see any difference. */
export function sameLetters(before: Letter[], after: Letter[]): boolean {
  return JSON.stringify(before) === JSON.stringify(after);
}
