import 'server-only';

import { isIP } from 'node:net';

/** How lookupMx behaves; read from the environment on every lookup, so tests can change it. */
export interface MxConfig {
  /** False when `MX_LOOKUP=off`: the app then answers from its own data alone. */
  enabled: boolean;
  /** Resolvers in the form `Resolver#setServers` takes; empty means the system's. */
  servers: string[];
  /** The whole lookup (MX, then A/AAAA of every host) ends by then, answered or not. */
  budgetMs: number;
  /** c-ares doubles the wait on each retry: 400 + 800 ms fits in the budget. */
  tryTimeoutMs: number;
  tries: number;
  /** Hosts looked up and returned, best preference first; more is a misconfiguration or abuse. */
  maxHosts: number;
}

const DEFAULTS = { budgetMs: 1500, tryTimeoutMs: 400, tries: 2, maxHosts: 10 } as const;

/**
 * One `DNS_SERVERS` entry (`ip`, `ip:port`, `[ipv6]`, `[ipv6]:port` or a bare IPv6) in the form
 * `setServers` takes. Anything else throws: silently falling back on the system resolver would
 * send the recipients' domains somewhere the operator did not choose.
 */
function normaliseServer(entry: string): string {
  if (isIP(entry) !== 0) return isIP(entry) === 6 ? `[${entry}]` : entry;
  const bracketed = /^\[([0-9a-fA-F:.]+)\](?::(\d{1,5}))?$/.exec(entry);
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})$/.exec(entry);
  const match = bracketed ?? v4WithPort;
  const ip = match?.[1];
  const port = match?.[2] === undefined ? undefined : Number(match[2]);
  if (ip === undefined || isIP(ip) === 0 || (port !== undefined && (port < 1 || port > 65535))) {
    throw new Error(`DNS_SERVERS: "${entry}" is not ip[:port] or [ipv6][:port]`);
  }
  const host = isIP(ip) === 6 ? `[${ip}]` : ip;
  return port === undefined ? host : `${host}:${port}`;
}

export function mxConfig(env: Record<string, string | undefined> = process.env): MxConfig {
  const servers = (env.DNS_SERVERS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map(normaliseServer);
  return { enabled: env.MX_LOOKUP?.trim().toLowerCase() !== 'off', servers, ...DEFAULTS };
}
