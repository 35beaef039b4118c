import { parseDayOrInstant } from '@/lib/calendar/iso-instant';
import { headerWeight } from '@/lib/http/header-weight';

import type { AggregateFilter } from './types';

export type AggregateFormat = 'json' | 'csv';

export type AggregateQuery = { ok: true; filter: AggregateFilter; format: AggregateFormat } | { ok: false };

const hostPattern = /^[a-z0-9.-]{1,253}$/;
const servicePattern = /^[a-z0-9-]{1,64}$/;

/** The weight a media range gets in an Accept header (RFC 9110 §12.5.1), 0 when absent. */
function quality(accept: string, type: string): number {
  for (const entry of accept.split(',')) {
    const [range = '', ...params] = entry.split(';');
    if (range.trim().toLowerCase() === type) return headerWeight(params);
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
  const since = sinceText === undefined ? undefined : parseDayOrInstant(sinceText);
  if (format === null) return { ok: false };
  if (host !== undefined && !hostPattern.test(host)) return { ok: false };
  if (service !== undefined && !servicePattern.test(service)) return { ok: false };
  if (since === null) return { ok: false };
  return {
    ok: true,
    format,
    filter: { ...(host === undefined ? {} : { host }), ...(service === undefined ? {} : { service }), ...(since === undefined ? {} : { since }) },
  };
}
