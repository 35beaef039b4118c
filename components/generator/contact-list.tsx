import type { Contact } from '@/lib/data/schema';
import type { UiMessages } from '@/lib/i18n/get-dictionary';
import { formatMessage } from '@/lib/i18n/format-message';

interface ContactListProps {
  contacts: Contact[];
  messages: UiMessages['card'];
}

/** Each mailbox or form with where it was read and when; a weak source is said, never hidden. */
export function ContactList({ contacts, messages: t }: ContactListProps) {
  return (
    <ul className="contacts">
      {contacts.map((contact) => (
        <li key={`${contact.kind}:${contact.value}`}>
          {contact.kind === 'email' ? <span>{contact.value}</span> : <span>{`${t.webForm}: ${contact.value}`}</span>}{' '}
          <span className="muted">
            (
            <a href={contact.source} rel="noopener noreferrer">
              {t.source}
            </a>
            , {formatMessage(t.checked, { date: contact.checked })})
          </span>
          {contact.confidence === 'low' && (
            <span className="badge" title={t.lowConfidenceHint}>
              {t.lowConfidence}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
