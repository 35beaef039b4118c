import type { Locale } from '@/lib/i18n/locales';

/**
 * The form as the user fills it: every field a string, the languages a list of ticked boxes, and
 * the service split in two (the select, and the name typed when it says "Other…"). The resolver
 * turns this into the shared `letterRequestSchema`'s input, so validation stays in one place.
 */
export interface LetterFormValues {
  recipient: string;
  senderName: string;
  senderAddress: string;
  senderService: string;
  senderServiceName: string;
  failedAt: string;
  bounce: string;
  note: string;
  languages: Locale[];
}
