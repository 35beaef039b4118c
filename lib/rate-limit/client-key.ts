import { isIP } from 'node:net';

/** Every request whose client cannot be told apart shares this one bucket. */
export const sharedClientKey = 'shared';

/**
 * The key a request is counted under.
 *
 * Next's route handlers get a Web `Request`: since Next 15 there is no `request.ip`, and `next start`
 * only copies the socket address into `X-Forwarded-For` when the client did not send that header
 * itself (`??=` in next/dist/server/base-server.js). Any header may therefore come from the client,
 * so without a trusted proxy all requests share one bucket: a spoofed header cannot buy a fresh
 * budget.
 *
 * With `trustProxy` (one reverse proxy in front, e.g. nginx with `$proxy_add_x_forwarded_for`),
 * the last `X-Forwarded-For` entry is the one our proxy appended (the peer it saw); entries to its
 * left were written by the client and are ignored. `X-Real-IP`, which a proxy sets outright, is
 * used when `X-Forwarded-For` is absent.
 */
export function clientKey(request: Request, { trustProxy }: { trustProxy: boolean }): string {
  if (!trustProxy) return sharedClientKey;
  const forwarded = request.headers.get('x-forwarded-for');
  const candidate = forwarded ? forwarded.split(',').at(-1) : request.headers.get('x-real-ip');
  return networkKey(candidate?.trim() ?? '') ?? sharedClientKey;
}

/**
 * IPv4 addresses count one by one; an IPv6 client usually holds a whole /64 (RFC 6177), so it is
 * counted by that prefix, or it could rotate addresses for fresh budgets.
 */
function networkKey(ip: string): string | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  const version = isIP(ip);
  if (version === 4) return ip;
  if (version !== 6) return null;
  return `${expandIpv6(ip).slice(0, 4).join(':')}::/64`;
}

function expandIpv6(ip: string): string[] {
  const [head = '', tail] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros: string[] = Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...(tail === undefined ? [] : zeros), ...right].map((group) => group.replace(/^0+(?=.)/, ''));
}
