'use client';

import { lazy, Suspense, type ReactNode, type Ref } from 'react';

import { ChecklistPanel } from '@/components/checklist/checklist-panel';
import { FollowUp } from '@/components/checklist/follow-up';
import { Reminder } from '@/components/checklist/reminder';
import { useComplaint, type ComplaintChecklist } from '@/components/checklist/use-complaint';
import { useNow } from '@/components/checklist/use-now';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import { senderMailbox } from '@/lib/letters/compose-letters';
import { senderService } from '@/lib/letters/letter-facts';
import { localName } from '@/lib/letters/letter-parts';
import type { Letter, LetterKind } from '@/lib/letters/types';

import { BounceSummary } from './bounce-summary';
import type { GeneratorMessages, LaterMessages } from './form-messages';
import { LetterCard } from './letter-card';
import { ResultsSummary } from './results-summary';
import type { LettersOutcome } from './use-letters';
import { useRestAfterFirstPaint } from './use-rest-after-first-paint';

type ResultsMessages = Pick<GeneratorMessages, 'punctuation'> & Pick<LaterMessages, 'results' | 'card' | 'checklist' | 'refusalReport' | 'reportErrors'>;

// The consent to add a refusal to the public record: its code loads only when a bounce was read.
const RefusalReport = lazy(() => import('./refusal-report').then((module) => ({ default: module.RefusalReport })));

interface ResultsProps {
  outcome: LettersOutcome;
  locale: Locale;
  /** The site's public origin, for the reminder's link back; null when it is not configured. */
  siteUrl: string | null;
  messages: ResultsMessages;
  headingRef: Ref<HTMLHeadingElement>;
}

// The order of the groups on the page: the provider's letter and the network desks act on this
// message; the recipient's note asks for their help; the feedback letters are a public request.
const groupOrder: readonly LetterKind[] = ['provider', 'isp-network', 'recipient', 'isp-feedback'];

function groupIntro(kind: LetterKind, t: LaterMessages['results'], service: string): string | undefined {
  if (kind === 'isp-network') return t.groups['isp-networkIntro'];
  if (kind === 'isp-feedback') return formatMessage(t.groups['isp-feedbackIntro'], { service });
  return undefined;
}

/**
 * What was found and the letters, grouped by the desk they go to. Loaded after the page is
 * interactive, since it brings the hand-off builders, which nobody needs before the first letter.
 * Everything under the heading belongs to one recipient's checklist, so it starts afresh (from
 * what this browser keeps for them) when the recipient changes.
 */
export function Results({ outcome, locale, siteUrl, messages, headingRef }: ResultsProps) {
  const recipient = outcome.request.recipient.address;
  // The first group (the provider's letter) comes with the click; the others right after it.
  const rest = useRestAfterFirstPaint(recipient);
  // Busy while the letters may still change: the other groups to come, or the server's DNS answer.
  const busy = !rest || outcome.refinement === 'pending';
  return (
    <section aria-labelledby="results-heading" aria-busy={busy || undefined}>
      <h2 id="results-heading" tabIndex={-1} ref={headingRef}>
        {messages.results.heading}
      </h2>
      <Checklist key={recipient} outcome={outcome} rest={rest} locale={locale} siteUrl={siteUrl} messages={messages} />
    </section>
  );
}

type ChecklistProps = Omit<ResultsProps, 'headingRef'> & {
  /** False for the click's own render: only the first group of letters is shown. */
  rest: boolean;
};

