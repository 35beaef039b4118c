import { cacheableJson } from '@/lib/api/cacheable-json';
import { dataCaching } from '@/lib/export/data-export';
import { readOnly } from '@/lib/api/read-only';
import { dataSchemaJson } from '@/lib/export/data-export';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/data/schema → the JSON Schema (draft 2020-12) of GET /api/data, made by zod from the record schemas. */
export function GET(request: Request): Response {
  return cacheableJson(request, dataSchemaJson(), dataCaching);
}

export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };
