/** A mailto read the way RFC 6068 §2 describes: `,`-separated addresses in the path, hfields in the query. */
export function parseMailto(href: string) {
  const url = new URL(href);
  const decode = (value: string) => decodeURIComponent(value);
  const hfields = new Map<string, string>();
  const keys: string[] = [];
  for (const pair of url.search.replace(/^\?/, '').split('&').filter(Boolean)) {
    const separator = pair.indexOf('=');
    const key = decode(pair.slice(0, separator));
    keys.push(key);
    hfields.set(key, pair.slice(separator + 1));
  }
  // An address list is split before it is decoded, so an encoded comma stays inside its address.
  const list = (raw: string | undefined) => (raw ? raw.split(',').map(decode) : []);
  return {
    url,
    to: list(url.pathname),
    cc: list(hfields.get('cc')),
    subject: decode(hfields.get('subject') ?? ''),
    body: decode(hfields.get('body') ?? ''),
    keys,
  };
}

/** A webmail compose link read with URLSearchParams, from the query or (Yandex) the fragment. */
export function parseWebmail(href: string) {
  const url = new URL(href);
  const fragmentQuery = url.hash.indexOf('?');
  const params = url.hash ? new URLSearchParams(url.hash.slice(fragmentQuery + 1)) : url.searchParams;
  const to = params.get('to') ?? '';
  return {
    url,
    params,
    keys: [...params.keys()],
    to: to === '' ? [] : to.split(','),
    subject: params.get('su') ?? params.get('subject') ?? '',
    body: params.get('body') ?? '',
  };
}
