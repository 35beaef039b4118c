import { defaultLocale, type Locale } from '@/lib/i18n/locales';
import { hostsInNetwork } from '@/lib/resolve/hosts-in-network';
import type { Resolution } from '@/lib/resolve/types';

import { hasFeedbackChannel, ispFeedbackLetter, ispNetworkLetter, refusedInsideNetwork } from './isp-letters';
import { letterFacts, type LetterEvidence, type LetterFacts } from './letter-facts';
import { providerLetter } from './provider-letter';
import { recipientLetter } from './recipient-letter';
import type { Letter, SenderFacts } from './types';

/**
 * Which letters fit. `blocking`: the recipient is in Russia or behind a server the service's
 * notice names, so the provider, the ISPs and the recipient are written to. `delivery-report`:
 * elsewhere, a bounce came back, so the provider gets a neutral report and the recipient a note.
 * `not-known-to-block`: elsewhere and nothing came back: no one is known to refuse anything, and a
 * letter saying otherwise would accuse a provider outside the problem.
 */
export type LetterCase = 'blocking' | 'delivery-report' | 'not-known-to-block';

export interface LetterSet {
  letterCase: LetterCase;
  /** The provider's letter, the network letters, the recipient's note, then the feedback letters. */
  letters: Letter[];
  /** ISPs that would get a feedback letter but have no sourced feedback channel, by their names. */
  ispsWithoutFeedback: IspName[];
  /** What the letters were written from: a follow-up is written from the same facts. */
  facts: LetterFacts;
}

/** An ISP as the page names it: its id, Latin brand and Russian brand. */
export interface IspName {
  id: string;
  name: string;
  nameRu: string;
}

export interface BuildOptions {
  /** The language the user reads the page in: the links' short body speaks to them in it. */
  userLanguage?: Locale;
  /** What the lookups added: the bounce read beforehand, the service's SPF ranges. */
  evidence?: LetterEvidence;
}

export function letterCase(resolution: Resolution, facts: LetterFacts): LetterCase {
  if (resolution.russia.yes || resolution.blockedServers.length > 0) return 'blocking';
  return facts.evidence === 'missing' ? 'not-known-to-block' : 'delivery-report';
}

/**
 * The letters' languages before the user chooses: for a recipient in Russia, Russian first (the
 * language the provider's and ISPs' staff read) with the user's own language alongside, so the
 * user can check what they send; elsewhere, the user's language alone.
 */
export function defaultLetterLanguages(resolution: Resolution, uiLocale: Locale): Locale[] {
  return resolution.russia.yes ? [...new Set<Locale>(['ru', uiLocale])] : [uiLocale];
}

/**
 * Every letter that fits one recipient. An ISP is written to at its network desk only when the
 * recipient's MX sits in its AS numbers (and no server there has already answered with a
 * refusal, which shows the traffic got through), and through its feedback channel only where one is
 * sourced: an ISP without a sourced address gets no letter rather than a guessed one.
 * `languages` gives the parts of each letter in order; repeats are dropped, and an empty list
 * falls back on the default locale so that no letter is ever empty.
 */
export function buildLetters(
  resolution: Resolution,
  sender: SenderFacts,
  languages: readonly Locale[],
  options: BuildOptions = {},
): LetterSet {
  const unique = [...new Set(languages)];
  const parts = unique.length > 0 ? unique : [defaultLocale];
  const user = options.userLanguage ?? parts.at(-1) ?? defaultLocale;
  const facts = letterFacts(resolution, sender, options.evidence);
  const kind = letterCase(resolution, facts);
  if (kind === 'not-known-to-block') return { letterCase: kind, letters: [], ispsWithoutFeedback: [], facts };

  const provider = providerLetter(resolution.provider, facts, kind, parts, user);
  const recipient = recipientLetter(facts, parts, user);
  if (kind === 'delivery-report') return { letterCase: kind, letters: [provider, recipient], ispsWithoutFeedback: [], facts };

  const network = resolution.isps
    .map((isp) => ({ isp, hosts: hostsInNetwork(isp, resolution.mx) }))
    .filter(({ hosts }) => hosts.length > 0 && !refusedInsideNetwork(hosts, facts))
    .map(({ isp, hosts }) => ispNetworkLetter(isp, hosts, facts, parts, user))
    .filter((letter) => letter.to.length > 0);
  const feedback = resolution.isps.filter(hasFeedbackChannel).map((isp) => ispFeedbackLetter(isp, facts, parts, user));
  return {
    letterCase: kind,
    letters: [provider, ...network, recipient, ...feedback],
    ispsWithoutFeedback: resolution.isps
      .filter((isp) => !hasFeedbackChannel(isp))
      .map(({ id, name, nameRu }) => ({ id, name, nameRu })),
    facts,
  };
}
