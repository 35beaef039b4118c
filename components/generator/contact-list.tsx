import { useId } from 'react';

import type { Contact } from '@/lib/data/schema';
import type { UiMessages } from '@/lib/i18n/get-dictionary';
import { formatCalendarDate } from '@/lib/i18n/format-date';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';

interface ContactListProps {
  contacts: Contact[];
  /** The page's language, for the dates of the evidence. */
  locale: Locale;
  colon: string;
  messages: UiMessages['card'];
}

/**
 * Each mailbox or form with where it was read and the date of that evidence (not when we last
 * looked: a 2012 banner reads as 2012); a weak source is said, never hidden. Said
 * in text, not a `title`: a tooltip reaches neither the keyboard, nor touch, nor most screen readers.
 */
export function ContactList({ contacts, locale, colon, messages: t }: ContactListProps) {
  const idPrefix = useId();
  return (
    <ul className="contacts">
      {contacts.map((contact, index) => {
        const hintId = contact.confidence === 'low' ? `${idPrefix}-${index}-confidence` : undefined;
        return (
          <li key={`${contact.kind}:${contact.value}`} aria-describedby={hintId}>
            {contact.kind === 'email' ? <span>{contact.value}</span> : <span>{`${t.webForm}${colon}${contact.value}`}</span>}{' '}
            <span className="muted">
              (
              <a href={contact.source} rel="noopener noreferrer">
                {formatMessage(t.sourceFrom, { date: formatCalendarDate(contact.evidenceDate, locale) })}
              </a>
              )
            </span>
            {hintId && (
              <>
                <span className="badge">{t.lowConfidence}</span>{' '}
                <span id={hintId} className="hint">
                  {t.lowConfidenceHint}
                </span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
