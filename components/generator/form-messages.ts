import type { UiMessages } from '@/lib/i18n/get-dictionary';

/** The slice of the UI texts the client tree receives: no more than it shows. */
export type GeneratorMessages = Pick<
  UiMessages,
  'punctuation' | 'form' | 'addressErrors' | 'requestErrors' | 'results' | 'card' | 'checklist' | 'guidance' | 'refusalReport' | 'reportErrors'
>;
