import { noStoreJson } from '@/lib/api/no-store-json';
import { readOnly } from '@/lib/api/read-only';
import { healthReport } from '@/lib/server/health';

// The network table is read from disk (lib/mx), and the answer is about this instance, now.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * GET /api/health → 200 `{ status: "ok", version }` when this instance can serve, else 503 with
 * the problems by name. For the operator's monitor and the proxy; never rate limited, no DNS.
 */
export function GET(): Response {
  const body = healthReport();
  return noStoreJson(body, { status: body.status === 'ok' ? 200 : 503 });
}

export { readOnly as POST, readOnly as PUT, readOnly as PATCH, readOnly as DELETE };
