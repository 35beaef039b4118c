import { domainToAscii } from '@/lib/address/domain-to-ascii';
import type { BounceFacts } from '@/lib/bounce/types';
import type { SenderService } from '@/lib/letters/letter-facts';
import type { Resolution } from '@/lib/resolve/types';

import { maxReportAgeMs, reportHour } from './report-hour';
import type { RefusalReport } from './report-schema';
import { scrubDiagnostic } from './scrub-diagnostic';
import { maxDiagnosticLength } from './types';

export interface RefusalReportSource {
  /** What the pasted bounce said. */
  bounce: BounceFacts;
  /** The resolution the letters were written from: who runs the mailbox, and what to keep out. */
  resolution: Pick<Resolution, 'address' | 'domain' | 'domainUnicode' | 'provider'>;
  service: SenderService;
  /** The sender as the form gave it: only ever used to scrub the diagnostic. */
  sender?: { name?: string; address?: string };
  /** When the user says the mail was refused (the form's field), if the bounce has no date. */
  failedAt?: string;
  now?: Date;
}

const ipv4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** IPv6 by the URL parser, which every browser and Node share; IPv4 by its dotted form. */
function isIp(value: string): boolean {
  if (ipv4.test(value)) return true;
  if (!value.includes(':') || /[^0-9a-fA-F:.]/.test(value)) return false;
  try {
    return new URL(`http://[${value}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/** The host as DNS is asked for it (lower-case ASCII, no trailing dot), or null when it is none. */
function hostName(raw: string | undefined): string | null {
  const host = raw?.trim().replace(/\.$/, '');
  // The URL parser would read these as the end of the host rather than fail (domain-to-ascii.ts).
  if (!host || /[\s/?#@:[\]\\%]/.test(host)) return null;
  const ascii = domainToAscii(host);
  return ascii !== null && ascii.includes('.') && !isIp(ascii) && /^[a-z0-9.-]+$/.test(ascii) ? ascii : null;
}

/** The refusal's hour: the bounce's own date, else the one the user gave, else now; never ahead of now. */
function refusalHour({ bounce, failedAt, now = new Date() }: RefusalReportSource): string | null {
  const candidates = [bounce.arrivalDate, failedAt].map((text) => (text ? Date.parse(text) : NaN));
  const time = Math.min(candidates.find(Number.isFinite) ?? now.getTime(), now.getTime());
  return time < now.getTime() - maxReportAgeMs ? null : reportHour(new Date(time));
}

/**
 * The personal strings the diagnostic may name: the recipient's local part (and, for a company's
 * own domain, the domain: the record keeps only its public MX host), the sender's name and
 * address, the bounce's own ids. Addresses go by pattern too; these catch them standing alone.
 */
function personalStrings({ bounce, resolution, sender }: RefusalReportSource, consumer: boolean): string[] {
  const local = (address: string | undefined) => (address?.includes('@') ? address.slice(0, address.lastIndexOf('@')) : '');
  return [
    local(resolution.address),
    local(bounce.finalRecipient),
    bounce.finalRecipient ?? '',
    sender?.name ?? '',
    sender?.address ?? '',
    local(sender?.address),
    bounce.messageId ?? '',
    local(bounce.messageId?.replace(/^<|>$/g, '')),
    bounce.reference ?? '',
    ...(consumer ? [] : [resolution.domain, resolution.domainUnicode]),
  ].filter((text) => text.trim() !== '');
}

function scrubbedDiagnostic(source: RefusalReportSource, consumer: boolean): string | undefined {
  const text = source.bounce.diagnostic;
  if (!text) return undefined;
  const scrubbed = scrubDiagnostic(text, { remove: personalStrings(source, consumer) });
  return scrubbed.slice(0, maxDiagnosticLength) || undefined;
}

/**
 * The report the page offers to add to the public record, or null when the bounce cannot make
 * one: no refusing host, no refusal code, a sender service we do not list, or a refusal older
 * than the record keeps. Holds the service, the host and its address, the codes, the scrubbed
 * diagnostic, the hour (UTC, truncated) and, only for a consumer service's mailbox, the
 * provider's id; for a company's own domain, nothing names the recipient's domain at all.
 */
export function buildRefusalReport(source: RefusalReportSource): RefusalReport | null {
  const { bounce, resolution, service } = source;
  const remoteMta = hostName(bounce.remoteMta);
  const smtpCode = bounce.smtpCode !== undefined && bounce.smtpCode >= 400 && bounce.smtpCode <= 599 ? bounce.smtpCode : undefined;
  const enhancedCode = bounce.enhancedCode && /^[45]\.\d{1,3}\.\d{1,3}$/.test(bounce.enhancedCode) ? bounce.enhancedCode : undefined;
  const hour = refusalHour(source);
  if (service.id === null || service.domain === null || remoteMta === null || hour === null) return null;
  if (smtpCode === undefined && enhancedCode === undefined) return null;
  // Found by its consumer domain (bk.ru → Mail.ru): the provider is a public service, not a company.
  const consumer = resolution.provider.via === 'domain';
  const remoteIp = bounce.remoteIp?.trim();
  const diagnostic = scrubbedDiagnostic(source, consumer);
  return {
    service: { id: service.id, domain: service.domain },
    remoteMta,
    ...(remoteIp && isIp(remoteIp) ? { remoteIp } : {}),
    ...(smtpCode === undefined ? {} : { smtpCode }),
    ...(enhancedCode === undefined ? {} : { enhancedCode }),
    ...(diagnostic === undefined ? {} : { diagnostic }),
    hour,
    ...(consumer ? { providerId: resolution.provider.id } : {}),
  };
}
