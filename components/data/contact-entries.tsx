import type { Contact } from '@/lib/data/schema';
import { formatCalendarDate } from '@/lib/i18n/format-date';
import { formatMessage } from '@/lib/i18n/format-message';

import type { DataPageMessages } from './data-page-messages';

interface ContactEntriesProps {
  contacts: Contact[];
  messages: DataPageMessages;
  notesLang: 'en' | undefined;
}

/**
 * Every contact of a record with what it is for, the source and the date of that evidence, when
 * a person last reviewed it and how sure we are. A weak or inferred contact says so in words; the
 * note says why (a low-confidence contact always has one: the data test makes sure).
 */
export function ContactEntries({ contacts, messages: t, notesLang }: ContactEntriesProps) {
  if (contacts.length === 0) return <p className="muted">{t.page.noContacts}</p>;
  return (
    <ul className="contacts">
      {contacts.map((contact) => (
        <li key={`${contact.kind}:${contact.value}`}>
          {contact.kind === 'email' ? (
            <strong>{contact.value}</strong>
          ) : (
            <a href={contact.value} rel="noopener noreferrer">
              {contact.value}
            </a>
          )}
          {' — '}
          {t.page.roles[contact.role]}
          {t.punctuation.separator}
          <a href={contact.source} rel="noopener noreferrer">
            {formatMessage(t.sourceFrom, { date: formatCalendarDate(contact.evidenceDate, t.locale) })}
          </a>
          {t.punctuation.separator}
          {formatMessage(t.page.reviewed, { date: formatCalendarDate(contact.reviewed, t.locale) })}
          {t.punctuation.separator}
          {formatMessage(t.page.confidence, { level: t.page.confidenceLevels[contact.confidence] })}
          {contact.inferred === true && <span className="badge">{t.page.inferred}</span>}
          {contact.note !== undefined && (
            <span className="hint record-note">
              {t.page.note}
              {t.punctuation.colon}
              <span lang={notesLang}>{contact.note}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
