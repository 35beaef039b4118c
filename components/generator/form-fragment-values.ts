import type { Locale } from '@/lib/i18n/locales';

/**
 * The fields a link can pre-fill, in the form's own terms. A provider's help page can link to
 * `/<lang>#to=…&name=…&from=…&service=…&lang=ru,en`; the fragment never reaches the server.
 */
export interface FormFragmentValues {
  recipient?: string;
  senderName?: string;
  senderAddress?: string;
  /** A known service id, or `other` with the name in `senderServiceName`. */
  senderService?: string;
  senderServiceName?: string;
  languages?: Locale[];
}

/** The fragment's keys, short because people type and read them in links. */
export const fragmentKeys = {
  recipient: 'to',
  senderName: 'name',
  senderAddress: 'from',
  senderService: 'service',
  languages: 'lang',
} as const;
