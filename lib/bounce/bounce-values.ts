import { CONTROL_CHAR } from '@/lib/address/characters';

/**
 * Every value a bounce gives is checked before it becomes a fact: bounces are written by
 * machines we do not control and pasted by people, and each fact may end up quoted in a letter.
 * A value that does not have its field's shape is dropped, never repaired into something else.
 */

/** The longest diagnostic kept: a multi-line SMTP reply joined on one line rarely passes 600. */
export const maxDiagnosticLength = 1000;

/**
 * `text` on one line: control characters and runs of white space become one space. Longer than
 * `max`, it is cut at the last space before `max` and ends with an ellipsis.
 */
export function oneLine(text: string, max = maxDiagnosticLength): string {
  const flat = text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

const label = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;

/**
 * A host name (RFC 1123 labels, and `_` since mail hosts carry it in the wild), lower case,
 * without the root's trailing dot. A single label (`localhost`) says nothing to a postmaster.
 */
export function cleanHost(value: string | undefined): string | undefined {
  const host = value?.trim().toLowerCase().replace(/\.$/, '');
  if (host === undefined || host.length > 253) return undefined;
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((part) => label.test(part))) return undefined;
  // An all-numeric last label is an IP address written where a name was expected.
  return /^\d+$/.test(labels[labels.length - 1] ?? '') ? undefined : host;
}

const ipv4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * Addresses that name no server on the internet (RFC 6890: this host, loopback, private, link-local;
 * IPv6 unique-local and link-local): a content filter on 127.0.0.1 or a relay on 10.1.1.3 is inside
 * the reporting network, and nothing a postmaster elsewhere can look up.
 */
const NOT_ON_THE_INTERNET = /^(?:0\.|127\.|10\.|192\.168\.|169\.254\.|172\.(?:1[6-9]|2\d|3[01])\.|::1?$|f[cd]|fe[89ab])/i;

/**
 * An IPv4 or IPv6 address, IPv6 in its canonical (RFC 5952) form. Postfix and Exim may write
 * `IPv6:` before it (RFC 5321 §4.1.3). The browser's URL parser checks IPv6: no Node API here.
 */
export function cleanIp(value: string | undefined): string | undefined {
  const ip = value?.trim().replace(/^ipv6:/i, '');
  if (ip === undefined || ip === '') return undefined;
  let canonical: string | undefined;
  if (ipv4.test(ip)) canonical = ip;
  else if (/^[0-9a-f:.]{2,45}$/i.test(ip) && ip.includes(':')) {
    try {
      canonical = new URL(`http://[${ip}]/`).hostname.slice(1, -1);
    } catch {
      canonical = undefined;
    }
  }
  return canonical === undefined || NOT_ON_THE_INTERNET.test(canonical) ? undefined : canonical;
}

/**
 * A mailbox, as `local@domain`, without angle brackets. Only the shape is checked (one `@`, no
 * white space, a dotted domain): RFC 6531 lets both parts hold any UTF-8 letter.
 */
export function cleanAddress(value: string | undefined): string | undefined {
  const address = value?.trim().replace(/^<(.*)>$/, '$1');
  if (address === undefined || address.length > 254 || CONTROL_CHAR.test(address)) return undefined;
  const match = /^([^\s@<>()[\]",;:]{1,64})@([^\s@<>()[\]",;:]{1,253})$/.exec(address);
  const domain = match?.[2];
  if (match === null || domain === undefined || !domain.includes('.') || domain.endsWith('.')) return undefined;
  return `${match[1]}@${domain.toLowerCase()}`;
}

/**
 * A help link, only http or https (a `javascript:` or `data:` link must never reach a letter).
 * Punctuation that ends the sentence around a link is not part of it.
 */
export function cleanHelpUrl(value: string | undefined): string | undefined {
  let candidate = value?.trim() ?? '';
  // The URL parser drops tabs and line breaks and accepts spaces: a link holding any is refused.
  if (candidate.length > 2000 || CONTROL_CHAR.test(candidate) || /\s/.test(candidate)) return undefined;
  while (/[.,;:!?)\]}>'"]$/.test(candidate)) candidate = candidate.slice(0, -1);
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** A Message-ID (RFC 5322 §3.6.4) with its angle brackets: `<id-left@id-right>`. */
export function cleanMessageId(value: string | undefined): string | undefined {
  const match = /<([^\s<>@]{1,200}@[^\s<>@]{1,200})>/.exec(value ?? '');
  return match === null || CONTROL_CHAR.test(match[1] ?? '') ? undefined : `<${match[1]}>`;
}
