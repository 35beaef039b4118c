import type { Locale } from '@/lib/i18n/locales';
import type { Resolution } from '@/lib/resolve/types';

/**
 * The letters' languages before the user chooses: for a recipient in Russia, Russian first (the
 * language the provider's and ISPs' staff read) with the user's own language alongside, so the
 * user can check what they send; elsewhere, the user's language alone.
 */
export function defaultLetterLanguages(resolution: Resolution, uiLocale: Locale): Locale[] {
  return resolution.russia.yes ? [...new Set<Locale>(['ru', uiLocale])] : [uiLocale];
}
