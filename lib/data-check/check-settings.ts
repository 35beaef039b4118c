import { mxConfig } from '@/lib/mx/mx-config';

export interface DataCheckSettings {
  /** `DNS_SERVERS`, as the app reads it; empty means the system's resolvers. */
  dnsServers: string[];
  /** `RIPESTAT_URL`: the RIPEstat Data API's base, so tests can point it at a local server. */
  ripestatUrl: string;
  /** One RIPEstat request gives up after this. */
  queryTimeoutMs: number;
  /** One DNS try gives up after this (c-ares doubles it for the second try). */
  dnsTryTimeoutMs: number;
  /** The whole run ends by then, answered or not: never a hang (issue 11: within 30 s). */
  deadlineMs: number;
  /** RIPEstat serves at most 8 requests at once from one address (its rules of usage). */
  concurrency: number;
}

export const defaultRipestatUrl = 'https://stat.ripe.net';

const defaults = { queryTimeoutMs: 5000, dnsTryTimeoutMs: 2000, deadlineMs: 25_000, concurrency: 8 } as const;

function ripestatBase(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`RIPESTAT_URL: "${value}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`RIPESTAT_URL: "${value}" is not http(s)`);
  return url.href.replace(/\/+$/, '');
}

/** The settings from the environment; a malformed `DNS_SERVERS` or `RIPESTAT_URL` throws with a message that says which. */
export function dataCheckSettings(env: Record<string, string | undefined> = process.env): DataCheckSettings {
  return {
    dnsServers: mxConfig(env).servers,
    ripestatUrl: ripestatBase(env.RIPESTAT_URL?.trim() || defaultRipestatUrl),
    ...defaults,
  };
}
