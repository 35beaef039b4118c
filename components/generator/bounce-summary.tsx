import { otherBounceRecipient, type LetterRecipient } from '@/lib/bounce/other-recipient';
import type { BounceFacts } from '@/lib/bounce/types';
import type { UiMessages } from '@/lib/i18n/get-dictionary';
import { formatMessage } from '@/lib/i18n/format-message';
import { formatUtc } from '@/lib/letters/letter-facts';

interface BounceSummaryProps {
  /** What was read from the bounce; null when it could not be read. */
  bounce: BounceFacts | null;
  /** The mailbox the letters are about, to say when the bounce names another. */
  recipient: LetterRecipient;
  messages: UiMessages['results'];
}

// The order a postmaster reads them in: who refused, what it said, then the bookkeeping.
const fieldOrder = [
  'remoteMta',
  'remoteIp',
  'smtpCode',
  'enhancedCode',
  'diagnostic',
  'arrivalDate',
  'reference',
  'helpUrl',
  'reportingMta',
  'finalRecipient',
  'messageId',
] as const satisfies readonly (keyof BounceFacts)[];

/** A field's value as the letters quote it: the time in UTC to the minute, the rest as read. */
function shown(bounce: BounceFacts, field: (typeof fieldOrder)[number]): string | undefined {
  const value = bounce[field];
  if (value === undefined) return undefined;
  return field === 'arrivalDate' ? (formatUtc(String(value)) ?? String(value)) : String(value);
}

/**
 * What the page read from the bounce, shown before the letters that quote it, so that the user
 * can check it. Values are text (React escapes them), never links: a bounce is untrusted input.
 */
export function BounceSummary({ bounce, recipient, messages: t }: BounceSummaryProps) {
  const other = otherBounceRecipient(bounce, recipient);
  return (
    <section aria-labelledby="bounce-heading" className="panel">
      <h3 id="bounce-heading">{t.bounceHeading}</h3>
      {bounce === null ? (
        <p>{t.bounceUnread}</p>
      ) : (
        <>
          <p className="hint">{t.bounceCheck}</p>
          {other !== undefined && (
            <p className="note">{formatMessage(t.bounceOtherRecipient, { bounceRecipient: other, recipient: recipient.address })}</p>
          )}
          <dl className="facts">
            {fieldOrder.map((field) => {
              const value = shown(bounce, field);
              return value === undefined ? null : (
                <div key={field}>
                  <dt>{t.bounceFields[field]}</dt>
                  <dd className="break">{value}</dd>
                </div>
              );
            })}
          </dl>
        </>
      )}
    </section>
  );
}
