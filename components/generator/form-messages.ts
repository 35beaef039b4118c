import type { UiMessages } from '@/lib/i18n/get-dictionary';

/** The slice of the UI texts the page hands the client tree: what the first render shows, no more. */
export type GeneratorMessages = Pick<UiMessages, 'punctuation' | 'form' | 'guidance'>;

/**
 * The texts only a submitted form needs (its errors, the letters, the checklist, the public
 * record's consent), fetched with the letter engine on the first touch rather than sent with the
 * page to every reader: later-messages.ts.
 */
export type LaterMessages = Pick<UiMessages, 'addressErrors' | 'requestErrors' | 'results' | 'card' | 'checklist' | 'refusalReport' | 'reportErrors'>;
