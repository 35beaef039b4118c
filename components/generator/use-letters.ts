import { useCallback, useEffect, useRef, useState } from 'react';

import type { Locale } from '@/lib/i18n/locales';
import type { LetterRequest } from '@/lib/letters/letter-request-schema';
import type { Letter } from '@/lib/letters/types';
import type { Resolution } from '@/lib/resolve/types';

import { readServerMx } from './read-server-mx';

export interface LettersOutcome {
  request: LetterRequest;
  resolution: Resolution;
  letters: Letter[];
  /** Where the server's DNS answer stands: the letters are already there in every case. */
  refinement: 'pending' | 'done' | 'failed';
  /** True when the server's answer rewrote letters the user may already have read or copied. */
  updated: boolean;
}

/** The letter engine, split from the first load; fetched on the visitor's first touch or on submit. */
export const loadEngine = () => import('./compose-letters');

/**
 * Only the domain goes to the server: the address, the sender and the letters stay here.
 * Resolves to null when the server could not help, so the letters keep what the page knew.
 */
async function askServer(domain: string, signal: AbortSignal) {
  const response = await fetch(`/api/resolve?domain=${encodeURIComponent(domain)}&only=mx`, {
    headers: { accept: 'application/json' },
    signal,
  });
  return response.ok ? readServerMx(await response.json()) : null;
}

/** Letters are plain data, so their JSON says whether the user would see any difference. */
function sameLetters(before: Letter[], after: Letter[]): boolean {
  return JSON.stringify(before) === JSON.stringify(after);
}

/**
 * Generates the letters at once from what the browser knows, then refines them with the server's
 * MX answer. A newer request cancels an older one's refinement, so a late answer never replaces
 * the letters of a later address.
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
      const { composeLetters } = await loadEngine();
      setBusy(false);
      if (controller.signal.aborted) return;
      const first = composeLetters(request, locale);
      setOutcome({ request, ...first, refinement: 'pending', updated: false });

      const server = await askServer(request.recipient.domain, controller.signal).catch(() => null);
      if (controller.signal.aborted) return;
      if (!server) {
        setOutcome((previous) => (previous ? { ...previous, refinement: 'failed' } : previous));
        return;
      }
      const refined = composeLetters(request, locale, server);
      setOutcome({ request, ...refined, refinement: 'done', updated: !sameLetters(first.letters, refined.letters) });
    },
    [locale],
  );

  return { outcome, busy, generate };
}
