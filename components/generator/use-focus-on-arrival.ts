import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus to an element once, when asked, as soon as the element is there. The wish outlives
 * renders in which the element is missing: the results load lazily, so after a link's fragment
 * submits on arrival, or on a slow network, the letters exist before their heading does.
 * `changed` is what the element shows (the outcome): a new value retries while the element stays.
 */
export function useFocusOnArrival<T extends HTMLElement>(changed: unknown) {
  const element = useRef<T | null>(null);
  const wanted = useRef(false);

  const attempt = useCallback(() => {
    if (!wanted.current || !element.current) return;
    wanted.current = false;
    element.current.focus();
  }, []);

  const ref = useCallback(
    (node: T | null) => {
      element.current = node;
      attempt();
    },
    [attempt],
  );

  const request = useCallback(() => {
    wanted.current = true;
  }, []);

  useEffect(attempt, [changed, attempt]);

  return { ref, request };
}
