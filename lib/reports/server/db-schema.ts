import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/*
 * The record's one table. `npm run db:generate` (drizzle-kit) writes a migration from any change
 * here into ./migrations; the app applies them at start (open-report-database.ts). No import of
 * the app here: drizzle-kit loads this file on its own.
 */

/**
 * One refusal per row, exactly the fields of a `RefusalReport` plus the network the server's
 * address sat on when it was reported. No recipient, no sender, nothing about the client, and no
 * time of receipt: `refused_at` is the refusal's hour, the only time a report keeps.
 */
export const refusalReports = pgTable(
  'refusal_reports',
  {
    id: uuid('id').primaryKey(),
    host: text('host').notNull(),
    service: text('service').notNull(),
    serviceDomain: text('service_domain').notNull(),
    remoteIp: text('remote_ip'),
    smtpCode: smallint('smtp_code'),
    enhancedCode: text('enhanced_code'),
    diagnostic: text('diagnostic'),
    refusedAt: timestamp('refused_at', { withTimezone: true, mode: 'date' }).notNull(),
    providerId: text('provider_id'),
    asn: integer('asn'),
    operator: text('operator'),
  },
  (table) => [
    // GET /api/reports groups by (host, service) and filters by host, service and time: one index
    // in that order serves the aggregate, the host filter and the per-day timelines.
    index('refusal_reports_host_service_refused_at').on(table.host, table.service, table.refusedAt),
    // `since` without a host, reportedBlocking's 90 days and the prune.
    index('refusal_reports_refused_at').on(table.refusedAt),
    check('refusal_reports_smtp_code', sql`${table.smtpCode} between 400 and 599`),
  ],
);

export type RefusalReportRow = typeof refusalReports.$inferSelect;
