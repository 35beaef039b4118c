'use client';

import { useState } from 'react';

import type { UiMessages } from '@/lib/i18n/get-dictionary';
import type { Letter } from '@/lib/letters/types';

import { useLetterText } from './letter-actions';

interface LetterTextProps {
  letter: Letter;
  /** The heading that names the letter, for the text's accessible name. */
  headingId: string;
  /** Whether the text shows until the user opens or closes it; a later change follows it, unless they did. */
  defaultOpen: boolean;
  messages: UiMessages['card'];
}

/**
 * The letter's full text behind a disclosure (<details>: keyboard and screen readers know it
 * without a line of script). It opens or closes with `defaultOpen` until the user toggles it,
 * after which their choice stays.
 */
export function LetterText({ letter, headingId, defaultOpen, messages: t }: LetterTextProps) {
  const text = useLetterText(letter);
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? defaultOpen;
  const labelId = `letter-${letter.id}-text-label`;
  return (
    <details
      className="letter-disclosure"
      open={open}
      // Also fired when `open` changes from here: only a change the user made differs from it.
      onToggle={(event) => {
        if (event.currentTarget.open !== open) setChosen(event.currentTarget.open);
      }}
    >
      <summary>{t.showText}</summary>
      {/* Focusable so that keyboard users can scroll a long letter (WCAG 2.1.1), and so named. The
          label may stay hidden: aria-labelledby reads hidden nodes too (accname 1.2 §4.3.2, step 2A). */}
      <span id={labelId} hidden>
        {t.letterText}
      </span>
      <pre className="letter-text" tabIndex={0} role="region" aria-labelledby={`${labelId} ${headingId}`}>
        {text}
      </pre>
    </details>
  );
}
