import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render for a `key`, true soon after: set in a transition once that render is
 * committed, so the browser paints what the first render holds before React renders the rest.
 * The results show their summary and first letter in the click's own frame and the other letters
 * a frame or two later, instead of all of them together (bench/RESULTS.md, "The first click").
 * A new key (another recipient) starts again from false.
 */
export function useRestAfterFirstPaint(key: string): boolean {
  const [shownFor, setShownFor] = useState<string | null>(null);
  useEffect(() => {
    if (shownFor !== key) startTransition(() => setShownFor(key));
  }, [key, shownFor]);
  return shownFor === key;
}
