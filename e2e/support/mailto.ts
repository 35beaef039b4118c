/**
 * A mailto URI taken apart by RFC 6068 itself, not by the app's builder: the recipients of the
 * path (§2, comma-separated) and of any `to` hfield, and the hfields as `[name, value]`, decoded.
 * A `+` stays a plus (mailto has no form encoding), so a builder that used URLSearchParams fails.
 */
export interface ParsedMailto {
  recipients: string[];
  fields: [string, string][];
  subject: string;
  body: string;
}

export function parseMailto(href: string): ParsedMailto {
  if (!href.startsWith('mailto:')) throw new Error(`not a mailto URI: ${href}`);
  const rest = href.slice('mailto:'.length);
  const queryAt = rest.indexOf('?');
  const path = queryAt === -1 ? rest : rest.slice(0, queryAt);
  const query = queryAt === -1 ? '' : rest.slice(queryAt + 1);
  const fields = query
    .split('&')
    .filter(Boolean)
    .map((field): [string, string] => {
      const equals = field.indexOf('=');
      const name = decodeURIComponent(equals === -1 ? field : field.slice(0, equals)).toLowerCase();
      return [name, equals === -1 ? '' : decodeURIComponent(field.slice(equals + 1))];
    });
  // §2: the path's commas separate addresses; a comma inside an address would be %2C.
  const recipients = [
    ...path.split(',').filter(Boolean).map((address) => decodeURIComponent(address)),
    ...fields.filter(([name]) => name === 'to').flatMap(([, value]) => value.split(',').map((address) => address.trim())),
  ];
  const field = (name: string) => fields.find(([fieldName]) => fieldName === name)?.[1] ?? '';
  return { recipients, fields, subject: field('subject'), body: field('body') };
}
