import 'server-only';

import { createHash } from 'node:crypto';

import { z } from 'zod';

import { blockedServers } from '@/lib/data/blocked-servers';
import { blockedServices } from '@/lib/data/blocked-services';
import { dataExportSchema, type DataExport } from '@/lib/data/data-export-schema';
import { isps } from '@/lib/data/isps';
import { providers } from '@/lib/data/providers';
import { recordsLicence } from '@/lib/data/records-licence';

const fingerprint = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** A JSON answer built once per server process, with the validator a cache compares it by. */
export interface CachedJson {
  body: string;
  etag: string;
}

/**
 * The records as GET /api/data serves them. Built once: they are constants of this build. The
 * version and the ETag are a fingerprint of the records alone, so two servers of one build agree
 * on both; `generatedAt` may differ between them, which is why the ETag is weak (RFC 9110 §8.8.1).
 */
function buildDataExport(now: Date): CachedJson {
  const records = { providers, isps, blockedServers, blockedServices };
  const version = fingerprint(JSON.stringify(records));
  const dataExport: DataExport = { version, generatedAt: now.toISOString(), license: recordsLicence, ...records };
  return { body: JSON.stringify(dataExport), etag: `W/"${version}"` };
}

function buildDataSchema(): CachedJson {
  const body = JSON.stringify(z.toJSONSchema(dataExportSchema, { io: 'output' }));
  return { body, etag: `"${fingerprint(body)}"` };
}

let exported: CachedJson | undefined;
let schema: CachedJson | undefined;

export function dataExportJson(): CachedJson {
  exported ??= buildDataExport(new Date());
  return exported;
}

export function dataSchemaJson(): CachedJson {
  schema ??= buildDataSchema();
  return schema;
}

/** The records change only with a deploy: any cache may keep them an hour, then revalidate by ETag. */
export const dataCaching = { maxAgeSeconds: 3600, staleWhileRevalidateSeconds: 60 } as const;
