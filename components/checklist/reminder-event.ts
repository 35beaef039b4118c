import { addDays, dateOf } from '@/lib/checklist/calendar-dates';
import { sentLetters, type Complaint } from '@/lib/checklist/complaints';
import type { UiMessages } from '@/lib/i18n/get-dictionary';
import { formatCalendarDate } from '@/lib/i18n/format-date';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { Letter } from '@/lib/letters/types';

import { writeFormFragment } from '@/components/generator/write-form-fragment';

import { addressee } from '@/components/generator/letter-card';

/** What the reminder says, in the user's language: shown before download, then written to the .ics. */
export interface ReminderEvent {
  uid: string;
  /** The first day a follow-up is due: the earliest letter marked sent, plus the complaint's days. */
  date: string;
  summary: string;
  description: string;
  /** Back to the page with the form in the fragment (never the query: it stays in the browser), or null. */
  url: string | null;
}

/**
 * The link back: this page, in this language, with the form's fields in its fragment, as "Copy
 * link to this form" writes them. Nothing marked travels in it, and it needs the site's public
 * address: without one, the reminder has no link.
 */
function pageUrl(complaint: Complaint, locale: Locale, siteUrl: string | null): string | null {
  if (siteUrl === null) return null;
  const { request } = complaint;
  const fragment = writeFormFragment({
    recipient: complaint.display,
    senderName: request.senderName,
    senderAddress: request.senderAddress,
    senderService: request.senderService,
    languages: request.languages,
  });
  return `${siteUrl}/${locale}#${fragment}`;
}

/** The reminder of a complaint with at least one letter marked sent; null when none is. */
export function reminderEvent(
  complaint: Complaint,
  letters: readonly Letter[],
  { locale, siteUrl, messages }: { locale: Locale; siteUrl: string | null; messages: Pick<UiMessages, 'checklist' | 'card'> },
): ReminderEvent | null {
  const t = messages.checklist.reminder;
  const sent = sentLetters(complaint).flatMap(({ id, sentAt }) => {
    const letter = letters.find((candidate) => candidate.id === id);
    return letter === undefined || sentAt === null ? [] : [{ letter, sentOn: dateOf(sentAt) }];
  });
  const first = sent.map(({ sentOn }) => sentOn).sort()[0];
  if (first === undefined) return null;
  const url = pageUrl(complaint, locale, siteUrl);
  const lines = sent.map(({ letter, sentOn }) =>
    `- ${formatMessage(t.letterSent, {
      addressee: formatMessage(messages.card.heading[letter.kind], { name: addressee(letter, locale) }),
      date: formatCalendarDate(sentOn, locale),
      subject: letter.subject,
    })}`,
  );
  return {
    uid: `${complaint.id}@unblock-mail`,
    date: addDays(first, complaint.followUpDays),
    summary: formatMessage(t.summary, { recipient: complaint.display }),
    description: [t.lettersSent, ...lines, '', url === null ? t.noLink : formatMessage(t.link, { url })].join('\n'),
    url,
  };
}
