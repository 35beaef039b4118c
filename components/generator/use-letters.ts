import { useCallback, useEffect, useRef, useState } from 'react';

import type { Locale } from '@/lib/i18n/locales';
import type { ComposedLetters, LookupResults } from '@/lib/letters/compose-letters';
import type { LetterRequest } from '@/lib/letters/letter-request-schema';

export interface LettersOutcome extends ComposedLetters {
  request: LetterRequest;
  /** Where the server's DNS answer stands: the letters are already there in every case. */
  refinement: 'pending' | 'done' | 'failed';
  /** True when the server's answer rewrote letters the user may already have read or copied. */
  updated: boolean;
}

/** The letter engine and its lookups, split from the first load; fetched on the visitor's first touch or on submit. */
export const loadEngine = () => import('./letter-engine');

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
      const engine = await loadEngine();
      const { composeLetters, senderService, sameLetters } = engine;
      const bounce = await engine.readBounceText(request.bounce);
      setBusy(false);
      if (controller.signal.aborted) return;
      const known: LookupResults = { bounce };
      const first = composeLetters(request, locale, known);
      setOutcome({ request, ...first, refinement: 'pending', updated: false });

      const [server, sendingServers] = await Promise.all([
        engine.askServerMx(request.recipient.domain, controller.signal).catch(() => null),
        // A name the user typed is theirs: only a known service's id is ever sent.
        engine.askSendingServersOf(senderService(request.senderService).id, controller.signal),
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
