/**
 * The day the reference research behind lib/data was compiled (../shared/reference/providers.md).
 * Every contact carries it as `checked` until someone re-checks that contact and updates its date.
 */
export const dataDate = '2026-11-27';
