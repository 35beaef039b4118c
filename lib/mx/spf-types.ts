/**
 * Why a sending service's ranges are what they are. `ok`: the SPF record was read whole (its
 * ranges may still be empty, for a record of a/mx terms only). Otherwise there are no ranges:
 * `none`, the domain publishes no SPF record; `invalid`, a record is malformed, or there are
 * several, or an include or redirect leads to a name without one (RFC 7208 §4.5, §5.2, §6.1:
 * permanent errors); `too-many-lookups`, more than 10 DNS-querying terms (§4.6.4); `loop`, an
 * include or redirect leads back to a record being read; `timeout`, DNS stayed silent within the
 * budget; `error`, DNS failed otherwise; `disabled`, `MX_LOOKUP=off`; `not-public`, a name that is
 * not a public domain, never sent to a resolver; `no-domain`, a service we know no domain of.
 */
export const spfStatuses = ['ok', 'none', 'invalid', 'too-many-lookups', 'loop', 'timeout', 'error', 'disabled', 'not-public', 'no-domain'] as const;

export type SpfStatus = (typeof spfStatuses)[number];

/** A sending service's servers, as its SPF record lists them. */
export interface SendingServers {
  /** The domain whose SPF record was read, or null for a service without a known domain. */
  domain: string | null;
  /** The `ip4:`/`ip6:` ranges its record and its includes authorise, deduplicated, in record order. */
  ranges: string[];
  status: SpfStatus;
}