function Checklist({ outcome, rest, locale, siteUrl, messages }: ChecklistProps) {
  const { request, resolution, letters, refinement, updated, letterCase, ispsWithoutFeedback } = outcome;
  const t = messages.results;
  const checklist = useComplaint(outcome);
  const now = useNow();
  const sentAt = new Map(checklist.complaint.letters.map((letter) => [letter.id, letter.sentAt]));
  const sentCount = letters.filter((letter) => sentAt.get(letter.id)).length;
  const firstUnsent = letters.find((letter) => !sentAt.get(letter.id))?.id;
  const service = senderService(request.senderService).name;
  const caseValues = { provider: localName(resolution.provider, locale), service };
  const groups = groupOrder
    .map((kind) => ({ kind, letters: letters.filter((letter) => letter.kind === kind) }))
    .filter((group) => group.letters.length > 0)
    .slice(0, rest ? undefined : 1);
  const card = (letter: Letter) => (
    <ChecklistCard
      key={letter.id}
      letter={letter}
      outcome={outcome}
      checklist={checklist}
      sentAt={sentAt.get(letter.id) ?? null}
      defaultOpen={letter.id === firstUnsent}
      now={now}
      locale={locale}
      messages={messages}
    />
  );
  return (
    <>
      {letters.length > 0 && (
        <ChecklistPanel checklist={checklist} total={letters.length} sent={sentCount} messages={messages.checklist}>
          <Reminder complaint={checklist.complaint} letters={letters} locale={locale} siteUrl={siteUrl} messages={messages} />
        </ChecklistPanel>
      )}
      {letters.length > 0 && <p>{t.ready}</p>}
      <ResultsSummary
        resolution={resolution}
        reported={outcome.reportedBlocking}
        locale={locale}
        pending={refinement === 'pending'}
        failed={refinement === 'failed'}
        colon={messages.punctuation.colon}
        messages={t}
      />
      {request.bounce && <BounceSummary bounce={outcome.bounce} recipient={resolution} messages={t} />}
      {letterCase === 'not-known-to-block' && <p className="note">{formatMessage(t.notKnownToBlock, caseValues)}</p>}
      {letterCase === 'delivery-report' && <p className="note">{formatMessage(t.deliveryReport, caseValues)}</p>}
      {/* Present from the start, so that a screen reader announces the text when it comes. */}
      <p role="status" className="status">
        {updated ? t.lettersUpdated : ''}
      </p>
      {groups.map((group) => (
        <LetterGroup key={group.kind} kind={group.kind} intro={groupIntro(group.kind, t, service)} messages={messages}>
          {group.kind === 'isp-feedback' && ispsWithoutFeedback.length > 0 && (
            <p className="hint">{formatMessage(t.groups.noFeedback, { names: ispsWithoutFeedback.map((isp) => localName(isp, locale)).join(', ') })}</p>
          )}
          {group.letters.map(card)}
        </LetterGroup>
      ))}
      {outcome.bounce && (
        <Suspense fallback={null}>
          <RefusalReport
            source={{
              bounce: outcome.bounce,
              resolution,
              service: senderService(request.senderService),
              sender: { name: request.senderName, address: request.senderAddress?.address },
              failedAt: request.failedAt,
            }}
            locale={locale}
            messages={messages}
          />
        </Suspense>
      )}
    </>
  );
}

interface ChecklistCardProps {
  letter: Letter;
  outcome: LettersOutcome;
  checklist: ComplaintChecklist;
  sentAt: string | null;
  defaultOpen: boolean;
  now: Date;
  locale: Locale;
  messages: ResultsMessages;
}

/** A letter's card in the checklist, with its follow-up once it is marked sent. */
function ChecklistCard({ letter, outcome, checklist, sentAt, defaultOpen, now, locale, messages }: ChecklistCardProps) {
  const from = senderMailbox(outcome.request);
  return (
    <LetterCard
      letter={letter}
      locale={locale}
      messages={messages.card}
      punctuation={messages.punctuation}
      from={from}
      checklist={{ sentAt, defaultOpen, onToggleSent: () => checklist.toggleSent(letter.id) }}
    >
      {sentAt !== null && (
        <FollowUp
          letter={letter}
          sentAt={sentAt}
          days={checklist.complaint.followUpDays}
          now={now}
          context={outcome}
          locale={locale}
          messages={messages.card}
          from={from}
        />
      )}
    </LetterCard>
  );
}

interface LetterGroupProps {
  kind: LetterKind;
  intro: string | undefined;
  messages: ResultsMessages;
  children: ReactNode;
}

function LetterGroup({ kind, intro, messages, children }: LetterGroupProps) {
  const headingId = `letters-${kind}-heading`;
  return (
    <section aria-labelledby={headingId} className="letter-group">
      <h3 id={headingId}>{messages.results.groups[kind]}</h3>
      {intro && <p>{intro}</p>}
      {children}
    </section>
  );
}
