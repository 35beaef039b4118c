import 'server-only';

import { Resolver } from 'node:dns/promises';

import { isPublicDomain } from './is-public-domain';
import { cachedMxLookup, mxCacheRemainingMs, type FreshMxLookup } from './mx-cache';
import { mxConfig, type MxConfig } from './mx-config';
import { mxHostsFromRecords } from './mx-hosts-from-records';
import { mxStatusForError } from './mx-status-for-error';
import { resolveHostAddresses } from './resolve-host-addresses';
import type { MxLookup } from './types';

/**
 * MX, then the addresses of every host in parallel, all within one budget: when it runs out the
 * resolver is cancelled, which settles every pending query at once (ECANCELLED). A silent server
 * therefore costs `budgetMs`, never c-ares' own retry schedule.
 */
async function queryWithinBudget(domain: string, config: MxConfig): Promise<FreshMxLookup> {
  const resolver = new Resolver({ timeout: config.tryTimeoutMs, tries: config.tries });
  if (config.servers.length > 0) resolver.setServers(config.servers);
  let cutShort = false;
  const timer = setTimeout(() => {
    cutShort = true;
    resolver.cancel();
  }, config.budgetMs);
  try {
    const records = await resolver.resolveMx(domain);
    if (records.length === 0) return { mx: null, mxStatus: 'nodata', cutShort };
    const targets = mxHostsFromRecords(records, config.maxHosts);
    if (targets.length === 0) return { mx: null, mxStatus: 'null-mx', cutShort };
    const found = await Promise.all(
      targets.map(async ({ host, preference }) => ({ host, preference, ...(await resolveHostAddresses(resolver, host)) })),
    );
    const mx = found.map(({ host, preference, addresses }) => ({ host, preference, addresses }));
    return { mx, mxStatus: 'ok', cutShort: cutShort || found.some((host) => !host.complete) };
  } catch (error) {
    return { mx: null, mxStatus: mxStatusForError(error), cutShort };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What DNS says about a recipient domain's mail servers: hosts by preference with the network of
 * each address, or null and the reason. Never rejects. Only public ICANN domains are looked up;
 * `MX_LOOKUP=off` turns DNS off and `DNS_SERVERS` picks the resolvers (lib/mx/mx-config.ts).
 */
export async function lookupMx(domain: string): Promise<MxLookup> {
  let config: MxConfig;
  try {
    config = mxConfig();
  } catch (error) {
    console.error(error);
    return { mx: null, mxStatus: 'error' };
  }
  if (!config.enabled) return { mx: null, mxStatus: 'disabled' };
  const name = lookupName(domain);
  if (!isPublicDomain(name)) return { mx: null, mxStatus: 'not-public' };
  return cachedMxLookup(cacheKey(name, config), () => queryWithinBudget(name, config));
}

/**
 * How many more seconds the server keeps its MX answer for `domain`, so that a shared cache in
 * front keeps it no longer; 0 when it keeps none (DNS off, a name never looked up, bad settings).
 */
export function mxAnswerMaxAgeSeconds(domain: string): number {
  let config: MxConfig;
  try {
    config = mxConfig();
  } catch {
    return 0;
  }
  if (!config.enabled) return 0;
  return Math.floor(mxCacheRemainingMs(cacheKey(lookupName(domain), config)) / 1000);
}

function lookupName(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, '');
}

/** Answers are kept per resolver set: tests and operators that change DNS_SERVERS get fresh ones. */
function cacheKey(name: string, config: MxConfig): string {
  return `${config.servers.join(',')} ${name}`;
}
