import { encodeMailbox } from './encode-mailbox';
import { fitHref } from './fit-href';
import { mailtoBudget } from './mailto';
import { oneLine } from './one-line';
import { percentEncode } from './percent-encode';
import type { ComposeFields, FitFields } from './types';

export type WebmailId = 'gmail' | 'outlook' | 'yandex';

export interface WebmailLink {
  id: WebmailId;
  /** The service's own name, the same in every language. */
  name: string;
  /** Who receives the letter's text when the link is followed: the page says so beside it. */
  host: string;
  href: string;
  /** True when the link carries the short body: the page then copies the whole letter. */
  shortened: boolean;
}

interface WebmailHandler {
  id: WebmailId;
  name: string;
  host: string;
  build: (fields: ComposeFields) => string;
}

// Each service's compose link, the form it opens a draft from (listed in lib/handoff/README.md).
// Values are encoded as for mailto rather than by URLSearchParams: its `+` for a space is a
// form-encoding habit, while `%20` means a space to every decoder.
const handlers: readonly WebmailHandler[] = [
  {
    id: 'gmail',
    name: 'Gmail',
    host: 'mail.google.com',
    build: (fields) => `https://mail.google.com/mail/?view=cm&fs=1&${query(fields, 'su')}`,
  },
  {
    id: 'outlook',
    name: 'Outlook.com',
    host: 'outlook.live.com',
    build: (fields) => `https://outlook.live.com/mail/0/deeplink/compose?${query(fields, 'subject')}`,
  },
  {
    // Yandex's web app reads the compose fields from the fragment, after its own `?`.
    id: 'yandex',
    name: 'Yandex Mail',
    host: 'mail.yandex.com',
    build: (fields) => `https://mail.yandex.com/#compose?${query(fields, 'subject')}`,
  },
];

function query({ to, subject, body }: ComposeFields, subjectKey: string): string {
  return `to=${to.map(encodeMailbox).join(',')}&${subjectKey}=${percentEncode(oneLine(subject))}&body=${percentEncode(body)}`;
}

/**
 * A compose link per webmail service, each held to the mailto's length budget the same way:
 * the short body when the letter does not fit, then a cut subject. Throws a RangeError for a
 * recipient that is not a plain mailbox.
 */
export function buildWebmailLinks(
  fields: Omit<FitFields, 'cc'>,
  budget: number = mailtoBudget,
): WebmailLink[] {
  return handlers.map(({ build, ...service }) => ({ ...service, ...fitHref(build, fields, budget) }));
}
