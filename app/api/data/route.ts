import { cacheableJson } from '@/lib/api/cacheable-json';
import { dataCaching } from '@/lib/export/data-export';
import { readOnly } from '@/lib/api/read-only';
import { dataExportJson } from '@/lib/export/data-export';

export const runtime = 'nodejs';
// Per request: the answer depends on If-None-Match.
export const dynamic = 'force-dynamic';

/**
 * GET /api/data → every record the letters draw on, `{ version, generatedAt, license, providers,
 * isps, blockedServers, blockedServices }`, under CC BY 4.0. Cacheable: ETag and max-age.
 * The schema of the answer: GET /api/data/schema.
 */
export function GET(request: Request): Response {
  return cacheableJson(request, dataExportJson(), dataCaching);
}

export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };
