import type { BounceFacts } from '@/lib/bounce/types';
import type { UiMessages } from '@/lib/i18n/get-dictionary';

interface BounceSummaryProps {
  /** What was read from the bounce; null when it could not be read. */
  bounce: BounceFacts | null;
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

/**
 * What the page read from the bounce, shown before the letters that quote it, so that the user
 * can check it. Values are text (React escapes them), never links: a bounce is untrusted input.
 */
export function BounceSummary({ bounce, messages: t }: BounceSummaryProps) {
  return (
    <section aria-labelledby="bounce-heading" className="panel">
      <h3 id="bounce-heading">{t.bounceHeading}</h3>
      {bounce === null ? (
        <p>{t.bounceUnread}</p>
      ) : (
        <>
          <p className="hint">{t.bounceCheck}</p>
          <dl className="facts">
            {fieldOrder.map((field) =>
              bounce[field] === undefined ? null : (
                <div key={field}>
                  <dt>{t.bounceFields[field]}</dt>
                  <dd className="break">{String(bounce[field])}</dd>
                </div>
              ),
            )}
          </dl>
        </>
      )}
    </section>
  );
}
