import 'server-only';

/**
 * The site's public origin (`https://unblock.example`), the only source of absolute URLs: never
 * the request's Host or X-Forwarded-* headers, which a client can write. Read from SITE_URL here
 * alone; null when it is unset or not an http(s) URL, and then nothing absolute is written.
 * (Issue 9 reads it here until the SITE_URL module of the absolute-URL issue lands; at the merge
 * this function gives way to that one.)
 */
export function siteUrl(): string | null {
  const configured = process.env.SITE_URL?.trim();
  if (!configured || !URL.canParse(configured)) return null;
  const url = new URL(configured);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
}
