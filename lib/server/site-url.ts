import 'server-only';

/**
 * `SITE_URL`, the public origin (`https://unblock.example`): the one source of every absolute URL
 * the app writes (hreflang, canonical, the calendar reminder's link, the data export's links).
 * Nothing is ever built from `Host`, `X-Forwarded-Host` or `X-Forwarded-Proto`: a client writes
 * those, and a page that echoes them poisons any shared cache in front of it (issue 12).
 */

/**
 * The origin `raw` names, or null when it is unset or empty. Anything else must be an http(s)
 * origin: a scheme, a host, perhaps a port and a trailing slash. A path, a query, a fragment or
 * credentials throw, with a message that names the variable, since the app serves from `/` and
 * a half-right value would quietly write wrong links.
 */
export function parseSiteUrl(raw: string | undefined): URL | null {
  const value = raw?.trim() ?? '';
  if (value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL: "${value}" is not a URL; give the public origin, e.g. https://unblock.example`);
  }
  const problem =
    url.protocol !== 'https:' && url.protocol !== 'http:'
      ? 'is neither http nor https'
      : url.username !== '' || url.password !== ''
        ? 'carries credentials'
        : url.pathname !== '/' || url.search !== '' || url.hash !== '' || /[?#]/.test(value)
          ? 'has a path, query or fragment; the app serves from the root'
          : null;
  if (problem !== null) throw new Error(`SITE_URL: "${value}" ${problem}; give the public origin, e.g. https://unblock.example`);
  return new URL(url.origin);
}

/** The public origin from the environment, or null when `SITE_URL` is unset. Throws when malformed. */
export function siteUrl(env: Record<string, string | undefined> = process.env): URL | null {
  return parseSiteUrl(env.SITE_URL);
}

/**
 * `path` (`/en`, `/api/data`) as an absolute URL on the public origin, or null when `SITE_URL` is
 * unset: the caller then writes a relative link, or leaves out one that must be absolute.
 */
export function absoluteUrl(path: string, env: Record<string, string | undefined> = process.env): string | null {
  const origin = siteUrl(env);
  return origin === null ? null : new URL(path, origin).href;
}

/**
 * The `Strict-Transport-Security` value (RFC 6797) when the public origin is https, else null: a
 * site reached over plain http must not promise https. One year, no `includeSubDomains`: the
 * operator's other hosts are not ours to commit.
 */
export function strictTransportSecurity(env: Record<string, string | undefined> = process.env): string | null {
  return siteUrl(env)?.protocol === 'https:' ? 'max-age=31536000' : null;
}
