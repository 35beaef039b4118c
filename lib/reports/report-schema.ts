import { z } from 'zod';

import { blockedServices } from '@/lib/data/blocked-services';
import { providers } from '@/lib/data/providers';

import { isReportHour } from './report-hour';
import { scrubDiagnostic } from './scrub-diagnostic';
import { maxDiagnosticLength } from './types';

/** The consumer services, whose id a report may name instead of the recipient's domain. */
export const consumerProviderIds = providers.filter((provider) => provider.domains.length > 0).map((provider) => provider.id);

/** Lower-case ASCII host name of two labels or more (RFC 1123), as DNS is asked for it. */
const hostPattern = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

const serviceSchema = z
  .strictObject({ id: z.string(), domain: z.string() }, { error: 'unknown_service' })
  .refine(({ id, domain }) => blockedServices.some((service) => service.id === id && service.domains.includes(domain)), {
    error: 'unknown_service',
  });

/**
 * One refusal report, as `POST /api/reports` takes it and the consent component shows it. Strict:
 * a field a report never holds (a recipient, a sender, a letter) is refused, not dropped, so a
 * client that sends one learns it. Every issue's message is a `ReportErrorCode`. The diagnostic
 * is scrubbed here too: whatever a client sends, the record keeps it only without addresses and
 * references.
 */
export const refusalReportSchema = z
  .strictObject({
    /** The sender's service: a known id and one of its domains. */
    service: serviceSchema,
    /** The refusing server's host name, lower-case ASCII, no trailing dot. */
    remoteMta: z
      .string({ error: 'bad_host' })
      .trim()
      .toLowerCase()
      .overwrite((host) => host.replace(/\.$/, ''))
      .regex(hostPattern, { error: 'bad_host' }),
    remoteIp: z.union([z.ipv4(), z.ipv6()], { error: 'bad_ip' }).optional(),
    smtpCode: z.int({ error: 'bad_smtp_code' }).min(400, { error: 'bad_smtp_code' }).max(599, { error: 'bad_smtp_code' }).optional(),
    enhancedCode: z
      .string({ error: 'bad_enhanced_code' })
      .regex(/^[45]\.\d{1,3}\.\d{1,3}$/, { error: 'bad_enhanced_code' })
      .optional(),
    /** The server's words, with every address, local part and per-message reference removed. */
    diagnostic: z
      .string({ error: 'invalid_report' })
      .max(maxDiagnosticLength, { error: 'diagnostic_too_long' })
      // zod runs an overwrite after a failed check too: a text already refused is not scrubbed,
      // so that its length, not the scrubber, bounds the work a request can ask for.
      .overwrite((text) => (text.length > maxDiagnosticLength ? text : scrubDiagnostic(text)))
      .optional(),
    /** The hour of the refusal, UTC. */
    hour: z.string({ error: 'bad_hour' }).refine((hour) => isReportHour(hour), { error: 'bad_hour' }),
    /** Only when the recipient's mailbox is at a known consumer service (Mail.ru, Yandex…). */
    providerId: z.enum(consumerProviderIds as [string, ...string[]], { error: 'unknown_provider' }).optional(),
  }, { error: 'invalid_report' })
  .refine((report) => report.smtpCode !== undefined || report.enhancedCode !== undefined, { error: 'no_code' });

/**
 * One refusal, as the public record keeps it: the sender's service, the server that refused, its
 * codes and words (scrubbed), the hour, and the recipient's provider when it is a consumer service.
 * Nothing else: no recipient, no sender, no letter, nothing about the client that sent it.
 * (A type only: the browser imports it without the schema.)
 */
export type RefusalReport = z.output<typeof refusalReportSchema>;
