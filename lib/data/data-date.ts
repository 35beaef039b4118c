/**
 * The two days a person looked at lib/data, for the `reviewed` dates (see docs/data.md).
 *
 * `researchDate`: the research behind lib/data was compiled from stored public copies; a record
 * nobody has re-read since carries it.
 * `recheckDate`: the evidence behind a record was re-read against its source, and its own date
 * (`evidenceDate`) taken from it (issue 11).
 */
export const researchDate = '2026-11-27';
export const recheckDate = '2026-11-30';
