import { startTransition, useEffect, useState } from 'react';

/**
 * False on a component's first render, true soon after: set in a transition once that render is
 * committed, so the browser paints what the first render holds before React renders the rest.
 * The results show their summary and first letter in the click's own frame and the other letters
 * a frame or two later, instead of all of them together (bench/RESULTS.md, "The first click").
 */
export function useRestAfterFirstPaint(): boolean {
  const [rest, setRest] = useState(false);
  useEffect(() => {
    startTransition(() => setRest(true));
  }, []);
  return rest;
}
