import { Resolver } from 'node:dns/promises';

import type { BlockedServer, Isp, Provider } from '@/lib/data/schema';

import { ispAsTargets, mxNetworkTargets, type AbuseTarget } from './abuse-targets';
import type { DataCheckSettings } from './check-settings';
import { compareAbuse, type AbuseOutcome } from './compare-abuse';
import { compareMx } from './compare-mx';
import { lookupDomainMx, type DomainMx } from './dns-lookup';
import { mapWithLimit } from './map-with-limit';
import { mxExpectations } from './mx-expectations';
import { fetchAbuseContacts } from './ripestat';
import { checkStatuses, type CheckResult, type DataCheckReport } from './types';

export interface CheckedRecords {
  providers: readonly Provider[];
  isps: readonly Isp[];
  blockedServers: readonly BlockedServer[];
}

interface Phase<Extra = object> {
  reached: boolean;
  results: CheckResult[];
  extra: Extra;
}

/** A DNS failure that says nothing about the domain: the resolver did not answer at all. */
const unanswered = new Set(['ETIMEOUT', 'ECONNREFUSED', 'ECANCELLED']);

const reasonOf = (error: unknown): string =>
  error instanceof Error && error.name === 'TimeoutError' ? 'no answer in time' : error instanceof Error ? error.message : String(error);

/**
 * Runs `ask` over the items, at most `concurrency` at once. Unless the service is known to answer,
 * one item goes first: when it gets no answer, the rest are not asked (each would wait for its
 * own timeout) and `skipped` gives their outcome.
 */
async function probeThenAsk<Item, Outcome>(
  items: readonly Item[],
  concurrency: number,
  ask: (item: Item) => Promise<Outcome>,
  answered: (outcome: Outcome) => boolean,
  skipped: (probe: Outcome) => Outcome,
): Promise<{ reached: boolean; outcomes: Outcome[] }> {
  const [first, ...rest] = items;
  if (first === undefined) return { reached: false, outcomes: [] };
  const probe = await ask(first);
  if (!answered(probe)) return { reached: false, outcomes: items.map(() => skipped(probe)) };
  return { reached: true, outcomes: [probe, ...(await mapWithLimit(rest, concurrency, ask))] };
}

function ripestatAsker(settings: DataCheckSettings, deadline: AbortSignal) {
  return async (target: AbuseTarget): Promise<AbuseOutcome> => {
    try {
      const signal = AbortSignal.any([deadline, AbortSignal.timeout(settings.queryTimeoutMs)]);
      return { ok: true, contacts: await fetchAbuseContacts(settings.ripestatUrl, target.resource, signal) };
    } catch (error) {
      return { ok: false, reason: deadline.aborted ? 'the run reached its time limit' : reasonOf(error) };
    }
  };
}

async function checkIspNetworks(isps: readonly Isp[], settings: DataCheckSettings, deadline: AbortSignal): Promise<Phase> {
  const targets = ispAsTargets(isps);
  const { reached, outcomes } = await probeThenAsk<AbuseTarget, AbuseOutcome>(
    targets,
    settings.concurrency,
    ripestatAsker(settings, deadline),
    (outcome) => outcome.ok,
    (probe) => ({ ok: false, reason: `RIPEstat not reached (${probe.ok ? '' : probe.reason})` }),
  );
  return { reached, results: targets.map((target, index) => compareAbuse(target, outcomes[index] as AbuseOutcome)), extra: {} };
}

async function checkMx(records: CheckedRecords, resolver: Resolver, concurrency: number): Promise<Phase<{ lookups: DomainMx[] }>> {
  const expectations = mxExpectations(records.providers, records.blockedServers);
  const { reached, outcomes } = await probeThenAsk<(typeof expectations)[number], DomainMx>(
    expectations,
    concurrency,
    (expectation) => lookupDomainMx(resolver, expectation.domain),
    ({ outcome }) => outcome.status !== 'failed' || !unanswered.has(outcome.reason),
    ({ outcome }) => ({ outcome: { status: 'failed', reason: `DNS not reached: ${outcome.status === 'failed' ? outcome.reason : ''}` }, addresses: [] }),
  );
  // A resolver cut off from the public DNS (a sandbox, a captive portal) calls every name
  // NXDOMAIN: that says nothing about the domains, and must not read as 40 vanished domains.
  if (outcomes.length > 1 && outcomes.every(({ outcome }) => outcome.status === 'nxdomain')) {
    const blind: DomainMx = { outcome: { status: 'failed', reason: 'every domain was NXDOMAIN: this resolver does not see the public DNS' }, addresses: [] };
    return { reached: false, results: expectations.map((expectation) => compareMx(expectation, blind.outcome)), extra: { lookups: [] } };
  }
  const results = expectations.map((expectation, index) => compareMx(expectation, (outcomes[index] as DomainMx).outcome));
  return { reached, results, extra: { lookups: outcomes } };
}

/**
 * Re-checks the records against the world: the MX of every provider domain and of every
 * announced server's domain, RIPE's abuse mailbox for every ISP AS (both at once), then for the
 * network of every MX address DNS gave. Never rejects and never outlives `deadlineMs`: what has
 * no answer by then is reported unchecked.
 */
export async function runDataCheck(settings: DataCheckSettings, records: CheckedRecords): Promise<DataCheckReport> {
  const controller = new AbortController();
  const resolver = new Resolver({ timeout: settings.dnsTryTimeoutMs, tries: 2 });
  if (settings.dnsServers.length > 0) resolver.setServers(settings.dnsServers);
  const timer = setTimeout(() => {
    controller.abort();
    resolver.cancel();
  }, settings.deadlineMs);
  try {
    const [ispNetworks, mx] = await Promise.all([
      checkIspNetworks(records.isps, settings, controller.signal),
      checkMx(records, resolver, settings.concurrency),
    ]);
    const addresses = mx.extra.lookups.flatMap((lookup) => lookup.addresses);
    const networkTargets = mxNetworkTargets(addresses, records.isps, records.providers);
    const ask = ripestatAsker(settings, controller.signal);
    const networkOutcomes: AbuseOutcome[] = ispNetworks.reached
      ? await mapWithLimit(networkTargets, settings.concurrency, ask)
      : networkTargets.map(() => ({ ok: false, reason: 'RIPEstat not reached' }));
    const results = [...mx.results, ...ispNetworks.results, ...networkTargets.map((target, index) => compareAbuse(target, networkOutcomes[index] as AbuseOutcome))];
    const counts = Object.fromEntries(checkStatuses.map((status) => [status, results.filter((result) => result.status === status).length]));
    return {
      checkedAt: new Date().toISOString(),
      settings: { dnsServers: settings.dnsServers, ripestatUrl: settings.ripestatUrl },
      reached: { dns: mx.reached, ripestat: ispNetworks.reached },
      counts: counts as DataCheckReport['counts'],
      results,
    };
  } finally {
    clearTimeout(timer);
  }
}
