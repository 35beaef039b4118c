import { isLocale, type Locale } from '@/lib/i18n/locales';

import { fragmentKeys, type FormFragmentValues } from './form-fragment-values';
import { otherServiceValue, type ServiceOption } from './service-option';

/**
 * Decodes one fragment value. Not URLSearchParams: it reads `+` as a space, and `+` is common
 * in addresses (`name+tag@…`). A malformed escape leaves the value out rather than throwing.
 */
function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

function fragmentParams(hash: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const equals = pair.indexOf('=');
    if (equals <= 0) continue;
    const value = decode(pair.slice(equals + 1));
    if (value !== undefined && value.trim() !== '') params.set(pair.slice(0, equals), value);
  }
  return params;
}

function readService(typed: string, services: ServiceOption[]): Pick<FormFragmentValues, 'senderService' | 'senderServiceName'> {
  const key = typed.trim().toLowerCase();
  const known = services.find((s) => s.id === key || s.name.toLowerCase() === key || s.domain === key);
  return known ? { senderService: known.id } : { senderService: otherServiceValue, senderServiceName: typed.trim() };
}

function readLanguages(list: string): Locale[] {
  return [...new Set(list.split(',').map((code) => code.trim().toLowerCase()))].filter(isLocale);
}

/** The form values a link's fragment carries; unknown keys and empty values are ignored. */
export function readFormFragment(hash: string, services: ServiceOption[]): FormFragmentValues {
  const params = fragmentParams(hash);
  const values: FormFragmentValues = {};
  const recipient = params.get(fragmentKeys.recipient);
  const senderName = params.get(fragmentKeys.senderName);
  const senderAddress = params.get(fragmentKeys.senderAddress);
  const service = params.get(fragmentKeys.senderService);
  const languages = params.get(fragmentKeys.languages);
  if (recipient !== undefined) values.recipient = recipient;
  if (senderName !== undefined) values.senderName = senderName;
  if (senderAddress !== undefined) values.senderAddress = senderAddress;
  if (service !== undefined) Object.assign(values, readService(service, services));
  if (languages !== undefined) {
    const chosen = readLanguages(languages);
    if (chosen.length > 0) values.languages = chosen;
  }
  return values;
}
