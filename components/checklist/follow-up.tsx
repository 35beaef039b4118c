'use client';

import { useEffect, useState } from 'react';

import { addDays, dateOf, localDate } from '@/lib/checklist/calendar-dates';
import type { EmlFields } from '@/lib/handoff/eml';
import type { UiMessages } from '@/lib/i18n/get-dictionary';
import { formatCalendarDate } from '@/lib/i18n/format-date';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { FollowUpContext } from '@/lib/letters/follow-up-letter';
import { followUpVariantsFor, type FollowUpVariant, type Letter } from '@/lib/letters/types';

import { LetterActions } from '@/components/generator/letter-actions';
import { LetterText } from '@/components/generator/letter-text';

interface FollowUpProps {
  /** The letter that was sent. */
  letter: Letter;
  sentAt: string;
  /** Days after which the follow-up is offered. */
  days: number;
  now: Date;
  /** The set the letter belongs to, with what it was written from (a LettersOutcome is one). */
  context: FollowUpContext;
  /** The page's language: the date it shows, and the links' short body. */
  locale: Locale;
  messages: UiMessages['card'];
  from?: EmlFields['from'];
}

/**
 * Under a letter marked sent: when its follow-up will be offered, and from that day the follow-up
 * itself, with the same ways to send it. The builder is fetched only then: most visits never need it.
 */
export function FollowUp({ letter, sentAt, days, now, context, locale, messages: t, from }: FollowUpProps) {
  const sentOn = dateOf(sentAt);
  const dueOn = addDays(sentOn, days);
  if (localDate(now) < dueOn) {
    return <p className="hint">{formatMessage(t.followUpLater, { date: formatCalendarDate(dueOn, locale) })}</p>;
  }
  return <DueFollowUp letter={letter} sentOn={sentOn} context={context} locale={locale} messages={t} from={from} />;
}

interface DueFollowUpProps extends Omit<FollowUpProps, 'sentAt' | 'days' | 'now'> {
  sentOn: string;
}

function DueFollowUp({ letter, sentOn, context, locale, messages: t, from }: DueFollowUpProps) {
  const [variant, setVariant] = useState<FollowUpVariant>('no-answer');
  const [followUp, setFollowUp] = useState<Letter | null>(null);
  useEffect(() => {
    let current = true;
    void import('@/lib/letters/follow-up-letter').then(({ followUpLetter }) => {
      if (current) setFollowUp(followUpLetter(context, { letterId: letter.id, sentOn, variant }, locale));
    });
    return () => {
      current = false;
    };
  }, [context, letter.id, sentOn, variant, locale]);

  const headingId = `follow-up-${letter.id}-heading`;
  const variants = followUpVariantsFor(letter.kind);
  const label = { 'no-answer': t.followUpNoAnswer, 'form-reply': t.followUpFormReply };
  return (
    <section aria-labelledby={headingId} className="follow-up">
      <h5 id={headingId}>{t.followUpHeading}</h5>
      <p>{formatMessage(t.followUpDue, { date: formatCalendarDate(sentOn, locale) })}</p>
      {variants.length > 1 && (
        <fieldset>
          <legend>{t.followUpVariant}</legend>
          <div className="checkboxes">
            {variants.map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name={`follow-up-variant-${letter.id}`}
                  value={option}
                  checked={variant === option}
                  onChange={() => setVariant(option)}
                />
                {label[option]}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {followUp === null ? (
        <p className="hint">{t.followUpPreparing}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t.subject}</dt>
            <dd>{followUp.subject}</dd>
          </dl>
          <LetterText letter={followUp} headingId={headingId} defaultOpen messages={t} />
          <LetterActions letter={followUp} messages={t} from={from} />
        </>
      )}
    </section>
  );
}
