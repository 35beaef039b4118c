import 'server-only';

import { loadNetworkTable } from '@/lib/mx/load-network-table';
import { mxConfig } from '@/lib/mx/mx-config';
import { rateLimitSettingsProblems } from '@/lib/rate-limit/rate-limit-settings';
import packageJson from '@/package.json';

import { siteUrl } from './site-url';

export interface HealthBody {
  status: 'ok' | 'unavailable';
  version: string;
  /** What is wrong, by name: `network-table`, or the environment variable that cannot be read. */
  problems?: string[];
}

/** Whether `check` throws; the message stays out of the answer (it may show a setting's value). */
function fails(check: () => unknown): boolean {
  try {
    check();
    return false;
  } catch {
    return true;
  }
}

/**
 * Whether this instance can serve: the network table is loaded (read once; every later call costs
 * nothing) and every setting can be read. No DNS query, no rate limit: a proxy or a monitor may
 * ask as often as it likes, and a slow resolver must not take healthy instances out of service.
 */
export function healthReport(env: Record<string, string | undefined> = process.env): HealthBody {
  const problems = [
    ...(fails(loadNetworkTable) ? ['network-table'] : []),
    ...(fails(() => mxConfig(env)) ? ['DNS_SERVERS'] : []),
    ...(fails(() => siteUrl(env)) ? ['SITE_URL'] : []),
    ...rateLimitSettingsProblems(env),
  ];
  const { version } = packageJson;
  return problems.length === 0 ? { status: 'ok', version } : { status: 'unavailable', version, problems };
}
