import 'server-only';

import { Resolver } from 'node:dns/promises';

import { isPublicDomain } from './is-public-domain';
import { mxConfig, type MxConfig } from './mx-config';
import { mxStatusForError } from './mx-status-for-error';
import { cachedSendingServers } from './spf-cache';
import { parseSpfRecord, selectSpfRecord, type SpfRecord } from './spf-record';
import type { SendingServers, SpfStatus } from './spf-types';

/** RFC 7208 §4.6.4: at most 10 terms that cause DNS queries (include, a, mx, ptr, exists, redirect). */
export const SPF_LOOKUP_LIMIT = 10;

/** Ends the walk with a status: a permanent error of the record, or DNS failing. */
class SpfStop extends Error {
  constructor(readonly status: Exclude<SpfStatus, 'ok'>) {
    super(status);
  }
}

/** A TXT answer, or the status that ends the walk when DNS could not give one. */
type TxtAnswer = { txt: string[][] } | { stop: 'timeout' | 'error' };

interface Walk {
  resolver: Resolver;
  lookups: number;
  ranges: Set<string>;
  /** TXT queries by name, started ahead of their turn: each name is asked once per walk. */
  fetched: Map<string, Promise<TxtAnswer>>;
}

/** The TXT records of `domain`, asked once per walk; never rejects. No such name or record is none. */
function fetchTxt(walk: Walk, domain: string): Promise<TxtAnswer> {
  let pending = walk.fetched.get(domain);
  if (pending === undefined) {
    pending = walk.resolver.resolveTxt(domain).then(
      (txt): TxtAnswer => ({ txt }),
      (error: unknown): TxtAnswer => {
        const status = mxStatusForError(error);
        return status === 'timeout' || status === 'error' ? { stop: status } : { txt: [] };
      },
    );
    walk.fetched.set(domain, pending);
  }
  return pending;
}

/**
 * Asks for the records a record includes or redirects to before reading it, all at once, so that
 * a record's includes cost one round trip, not one each. Only those the lookup limit may still
 * reach are asked: what a receiver would never query, neither do we.
 */
function prefetchTargets(walk: Walk, record: SpfRecord): void {
  let position = walk.lookups;
  for (const term of record.terms) {
    if (term.kind === 'range') continue;
    position += 1;
    if (term.kind === 'include' && position <= SPF_LOOKUP_LIMIT && isPublicDomain(term.domain)) void fetchTxt(walk, term.domain);
  }
  if (record.redirect !== null && position + 1 <= SPF_LOOKUP_LIMIT && isPublicDomain(record.redirect)) void fetchTxt(walk, record.redirect);
}

function countLookup(walk: Walk): void {
  walk.lookups += 1;
  if (walk.lookups > SPF_LOOKUP_LIMIT) throw new SpfStop('too-many-lookups');
}

/** The SPF record of `domain`; an included or redirected name without one is a permanent error (§5.2, §6.1). */
async function spfRecordOf(walk: Walk, domain: string, top: boolean): Promise<string> {
  if (!isPublicDomain(domain)) throw new SpfStop('not-public');
  const answer = await fetchTxt(walk, domain);
  if ('stop' in answer) throw new SpfStop(answer.stop);
  const record = selectSpfRecord(answer.txt);
  if (record === 'several') throw new SpfStop('invalid');
  if (record === 'none') throw new SpfStop(top ? 'none' : 'invalid');
  return record;
}

/**
 * Reads `domain`'s record and follows it, term by term as a receiver would (RFC 7208 §4.6),
 * counting each DNS-querying term. Ranges count only along a chain of passing terms: `-include:`
 * and `~ip4:` name servers that are not the service's. `path` holds the records being read, so
 * an include or redirect back into one of them is a loop; the same include reached twice along
 * different branches is not (it is read, and counted, twice, as a receiver would, but asked once).
 */
async function follow(walk: Walk, domain: string, path: string[], passing: boolean): Promise<void> {
  if (path.includes(domain)) throw new SpfStop('loop');
  const record = parseSpfRecord(await spfRecordOf(walk, domain, path.length === 0));
  if (record === null) throw new SpfStop('invalid');
  prefetchTargets(walk, record);
  const inside = [...path, domain];
  for (const term of record.terms) {
    if (term.kind === 'range') {
      if (passing && term.pass) walk.ranges.add(term.range);
      continue;
    }
    countLookup(walk);
    if (term.kind === 'include') await follow(walk, term.domain, inside, passing && term.pass);
  }
  if (record.redirect !== null) {
    countLookup(walk);
    await follow(walk, record.redirect, inside, passing);
  }
}

/**
 * Every query of the walk shares one resolver and one budget: when it runs out the resolver is
 * cancelled, which settles the pending query at once (ECANCELLED, read as `timeout`).
 */
async function walkWithinBudget(domain: string, config: MxConfig): Promise<SendingServers> {
  const resolver = new Resolver({ timeout: config.tryTimeoutMs, tries: config.tries });
  if (config.servers.length > 0) resolver.setServers(config.servers);
  const timer = setTimeout(() => resolver.cancel(), config.budgetMs);
  const walk: Walk = { resolver, lookups: 0, ranges: new Set(), fetched: new Map() };
  try {
    await follow(walk, domain, [], true);
    return { domain, ranges: [...walk.ranges], status: 'ok' };
  } catch (error) {
    if (!(error instanceof SpfStop)) console.error('SPF walk failed', error);
    return { domain, ranges: [], status: error instanceof SpfStop ? error.status : 'error' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The servers a mail service sends from, as its SPF record says: the `ip4:`/`ip6:` ranges of the
 * record of `domain` and of every record it includes or redirects to, within RFC 7208's limit of
 * 10 DNS-querying terms, in the same 1.5 s DNS budget and with the same resolvers as the MX lookup
 * (`DNS_SERVERS`; `MX_LOOKUP=off` gives `disabled`). The a, mx, ptr and exists terms count toward
 * the limit but are not turned into addresses: a and mx name hosts whose addresses the ranges
 * usually hold already and would cost more queries of the same budget, and ptr and exists depend
 * on the connecting client, so they list nothing. All or nothing: any error gives no ranges and
 * its status, never a partial list. Never rejects; answers are cached (lib/mx/spf-cache.ts).
 */
export async function lookupSendingServers(domain: string | null): Promise<SendingServers> {
  if (domain === null) return { domain: null, ranges: [], status: 'no-domain' };
  const name = domain.trim().toLowerCase().replace(/\.$/, '');
  let config: MxConfig;
  try {
    config = mxConfig();
  } catch (error) {
    console.error(error);
    return { domain: name, ranges: [], status: 'error' };
  }
  if (!config.enabled) return { domain: name, ranges: [], status: 'disabled' };
  if (!isPublicDomain(name)) return { domain: name, ranges: [], status: 'not-public' };
  return cachedSendingServers(`${config.servers.join(',')} ${name}`, () => walkWithinBudget(name, config));
}
