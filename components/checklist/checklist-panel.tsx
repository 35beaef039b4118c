'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

import { followUpDays } from '@/lib/checklist/complaints';
import type { UiMessages } from '@/lib/i18n/get-dictionary';
import { formatMessage } from '@/lib/i18n/format-message';

import { FormField } from '@/components/generator/form-field';

import type { ComplaintChecklist } from './use-complaint';

interface ChecklistPanelProps {
  checklist: ComplaintChecklist;
  /** The letters the page shows now, and how many of them are marked sent. */
  total: number;
  sent: number;
  messages: UiMessages['checklist'];
  /** The reminder, offered once a letter is marked sent. */
  children?: ReactNode;
}

function DaysField({ checklist, messages: t }: Pick<ChecklistPanelProps, 'checklist' | 'messages'>) {
  const [typed, setTyped] = useState(String(checklist.complaint.followUpDays));
  const days = Number(typed);
  const valid = Number.isInteger(days) && days >= followUpDays.min && days <= followUpDays.max;
  return (
    <FormField id="follow-up-days" label={t.followUpDays} hint={t.followUpDaysHint} error={valid ? undefined : t.followUpDaysError}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={followUpDays.min}
          max={followUpDays.max}
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            const chosen = Number(event.target.value);
            if (Number.isInteger(chosen) && chosen >= followUpDays.min && chosen <= followUpDays.max) checklist.setFollowUpDays(chosen);
          }}
        />
      )}
    </FormField>
  );
}

/**
 * The top of the checklist: how many letters are sent (announced politely as it changes), when
 * to offer follow-ups, the reminder, and one line saying what is kept and where, with Forget.
 * Where the browser refuses storage, that line is not shown: nothing is kept to speak of. Where it
 * refuses a later write, the line says the latest changes were not kept, and still offers Forget.
 */
export function ChecklistPanel({ checklist, total, sent, messages: t, children }: ChecklistPanelProps) {
  // Forget removes the button that was pressed: focus goes to the line that says what happened.
  const forgottenLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (checklist.keeping === 'forgotten') forgottenLine.current?.focus();
  }, [checklist.keeping]);
  return (
    <section aria-labelledby="checklist-heading" className="panel checklist">
      <h3 id="checklist-heading">{t.heading}</h3>
      {/* A live region of its own rather than role="status": the results' status line says when
          DNS rewrote the letters, and each announces its own news, politely. */}
      <p aria-live="polite" aria-atomic="true" className="progress">
        {formatMessage(t.progress, { sent, total })}
      </p>
      {/* Keyed by the complaint: after Forget the field shows the new complaint's days, not what was typed. */}
      <DaysField key={checklist.complaint.id} checklist={checklist} messages={t} />
      {children}
      {(checklist.keeping === 'kept' || checklist.keeping === 'stale') && (
        <p className="hint">
          {checklist.keeping === 'kept' ? t.stored : t.notSaved}{' '}
          <button type="button" className="link" onClick={checklist.forget}>
            {t.forget}
          </button>
        </p>
      )}
      {checklist.keeping === 'forgotten' && (
        <p className="hint" tabIndex={-1} ref={forgottenLine}>
          {t.forgotten}
        </p>
      )}
    </section>
  );
}
