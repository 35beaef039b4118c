import 'server-only';

import { cache } from 'react';

import type en from '@/messages/ui/en.json';

import type { Locale } from './locales';

/** Every word of the UI; English is the reference shape that every other language must match. */
export type UiMessages = typeof en;

// Typed as UiMessages, so a language file missing a key fails the type check as well as the test.
const loaders: Record<Locale, () => Promise<UiMessages>> = {
  en: () => import('@/messages/ui/en.json').then((m) => m.default),
  fr: () => import('@/messages/ui/fr.json').then((m) => m.default),
  ru: () => import('@/messages/ui/ru.json').then((m) => m.default),
  de: () => import('@/messages/ui/de.json').then((m) => m.default),
  nl: () => import('@/messages/ui/nl.json').then((m) => m.default),
  es: () => import('@/messages/ui/es.json').then((m) => m.default),
};

/** The UI texts of one language, loaded once per request however many components ask. */
export const getDictionary = cache((locale: Locale): Promise<UiMessages> => loaders[locale]());
