'use client';

import type { Ref } from 'react';

import { senderMailbox } from '@/lib/letters/sender-mailbox';

import type { GeneratorMessages } from './form-messages';
import { LetterCard } from './letter-card';
import { ResultsSummary } from './results-summary';
import type { LettersOutcome } from './use-letters';

interface ResultsProps {
  outcome: LettersOutcome;
  messages: Pick<GeneratorMessages, 'results' | 'card'>;
  headingRef: Ref<HTMLHeadingElement>;
}

/**
 * What was found and the letters. Loaded after the page is interactive, since it brings the
 * hand-off builders, which nobody needs before the first letter.
 */
export function Results({ outcome, messages, headingRef }: ResultsProps) {
  const { request, resolution, letters, refinement, updated } = outcome;
  const from = senderMailbox(request);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" tabIndex={-1} ref={headingRef}>
        {messages.results.heading}
      </h2>
      <p>{messages.results.ready}</p>
      <ResultsSummary
        resolution={resolution}
        pending={refinement === 'pending'}
        failed={refinement === 'failed'}
        messages={messages.results}
      />
      {/* Present from the start, so that a screen reader announces the text when it comes. */}
      <p role="status" className="status">
        {updated ? messages.results.lettersUpdated : ''}
      </p>
      {letters.map((letter) => (
        <LetterCard key={letter.id} letter={letter} messages={messages.card} from={from} />
      ))}
    </section>
  );
}
