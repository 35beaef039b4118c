import type { BounceFacts } from './types';

/** Facts that only mean something together: a reply's codes, its words and what they name. */
const REPLY_FIELDS = ['smtpCode', 'enhancedCode', 'diagnostic', 'reference', 'helpUrl'] as const;
const SINGLE_FIELDS = ['reportingMta', 'arrivalDate', 'finalRecipient', 'messageId'] as const;

/**
 * The facts of several readings of one bounce (the delivery-status part, the human-readable text,
 * the returned message's headers), the first source winning field by field. Some facts are taken
 * as a group so that one fact never sits beside another from a different server or reply: the
 * reply's codes and words come from the first source with a diagnostic, and an IP address joins a
 * remote host only if its source named that same host. An IP from a reading that named no host
 * stands alone only when no reading names a host: beside a host another reading named, it may be
 * another server's (a DSN's `Remote-MTA: dns; [94.100.180.31]` and a Postfix line about
 * mx.yandex.ru are two deliveries, not one).
 */
export function mergeFacts(...sources: BounceFacts[]): BounceFacts {
  const merged: BounceFacts = {};
  for (const field of SINGLE_FIELDS) {
    const value = sources.find((source) => source[field] !== undefined)?.[field];
    if (value !== undefined) merged[field] = value;
  }
  const reply = sources.find((source) => source.diagnostic !== undefined) ?? sources.find((source) => source.enhancedCode !== undefined);
  for (const field of REPLY_FIELDS) {
    const value = reply?.[field];
    if (value !== undefined) Object.assign(merged, { [field]: value });
  }
  const host = sources.find((source) => source.remoteMta !== undefined)?.remoteMta;
  const ip = sources.find((source) => source.remoteIp !== undefined && source.remoteMta === host)?.remoteIp;
  if (host !== undefined) merged.remoteMta = host;
  if (ip !== undefined) merged.remoteIp = ip;
  return merged;
}
