import type { UiMessages } from '@/lib/i18n/get-dictionary';
import type { Locale } from '@/lib/i18n/locales';

import type { LaterMessages } from './form-messages';

/** One chunk per language: a page fetches its own language's texts only. */
const uiMessageFiles: Record<Locale, () => Promise<{ default: UiMessages }>> = {
  en: () => import('@/messages/ui/en.json'),
  fr: () => import('@/messages/ui/fr.json'),
  ru: () => import('@/messages/ui/ru.json'),
  de: () => import('@/messages/ui/de.json'),
  nl: () => import('@/messages/ui/nl.json'),
  es: () => import('@/messages/ui/es.json'),
};

const loading = new Map<Locale, Promise<LaterMessages>>();

/** The texts a submitted form needs, in `locale`, fetched once. */
export function loadLaterMessages(locale: Locale): Promise<LaterMessages> {
  let messages = loading.get(locale);
  if (messages === undefined) {
    messages = uiMessageFiles[locale]().then(({ default: ui }) => {
      const { addressErrors, requestErrors, results, card, checklist, refusalReport, reportErrors } = ui;
      return { addressErrors, requestErrors, results, card, checklist, refusalReport, reportErrors };
    });
    // A failed fetch (offline) is tried again on the next submit.
    messages.catch(() => loading.delete(locale));
    loading.set(locale, messages);
  }
  return messages;
}
