import 'server-only';

import { uiMessages, type UiMessages } from '@/lib/i18n/get-dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate-locale';

/**
 * The texts an API error is written in: the caller's Accept-Language, as the page would choose
 * it, so an integrator's user reads the refusal in their language. The code stays the contract.
 */
export function apiMessages(request: Request): { locale: Locale; messages: UiMessages } {
  const locale = negotiateLocale(request.headers.get('accept-language'));
  return { locale, messages: uiMessages[locale] };
}
