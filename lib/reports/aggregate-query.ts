import type { AggregateFilter } from './types';

export type AggregateFormat = 'json' | 'csv';

export type AggregateQuery = { ok: true; filter: AggregateFilter; format: AggregateFormat } | { ok: false };

const hostPattern = /^[a-z0-9.-]{1,253}$/;
const servicePattern = /^[a-z0-9-]{1,64}$/;
/** A day (2026-01-31) or a moment with its offset (2026-01-31T12:00:00Z). */
const sincePattern = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * A `since` that names a real moment PostgreSQL can hold: the pattern's shape, a day that exists
 * (the Date parser turns 2026-02-31 into 3 March), and a year from 1 in UTC (PostgreSQL has no
 * year 0, and refusing it there would read as the database failing).
 */
function isCalendarMoment(text: string, moment: Date | undefined): boolean {
  const match = sincePattern.exec(text);
  if (match === null || moment === undefined || Number.isNaN(moment.getTime())) return false;
  const [year, month, day] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const asWritten = new Date(0);
  asWritten.setUTCFullYear(year, month - 1, day);
  const sameDay = asWritten.getUTCFullYear() === year && asWritten.getUTCMonth() === month - 1 && asWritten.getUTCDate() === day;
  return sameDay && moment.getUTCFullYear() >= 1;
}

/** The q-value a media range gets in an Accept header (RFC 9110 §12.5.1), 0 when absent. */
function quality(accept: string, type: string): number {
  for (const entry of accept.split(',')) {
    const [range = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    if (range !== type) continue;
    const q = params.find((param) => param.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    return Number.isFinite(value) ? value : 0;
  }
  return 0;
}

/**
 * CSV when `?format=csv`, or when the Accept header prefers text/csv to JSON; JSON otherwise
 * (a browser's catch-all range gets JSON).
 */
function formatOf(format: string | null, accept: string | null): AggregateFormat | null {
  if (format !== null) return format === 'csv' || format === 'json' ? format : null;
  if (accept === null) return 'json';
  return quality(accept, 'text/csv') > quality(accept, 'application/json') ? 'csv' : 'json';
}

/** Reads `host`, `service`, `since` and `format` of GET /api/reports; anything malformed is not ok. */
export function readAggregateQuery(params: URLSearchParams, accept: string | null): AggregateQuery {
  const format = formatOf(params.get('format'), accept);
  const host = params.get('host')?.trim().toLowerCase().replace(/\.$/, '');
  const service = params.get('service')?.trim().toLowerCase();
  // An unencoded "+03:00" arrives as " 03:00" (a plus is a space in a query string).
  const sinceText = params.get('since')?.trim().replace(/ (\d{2}:\d{2})$/, '+$1');
  const since = sinceText === undefined ? undefined : new Date(sinceText);
  if (format === null) return { ok: false };
  if (host !== undefined && !hostPattern.test(host)) return { ok: false };
  if (service !== undefined && !servicePattern.test(service)) return { ok: false };
  if (sinceText !== undefined && !isCalendarMoment(sinceText, since)) return { ok: false };
  return {
    ok: true,
    format,
    filter: { ...(host === undefined ? {} : { host }), ...(service === undefined ? {} : { service }), ...(since === undefined ? {} : { since }) },
  };
}
