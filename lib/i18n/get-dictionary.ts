import 'server-only';

import de from '@/messages/ui/de.json';
import en from '@/messages/ui/en.json';
import es from '@/messages/ui/es.json';
import fr from '@/messages/ui/fr.json';
import nl from '@/messages/ui/nl.json';
import ru from '@/messages/ui/ru.json';

import type { Locale } from './locales';

/** Every word of the UI; English is the reference shape that every other language must match. */
export type UiMessages = typeof en;

/**
 * Every language's UI texts, on the server only (the pages pass each client component its slice).
 * Typed by Locale and UiMessages, so a language missing from here, or a file missing a key, fails
 * the type check as well as the message tests. Static imports: an API error, a 429 above all,
 * must not wait on a dynamic import, and the server bundle's size costs no visitor anything.
 */
export const uiMessages: Record<Locale, UiMessages> = { en, fr, ru, de, nl, es };

/** The UI texts of one language (async, as the pages await their data). */
export async function getDictionary(locale: Locale): Promise<UiMessages> {
  return uiMessages[locale];
}
