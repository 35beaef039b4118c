/**
 * Why a refusal report was not taken. The codes are the contract of `POST /api/reports`: the
 * consent component and the API show the text `messages/ui/<locale>.json` gives under
 * `reportErrors.<code>`.
 */
export const reportErrorCodes = [
  // The report's own fields (400): the shared schema writes these codes as its issue messages.
  'invalid_report', // not an object of the report's fields, or a field a report never holds
  'unknown_service', // a sender service we do not list, or a domain that is not that service's
  'bad_host', // remoteMta is not a public host name
  'bad_ip', // remoteIp is not an IPv4 or IPv6 address
  'bad_smtp_code', // smtpCode is not a refusal (4xx or 5xx)
  'bad_enhanced_code', // enhancedCode is not a 4.x.x or 5.x.x status (RFC 3463)
  'no_code', // neither smtpCode nor enhancedCode: nothing says the mail was refused
  'diagnostic_too_long',
  'bad_hour', // not a whole UTC hour, in the future, or older than a year
  'unknown_provider', // a provider id that is not a known consumer service
  'bad_filter', // GET: a malformed host, service, since or format
  // What DNS says about the refusing server (422).
  'unknown_host', // remoteMta does not resolve
  'ip_mismatch', // remoteIp is not one of remoteMta's addresses
  'not_in_scope', // neither on a Russian network nor a server known to block
  // Our side (503): the report could not be checked or kept; the client may try again later.
  'dns_unavailable',
  'database_unavailable',
] as const;

export type ReportErrorCode = (typeof reportErrorCodes)[number];

export function isReportErrorCode(value: string): value is ReportErrorCode {
  return (reportErrorCodes as readonly string[]).includes(value);
}

/** Longer than any refusal text we have seen (Mail.ru's, with its tokens, is about 330 characters). */
export const maxDiagnosticLength = 1000;

/** The filters of `GET /api/reports`. */
export interface AggregateFilter {
  host?: string;
  service?: string;
  /** Reports of refusals from this moment on. */
  since?: Date;
}

/** What `GET /api/reports` says of one refusing host and one sender service. */
export interface ReportAggregate {
  host: string;
  service: string;
  count: number;
  /** Distinct UTC days with at least one report. */
  days: number;
  /** ISO 8601 hours of the first and the last report. */
  firstSeen: string;
  lastSeen: string;
  /** The codes seen, e.g. `550 5.7.1`, sorted. */
  codes: string[];
  /** The network of the most recent report's server address, from the embedded table. */
  asn: number | null;
  operator: string | null;
}

/**
 * A service that the record says a host refuses: at least two reports, on different days, in the
 * last 90 days. The `only=mx` answer carries these under `reportedBlocking`.
 */
export interface ReportedBlocking {
  host: string;
  service: string;
  count: number;
  /** The UTC day of the first of those reports, YYYY-MM-DD. */
  since: string;
}
