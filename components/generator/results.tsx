'use client';

import { lazy, Suspense, type ReactNode, type Ref } from 'react';

import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import { senderMailbox } from '@/lib/letters/compose-letters';
import { senderService } from '@/lib/letters/letter-facts';
import { localName } from '@/lib/letters/letter-parts';
import type { Letter, LetterKind } from '@/lib/letters/types';

import { BounceSummary } from './bounce-summary';
import type { GeneratorMessages } from './form-messages';
import { LetterCard } from './letter-card';
import { ResultsSummary } from './results-summary';
import type { LettersOutcome } from './use-letters';

// The consent to add a refusal to the public record: its code loads only when a bounce was read.
const RefusalReport = lazy(() => import('./refusal-report').then((module) => ({ default: module.RefusalReport })));

interface ResultsProps {
  outcome: LettersOutcome;
  locale: Locale;
  messages: Pick<GeneratorMessages, 'results' | 'card' | 'refusalReport' | 'reportErrors'>;
  headingRef: Ref<HTMLHeadingElement>;
}

// The order of the groups on the page: the provider's letter and the network desks act on this
// message; the recipient's note asks for their help; the feedback letters are a public request.
const groupOrder: readonly LetterKind[] = ['provider', 'isp-network', 'recipient', 'isp-feedback'];

function groupIntro(kind: LetterKind, t: GeneratorMessages['results'], service: string): string | undefined {
  if (kind === 'isp-network') return t.groups['isp-networkIntro'];
  if (kind === 'isp-feedback') return formatMessage(t.groups['isp-feedbackIntro'], { service });
  return undefined;
}

/**
 * What was found and the letters, grouped by the desk they go to. Loaded after the page is
 * interactive, since it brings the hand-off builders, which nobody needs before the first letter.
 */
export function Results({ outcome, locale, messages, headingRef }: ResultsProps) {
  const { request, resolution, letters, refinement, updated, letterCase, ispsWithoutFeedback } = outcome;
  const t = messages.results;
  const from = senderMailbox(request);
  const service = senderService(request.senderService).name;
  const caseValues = { provider: localName(resolution.provider, locale), service };
  const groups = groupOrder
    .map((kind) => ({ kind, letters: letters.filter((letter) => letter.kind === kind) }))
    .filter((group) => group.letters.length > 0);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" tabIndex={-1} ref={headingRef}>
        {t.heading}
      </h2>
      {letters.length > 0 && <p>{t.ready}</p>}
      <ResultsSummary resolution={resolution} reported={outcome.reportedBlocking} locale={locale} pending={refinement === 'pending'} failed={refinement === 'failed'} messages={t} />
      {request.bounce && <BounceSummary bounce={outcome.bounce} messages={t} />}
      {letterCase === 'not-known-to-block' && <p className="note">{formatMessage(t.notKnownToBlock, caseValues)}</p>}
      {letterCase === 'delivery-report' && <p className="note">{formatMessage(t.deliveryReport, caseValues)}</p>}
      {/* Present from the start, so that a screen reader announces the text when it comes. */}
      <p role="status" className="status">
        {updated ? t.lettersUpdated : ''}
      </p>
      {groups.map((group) => (
        <LetterGroup key={group.kind} kind={group.kind} locale={locale} intro={groupIntro(group.kind, t, service)} messages={messages} letters={group.letters} from={from}>
          {group.kind === 'isp-feedback' && ispsWithoutFeedback.length > 0 && (
            <p className="hint">{formatMessage(t.groups.noFeedback, { names: ispsWithoutFeedback.map((isp) => localName(isp, locale)).join(', ') })}</p>
          )}
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
    </section>
  );
}

interface LetterGroupProps {
  kind: LetterKind;
  locale: Locale;
  intro: string | undefined;
  letters: Letter[];
  messages: ResultsProps['messages'];
  from: ReturnType<typeof senderMailbox>;
  children?: ReactNode;
}

function LetterGroup({ kind, locale, intro, letters, messages, from, children }: LetterGroupProps) {
  const headingId = `letters-${kind}-heading`;
  return (
    <section aria-labelledby={headingId} className="letter-group">
      <h3 id={headingId}>{messages.results.groups[kind]}</h3>
      {intro && <p>{intro}</p>}
      {children}
      {letters.map((letter) => (
        <LetterCard key={letter.id} letter={letter} locale={locale} messages={messages.card} from={from} />
      ))}
    </section>
  );
}
