import type { Locale } from '@/lib/i18n/locales';
import { buildLetters } from '@/lib/letters/build-letters';
import { defaultLetterLanguages } from '@/lib/letters/default-letter-languages';
import type { LetterRequest } from '@/lib/letters/letter-request-schema';
import { senderFacts } from '@/lib/letters/sender-facts';
import type { Letter } from '@/lib/letters/types';
import { resolveRecipient } from '@/lib/resolve/resolve-recipient';
import type { MxLookup, Resolution } from '@/lib/resolve/types';


export interface ComposedLetters {
  resolution: Resolution;
  letters: Letter[];
}

/**
 * The letters for a validated request, written in the browser: first from what the page knows
 * (no `server`), then again once /api/resolve has said what DNS knows. The same request goes in
 * both times, so what the user chose (languages, service, texts) survives the refinement.
 * Loaded on demand: it carries the resolver's data and every language's letter texts.
 */
export function composeLetters(request: LetterRequest, uiLocale: Locale, server?: MxLookup): ComposedLetters {
  const resolved = resolveRecipient(request.recipient, server ? server.mx : undefined);
  const resolution = server ? { ...resolved, mxStatus: server.mxStatus } : resolved;
  const languages = request.languages ?? defaultLetterLanguages(resolution, uiLocale);
  return { resolution, letters: buildLetters(resolution, senderFacts(request), languages) };
}
