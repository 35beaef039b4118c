/** How far back a refusal may lie: the record documents blocks that hold, not old history. */
export const maxReportAgeMs = 366 * 24 * 3600 * 1000;

/** Clocks disagree: a refusal up to an hour ahead of ours is taken as now. */
const clockSkewMs = 3600 * 1000;

/**
 * The hour a report keeps of a moment: truncated to the whole hour, UTC, written one way
 * (`2026-11-30T14:00:00Z`). A minute would help tell one person's refusals apart; an hour does not.
 */
export function reportHour(moment: Date): string {
  const hour = new Date(moment);
  hour.setUTCMinutes(0, 0, 0);
  return hour.toISOString().replace('.000Z', 'Z');
}

/** True for an hour written as `reportHour` writes it, not in the future, and less than a year old. */
export function isReportHour(hour: string, now: number = Date.now()): boolean {
  const time = Date.parse(hour);
  if (!Number.isFinite(time) || reportHour(new Date(time)) !== hour) return false;
  return time <= now + clockSkewMs && time >= now - maxReportAgeMs;
}
