import { apiError } from '@/lib/api/api-error';
import { readOnly } from '@/lib/api/read-only';
import { blockedServices } from '@/lib/data/blocked-services';
import { SPF_TTL_BY_STATUS } from '@/lib/mx/spf-cache';
import { lookupSendingServers } from '@/lib/mx/spf-ranges';
import type { SendingServers } from '@/lib/mx/spf-types';
import { rateLimited } from '@/lib/rate-limit/rate-limited';

// node:dns (lib/mx) needs Node, and every answer depends on the query string.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export type SendingServersBody = SendingServers & { service: string };

/**
 * GET /api/sending-servers?service=mailfence → `{ service, domain, ranges, status }`: the ranges
 * the service's SPF record authorises (lib/mx/spf-ranges.ts), for the page's facts block. Only a
 * known service id is accepted (400 `unknown_service` otherwise): the domain queried is always one
 * of our data, never one a client chose. The answer is the same for everyone, so shared caches may
 * keep it, as long as the server's own cache keeps it.
 */
export async function GET(request: Request): Promise<Response> {
  const limited = rateLimited(request);
  if (limited) return limited;
  const id = new URL(request.url).searchParams.get('service');
  const service = blockedServices.find((candidate) => candidate.id === id);
  if (service === undefined) {
    const services = blockedServices.map((candidate) => candidate.id).join(', ');
    return apiError(request, 400, 'unknown_service', (t) => t.apiErrors.unknown_service, { values: { services } });
  }
  const servers = await lookupSendingServers(service.domains[0] ?? null);
  const body: SendingServersBody = { service: service.id, ...servers };
  // An answer made without DNS (MX_LOOKUP=off) holds until the server restarts: a minute will do.
  const maxAge = Math.floor(SPF_TTL_BY_STATUS[servers.status] / 1000) || 60;
  return Response.json(body, { headers: { 'Cache-Control': `public, max-age=${maxAge}` } });
}

export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };
