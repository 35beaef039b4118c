import 'server-only';

import { sql, type SQL } from 'drizzle-orm';

import { refusalReports } from './db-schema';

/*
 * The few expressions the queries share, written once. Times are read in UTC whatever the
 * server's TimeZone, and handed out as text, so PGlite and node-postgres answer alike.
 */

/** The refusal's UTC day. */
export const refusedDay: SQL = sql`(${refusalReports.refusedAt} at time zone 'UTC')::date`;

/** An hour as the reports write it: 2026-11-30T14:00:00Z. */
export function utcHourText(expression: SQL): SQL<string> {
  return sql<string>`to_char(${expression} at time zone 'UTC', 'YYYY-MM-DD"T"HH24":00:00Z"')`;
}

/** A day as YYYY-MM-DD. */
export function utcDayText(expression: SQL): SQL<string> {
  return sql<string>`to_char(${expression} at time zone 'UTC', 'YYYY-MM-DD')`;
}
