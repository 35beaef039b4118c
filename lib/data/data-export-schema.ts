import { z } from 'zod';

import { blockedServerSchema, blockedServiceSchema, ispSchema, providerSchema } from './schema';

const licenceSchema = z.object({ name: z.string(), url: z.url(), attribution: z.string() });

/**
 * GET /api/data: every record the letters draw on, under the export names the page and other
 * clients rely on. Published as JSON Schema at GET /api/data/schema (zod's own z.toJSONSchema,
 * so the schema and the records' validation are one definition).
 */
export const dataExportSchema = z
  .object({
    version: z.string().describe('a fingerprint of the records: it changes exactly when a record does'),
    generatedAt: z.iso.datetime().describe('when this server put the export together'),
    license: z.object({
      records: licenceSchema,
      networkData: licenceSchema.extend({ appliesTo: z.string(), attributionUrl: z.url(), source: z.string() }),
    }),
    providers: z.array(providerSchema),
    isps: z.array(ispSchema),
    blockedServers: z.array(blockedServerSchema),
    blockedServices: z.array(blockedServiceSchema),
  })
  .meta({ title: 'Unblock Mail data export', description: 'Mail providers, Russian ISPs, the servers Mailfence lists and the services whose mail is refused, each contact with its source and the date of its evidence.' });

export type DataExport = z.infer<typeof dataExportSchema>;
