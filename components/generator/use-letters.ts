import { useCallback, useEffect, useRef, useState } from 'react';

import type { BounceFacts } from '@/lib/bounce/types';
import type { Locale } from '@/lib/i18n/locales';
import type { ComposedLetters, LookupResults } from '@/lib/letters/compose-letters';
import type { SendingServers } from '@/lib/letters/letter-facts';
import type { LetterRequest } from '@/lib/letters/letter-request-schema';
import type { Letter } from '@/lib/letters/types';

import { readReportedBlocking, readServerMx } from './read-server-mx';

export interface LettersOutcome extends ComposedLetters {
  request: LetterRequest;
  /** Where the server's DNS answer stands: the letters are already there in every case. */
  refinement: 'pending' | 'done' | 'failed';
  /** True when the server's answer rewrote letters the user may already have read or copied. */
  updated: boolean;
}

/** The letter engine, split from the first load; fetched on the visitor's first touch or on submit. */
export const loadEngine = () => import('@/lib/letters/compose-letters');

/** The bounce reader, fetched only when the user gave a bounce. */
const loadBounceReader = () => import('@/lib/bounce/read-bounce');

/**
 * Only the domain goes to the server: the address, the sender and the letters stay here.
 * Resolves to null when the server could not help, so the letters keep what the page knew.
 */
async function askServerMx(domain: string, signal: AbortSignal) {
  const response = await fetch(`/api/resolve?domain=${encodeURIComponent(domain)}&only=mx`, {
    headers: { accept: 'application/json' },
    signal,
  });
  if (!response.ok) return null;
  const body: unknown = await response.json();
  const mx = readServerMx(body);
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

function askSendingServersOf(id: string | null, signal: AbortSignal): Promise<SendingServers | null> {
  return id === null ? Promise.resolve(null) : askSendingServers(id, signal).catch(() => null);
}

async function readBounceText(bounce: string | undefined): Promise<BounceFacts | null> {
  if (bounce === undefined) return null;
  const { readBounce } = await loadBounceReader();
  return readBounce(bounce);
}

/** Letters are plain data, so their JSON says whether the user would see any difference. */
function sameLetters(before: Letter[], after: Letter[]): boolean {
  return JSON.stringify(before) === JSON.stringify(after);
}

/**
 * Generates the letters at once from what the browser knows (the bounce is read here too), then
 * refines them with what the server's DNS says: the recipient's MX hosts and the service's SPF
 * ranges. A newer request cancels an older one's refinement, so a late answer never replaces the
 * letters of a later address.
 */
export function useLetters(locale: Locale) {
  const [outcome, setOutcome] = useState<LettersOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const current = useRef<AbortController | null>(null);

  useEffect(() => () => current.current?.abort(), []);

  const generate = useCallback(
    async (request: LetterRequest) => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      setBusy(true);
      const [{ composeLetters, senderService }, bounce] = await Promise.all([loadEngine(), readBounceText(request.bounce)]);
      setBusy(false);
      if (controller.signal.aborted) return;
      const known: LookupResults = { bounce };
      const first = composeLetters(request, locale, known);
      setOutcome({ request, ...first, refinement: 'pending', updated: false });

      const [server, sendingServers] = await Promise.all([
        askServerMx(request.recipient.domain, controller.signal).catch(() => null),
        // A name the user typed is theirs: only a known service's id is ever sent.
        askSendingServersOf(senderService(request.senderService).id, controller.signal),
      ]);
      if (controller.signal.aborted) return;
      if (!server) {
        const partial = composeLetters(request, locale, { ...known, sendingServers });
        setOutcome({ request, ...partial, refinement: 'failed', updated: !sameLetters(first.letters, partial.letters) });
        return;
      }
      const refined = composeLetters(request, locale, { ...known, ...server, sendingServers });
      setOutcome({ request, ...refined, refinement: 'done', updated: !sameLetters(first.letters, refined.letters) });
    },
    [locale],
  );

  return { outcome, busy, generate };
}
