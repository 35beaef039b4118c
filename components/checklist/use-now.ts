import { useEffect, useState } from 'react';

/**
 * The current time, read again every hour and whenever the page comes back into view: a tab left
 * open for two weeks offers its follow-ups on the day they are due, not only after a reload.
 */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const tick = () => setNow(new Date());
    const timer = setInterval(tick, 60 * 60_000);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, []);
  return now;
}
