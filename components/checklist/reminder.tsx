'use client';

import { useId, useState } from 'react';

import type { Complaint } from '@/lib/checklist/complaints';
import type { UiMessages } from '@/lib/i18n/get-dictionary';
import { formatCalendarDate } from '@/lib/i18n/format-date';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { Letter } from '@/lib/letters/types';

import { reminderEvent, type ReminderEvent } from './reminder-event';

interface ReminderProps {
  complaint: Complaint;
  letters: readonly Letter[];
  locale: Locale;
  siteUrl: string | null;
  messages: Pick<UiMessages, 'checklist' | 'card'>;
}

/** Builds the .ics in the browser and saves it; the builder is fetched on the first download. */
async function downloadIcs(event: ReminderEvent): Promise<void> {
  const { buildIcs } = await import('@/lib/calendar/build-ics');
  const ics = buildIcs({ ...event, stamp: new Date() });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'unblock-mail-reminder.ics';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * "Remind me": shows the reminder as it will read in the calendar, in the user's language, then
 * downloads it as an .ics on a second click. Offered once a letter is marked sent.
 */
export function Reminder({ complaint, letters, locale, siteUrl, messages }: ReminderProps) {
  const t = messages.checklist.reminder;
  const [shown, setShown] = useState(false);
  const previewId = useId();
  const event = reminderEvent(complaint, letters, { locale, siteUrl, messages });
  if (event === null) return null;
  return (
    <div className="reminder">
      <button type="button" aria-expanded={shown} aria-controls={previewId} onClick={() => setShown(!shown)}>
        {messages.checklist.remind}
      </button>
      <section id={previewId} hidden={!shown} aria-labelledby={`${previewId}-heading`} className="reminder-preview">
        <h4 id={`${previewId}-heading`}>{t.heading}</h4>
        <p className="hint">{t.intro}</p>
        <dl className="facts">
          <dt>{t.date}</dt>
          <dd>{formatMessage(t.allDay, { date: formatCalendarDate(event.date, locale) })}</dd>
          <dt>{t.title}</dt>
          <dd>{event.summary}</dd>
          <dt>{t.description}</dt>
          <dd>
            <p className="reminder-text">{event.description}</p>
          </dd>
        </dl>
        <button type="button" className="primary" onClick={() => void downloadIcs(event)}>
          {t.download}
        </button>
      </section>
    </div>
  );
}
