'use client';

import { useEffect, useRef, useState } from 'react';

import { dateOf, localDate, localDateTimeOf } from '@/lib/checklist/calendar-dates';
import { sentLetters, withoutComplaint, type Complaint } from '@/lib/checklist/complaints';
import type { UiMessages } from '@/lib/i18n/get-dictionary';
import { formatCalendarDate } from '@/lib/i18n/format-date';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';

import type { LetterFormValues } from '@/components/generator/letter-form-values';
import { otherServiceValue, type ServiceOption } from '@/components/generator/service-option';

import { loadComplaints, updateComplaints } from './complaint-storage';

interface StoredComplaintsProps {
  locale: Locale;
  services: ServiceOption[];
  /** The recipient whose letters the page shows now: not offered again. */
  current: string | undefined;
  /** Fills the form with a stored request and writes its letters again. */
  onContinue: (values: LetterFormValues) => void;
  messages: UiMessages['checklist'];
}

/** The form as the user filled it for a stored request: a known service by its id, any other by its name. */
function formValues(complaint: Complaint, services: readonly ServiceOption[]): LetterFormValues {
  const { request } = complaint;
  const known = services.some((service) => service.id === request.senderService);
  return {
    recipient: complaint.display,
    senderName: request.senderName ?? '',
    senderAddress: request.senderAddress ?? '',
    senderService: known ? request.senderService : otherServiceValue,
    senderServiceName: known ? '' : request.senderService,
    failedAt: request.failedAt === undefined ? '' : localDateTimeOf(request.failedAt),
    bounce: request.bounce ?? '',
    note: request.note ?? '',
    languages: request.languages ?? [],
  };
}

/**
 * For a returning visitor: each complaint this browser keeps, by recipient and date, with how far
 * it got, Continue and Forget. Loaded only when the first load found something stored.
 */
export function StoredComplaints({ locale, services, current, onContinue, messages: t }: StoredComplaintsProps) {
  const [complaints, setComplaints] = useState(() => loadComplaints() ?? []);
  const [forgotten, setForgotten] = useState(false);
  // The button just pressed may be gone: focus goes to what happened instead.
  const forgottenStatus = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (forgotten) forgottenStatus.current?.focus();
  }, [forgotten, complaints]);
  const shown = complaints.filter((complaint) => complaint.recipient !== current);
  if (shown.length === 0 && !forgotten) return null;
  const thisYear = localDate(new Date()).slice(0, 4);

  const forget = (recipient: string) => {
    updateComplaints((stored) => withoutComplaint(stored, recipient));
    setComplaints((previous) => withoutComplaint(previous, recipient));
    setForgotten(true);
  };

  return (
    <section aria-labelledby="stored-complaints-heading" className="panel stored-complaints">
      <h2 id="stored-complaints-heading">{t.returning.heading}</h2>
      <ul>
        {shown.map((complaint) => {
          const started = dateOf(complaint.startedAt);
          const lineId = `stored-complaint-${complaint.id}`;
          return (
            <li key={complaint.recipient}>
              <p id={lineId}>
                {formatMessage(t.returning.complaint, {
                  recipient: complaint.display,
                  date: formatCalendarDate(started, locale, { year: started.slice(0, 4) !== thisYear }),
                  sent: sentLetters(complaint).length,
                  total: complaint.letters.length,
                })}
              </p>
              <button type="button" className="primary" aria-describedby={lineId} onClick={() => onContinue(formValues(complaint, services))}>
                {t.returning.continue}
              </button>
              <button type="button" aria-describedby={lineId} onClick={() => forget(complaint.recipient)}>
                {t.returning.forget}
              </button>
            </li>
          );
        })}
      </ul>
      {shown.length > 0 && <p className="hint">{t.stored}</p>}
      {forgotten && (
        <p role="status" tabIndex={-1} ref={forgottenStatus} className="hint">
          {t.forgotten}
        </p>
      )}
    </section>
  );
}
