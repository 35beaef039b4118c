import type { BounceFacts } from '@/lib/bounce/types';
import { blockedServices } from '@/lib/data/blocked-services';
import type { Contact } from '@/lib/data/schema';
import type { ReportedBlocking } from '@/lib/reports/types';
import type { Resolution } from '@/lib/resolve/types';

import type { SenderFacts } from './types';

/** The blocked service as the letters name it: `domain` is null for a service we do not know. */
export interface SenderService {
  /** The id in lib/data/blocked-services, or null for a name the user typed. */
  id: string | null;
  name: string;
  domain: string | null;
}

/** The sending service's own servers, as its SPF record lists them (looked up by the server). */
export interface SendingServers {
  domain: string;
  /** `ip4:`/`ip6:` ranges, e.g. `158.255.238.0/24`. */
  ranges: string[];
}

/**
 * What the sender knows of the failure, from strongest to weakest: a server refused with an SMTP
 * reply (`refused`); a bounce came back without a server's reply, or one we could not read
 * (`bounced`); nothing came back (`missing`). Each letter says no more than its evidence.
 */
export type Evidence = 'refused' | 'bounced' | 'missing';

/** What every letter may state, in no language yet: only what the request and the lookups said. */
export interface LetterFacts {
  service: SenderService;
  /** The service has published a notice about the servers that refuse it (the lib/data list). */
  serviceAnnounced: boolean;
  recipient: string;
  domain: string;
  /** Who runs the mailbox, by its names in each script. */
  provider: { name: string; nameRu?: string };
  /**
   * The domain is run by its own organisation (its own servers, or a business service such as VK
   * WorkSpace): a mail administrator, not a consumer support desk, can let the mail through.
   */
  organisationRun: boolean;
  /** The domain runs its own mail: no provider other than the domain itself is known. */
  ownDomain: boolean;
  /** A help page of the consumer provider, for the recipient's note. */
  providerHelpUrl?: string;
  /**
   * The recipient's MX hosts as DNS gave them; empty when DNS did not answer. The notice's servers
   * are not put here in their place: a letter calls these "the recipient's MX servers", and the
   * notice ties some of its servers to a domain only by inference (lib/data/blocked-servers.ts).
   */
  mxServers: string[];
  /** Servers of this recipient that the blocked service's own notice names (only Mailfence has one). */
  announcedServers: string[];
  senderName?: string;
  senderAddress?: string;
  /** When delivery failed, in UTC ("2026-11-20 14:05 UTC"): as given, else the bounce's arrival date. */
  time?: string;
  evidence: Evidence;
  bounce: BounceFacts | null;
  /** A bounce that could not be read, quoted as it came when it is short enough to quote. */
  bounceQuote?: string;
  sendingServers: SendingServers | null;
  /** The recipient's MX hosts the public record says refuse this service, with how often since when. */
  reported: ReportedBlocking[];
  note?: string;
}

/** What the lookups add to a request: a bounce read beforehand, the service's SPF ranges, the record. */
export interface LetterEvidence {
  bounce?: BounceFacts | null;
  sendingServers?: SendingServers | null;
  reportedBlocking?: ReportedBlocking[];
}

/** The service the app starts from; a blank service field means the user kept the default. */
export const defaultService = 'mailfence';

// Only Mailfence has published the servers that refuse it (lib/data/blocked-servers.ts): naming
// them in a letter about another service would claim that service had published them.
const announcingService = 'mailfence';

// A pasted text this short is a rejection line or two; a longer one we could not read is more
// likely a whole message, whose headers and MIME parts help no one in a letter.
const maxQuotedBounce = 1500;

/**
 * The sender's service from what the form or the API gave: a known id (`mailfence`), or a known
 * service's name or domain typed by hand ("Proton Mail", "proton.me"), or else any other name,
 * which the letters use as it stands, without a domain.
 */
export function senderService(service: string): SenderService {
  const typed = service.trim();
  const key = typed.toLowerCase();
  const known = blockedServices.find(
    (candidate) => candidate.id === key || candidate.name.toLowerCase() === key || candidate.domains.includes(key),
  );
  if (known) return { id: known.id, name: known.name, domain: known.domains[0] ?? null };
  return { id: null, name: typed, domain: null };
}

/**
 * An instant as a postmaster searches the logs for it: UTC to the minute, the same in every
 * language ("2026-11-20 14:05 UTC"). Undefined for a text that is not a date.
 */
export function formatUtc(instant: string): string | undefined {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return undefined;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function filled(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

// A text pasted from a Windows client carries CRLF, one from a web page LF: the letter text has
// one kind of line end (LF), and each hand-off writes the one its format needs.
function filledLines(value: string | undefined): string | undefined {
  return filled(value?.replace(/\r\n?/g, '\n'));
}

function evidenceOf(bounceGiven: boolean, bounce: BounceFacts | null): Evidence {
  if (bounce?.smtpCode !== undefined) return 'refused';
  return bounceGiven ? 'bounced' : 'missing';
}

/** The consumer provider's own help page: its support form first, then any other web form. */
function helpPage(contacts: readonly Contact[]): string | undefined {
  const pages = contacts.filter((contact) => contact.kind === 'form');
  return (pages.find((page) => page.role === 'support') ?? pages[0])?.value;
}

/** The SPF ranges only when they are the named service's own: a typed name has no domain to look up. */
function sendingServersOf(service: SenderService, found: SendingServers | null | undefined): SendingServers | null {
  if (!found || service.domain === null || found.domain !== service.domain || found.ranges.length === 0) return null;
  return found;
}

/** Gathers the facts the letters are written from. */
export function letterFacts(resolution: Resolution, sender: SenderFacts, evidence: LetterEvidence = {}): LetterFacts {
  const service = senderService(filled(sender.service) ?? defaultService);
  const bounceText = filledLines(sender.bounce);
  const bounce = bounceText === undefined ? null : (evidence.bounce ?? null);
  // A null MX (RFC 7505) comes back from DNS as an empty exchange: it names no server.
  const mxHosts = (resolution.mx ?? []).map((mx) => mx.host).filter((host) => host !== '');
  const { provider } = resolution;
  const organisationRun = provider.via !== 'domain';
  const failedAt = filled(sender.failedAt) ?? bounce?.arrivalDate;
  const quote = bounce === null && bounceText !== undefined && bounceText.length <= maxQuotedBounce;
  return {
    service,
    serviceAnnounced: service.id === announcingService,
    recipient: resolution.address,
    domain: resolution.domain,
    provider: { name: provider.name, nameRu: provider.nameRu },
    organisationRun,
    ownDomain: provider.via === 'self',
    providerHelpUrl: organisationRun ? undefined : helpPage(provider.contacts),
    mxServers: [...new Set(mxHosts)],
    announcedServers: service.id === announcingService ? resolution.blockedServers : [],
    senderName: filled(sender.name),
    senderAddress: filled(sender.address),
    time: failedAt === undefined ? undefined : formatUtc(failedAt),
    evidence: evidenceOf(bounceText !== undefined, bounce),
    bounce,
    bounceQuote: quote ? bounceText : undefined,
    sendingServers: sendingServersOf(service, evidence.sendingServers),
    reported: (evidence.reportedBlocking ?? []).filter((report) => service.id !== null && report.service === service.id),
    note: filledLines(sender.note),
  };
}
