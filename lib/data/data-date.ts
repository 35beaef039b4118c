/**
 * The day the research behind lib/data was compiled (from stored public copies; each record cites
 * its own source URL, docs/data.md).
 * Every contact carries it as `checked` until someone re-checks that contact and updates its date.
 */
export const dataDate = '2026-11-27';
