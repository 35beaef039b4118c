'use client';

import { useState, type ReactNode } from 'react';

import { dateOf } from '@/lib/checklist/calendar-dates';
import type { EmlFields } from '@/lib/handoff/eml';
import type { UiMessages } from '@/lib/i18n/get-dictionary';
import { formatCalendarDate } from '@/lib/i18n/format-date';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { Letter } from '@/lib/letters/types';

import { ContactList } from './contact-list';
import { LetterActions } from './letter-actions';
import { LetterText } from './letter-text';

/** The card's place in the checklist: whether the letter was marked sent, and what opens first. */
export interface CardChecklist {
  /** When it was marked sent (ISO 8601 with its offset), or null. */
  sentAt: string | null;
  onToggleSent: () => void;
  /** The first letter not yet sent shows its text; the others keep it behind a disclosure. */
  defaultOpen: boolean;
}

interface LetterCardProps {
  letter: Letter;
  /** The page's language: the heading names the company as a reader of it knows it. */
  locale: Locale;
  messages: UiMessages['card'];
  /** The page language's punctuation: French puts a no-break space before a colon. */
  punctuation: UiMessages['punctuation'];
  /** The sender, for the draft's From header, when they gave their address. */
  from?: EmlFields['from'];
  checklist?: CardChecklist;
  /** What follows the letter once it is sent: its follow-up. */
  children?: ReactNode;
}

/** The heading's name: the Russian brand on the Russian page (МТС), the Latin one elsewhere. */
export function addressee(letter: Letter, locale: Locale): string {
  return locale === 'ru' ? (letter.addresseeNameRu ?? letter.addresseeName) : letter.addresseeName;
}

/**
 * One letter of the checklist: where it goes, its subject, its text behind a disclosure, every way
 * to send it, and the "Mark as sent" toggle. Sending it another way only offers to mark it: the
 * page cannot know that a mail app or a webmail actually sent anything.
 */
export function LetterCard({ letter, locale, messages: t, punctuation, from, checklist, children }: LetterCardProps) {
  const headingId = `letter-${letter.id}-heading`;
  const [offered, setOffered] = useState(false);
  const sent = checklist !== undefined && checklist.sentAt !== null;
  // Either way of answering the offer settles it: it comes back only with the next hand-off.
  const toggleSent = () => {
    setOffered(false);
    checklist?.onToggleSent();
  };

  return (
    <article aria-labelledby={headingId} className={sent ? 'panel letter sent' : 'panel letter'}>
      <h4 id={headingId}>{formatMessage(t.heading[letter.kind], { name: addressee(letter, locale) })}</h4>
      {checklist && (
        <p className="sent-line">
          <button type="button" className="sent-toggle" aria-pressed={sent} onClick={toggleSent}>
            {/* The name stays "Mark as sent" in both states (a toggle says its state by aria-pressed). */}
            {sent && <span aria-hidden="true">✓ </span>}
            {t.markSent}
          </button>
          {checklist.sentAt !== null && (
            <span className="muted"> {formatMessage(t.sentOn, { date: formatCalendarDate(dateOf(checklist.sentAt), locale) })}</span>
          )}
        </p>
      )}
      {/* The blocked account meets the block: the note only arrives from another one. */}
      {letter.kind === 'recipient' && <p className="note">{t.sendFromOther}</p>}
      <p>
        <strong>{t.recipients}</strong>
        {punctuation.colon} {letter.to.length > 0 ? letter.to.join(', ') : t.noMailbox}
      </p>
      <ContactList contacts={letter.contacts} locale={locale} colon={punctuation.colon} messages={t} />
      <p>
        <strong>{t.subject}</strong>
        {punctuation.colon} {letter.subject}
      </p>
      <LetterText letter={letter} headingId={headingId} defaultOpen={checklist?.defaultOpen ?? true} messages={t} />
      <LetterActions letter={letter} messages={t} from={from} onHandOff={checklist && (() => setOffered(true))} />
      {checklist && offered && !sent && (
        <p className="offer">
          {t.offer}{' '}
          <button type="button" onClick={toggleSent}>
            {t.offerButton}
          </button>
        </p>
      )}
      {children}
    </article>
  );
}
