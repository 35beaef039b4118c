/** What one comparison of a record with the world came to. */
export const checkStatuses = ['differs', 'unchecked', 'unrecorded', 'agrees'] as const;
export type CheckStatus = (typeof checkStatuses)[number];

/**
 * `mx`: a domain's MX hosts against the record (a provider's patterns, the announcement's hosts);
 * `abuse-as`: RIPE's abuse mailbox for an ISP's AS against the ISP's abuse contacts;
 * `abuse-mx-network`: RIPE's abuse mailbox for the network of an MX address against the record
 * that owns that AS (`unrecorded` when no record does).
 */
export type CheckKind = 'mx' | 'abuse-as' | 'abuse-mx-network';

export interface CheckResult {
  kind: CheckKind;
  subject: string;
  status: CheckStatus;
  /** What the records say (MX patterns or hosts, abuse mailboxes). */
  recorded: string[];
  /** What DNS or RIPEstat said. */
  found: string[];
  /** Why it differs, or why it could not be checked; empty when it agrees. */
  detail: string;
}

export interface DataCheckReport {
  checkedAt: string;
  settings: { dnsServers: string[]; ripestatUrl: string };
  /** Whether any DNS query got an answer, and whether RIPEstat answered at all. */
  reached: { dns: boolean; ripestat: boolean };
  counts: Record<CheckStatus, number>;
  results: CheckResult[];
}
