import 'server-only';

import type { UiMessages } from '@/lib/i18n/get-dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate-locale';
import de from '@/messages/ui/de.json';
import en from '@/messages/ui/en.json';
import es from '@/messages/ui/es.json';
import fr from '@/messages/ui/fr.json';
import nl from '@/messages/ui/nl.json';
import ru from '@/messages/ui/ru.json';

// All languages at hand, synchronously: the server bundle's size does not matter, and an error
// (a 429 above all) must not wait on an import. Typed by Locale, so a new language fails here.
const byLocale: Record<Locale, UiMessages> = { en, fr, ru, de, nl, es };

/**
 * The texts an API error is written in: the caller's Accept-Language, as the page would choose
 * it, so an integrator's user reads the refusal in their language. The code stays the contract.
 */
export function apiMessages(request: Request): { locale: Locale; messages: UiMessages } {
  const locale = negotiateLocale(request.headers.get('accept-language'));
  return { locale, messages: byLocale[locale] };
}
