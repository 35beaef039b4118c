import 'server-only';

export interface RateLimitSettings {
  /** Requests per minute per client; 0 turns the limit off. */
  perMinute: number;
  /** Whether `X-Forwarded-For` / `X-Real-IP` were written by our own proxy. */
  trustProxy: boolean;
}

/**
 * 60 a minute: one person filling the form makes one resolve and perhaps one letters call per
 * submit, so a human never meets the limit, while a script scanning domains through our DNS is
 * slowed to one a second.
 */
export const defaultPerMinute = 60;

/**
 * The only reader of the rate-limit environment: `RESOLVE_RATE_LIMIT` (requests per minute per
 * client, 0 = off, default 60) and `TRUST_PROXY=1` (the app sits behind a proxy that sets the
 * client address headers). A value that is not a whole number falls back on the default rather
 * than silently turning the limit off.
 */
export function rateLimitSettings(env: Record<string, string | undefined> = process.env): RateLimitSettings {
  const raw = env.RESOLVE_RATE_LIMIT?.trim();
  const parsed = raw && /^\d+$/.test(raw) ? Number(raw) : defaultPerMinute;
  return { perMinute: parsed, trustProxy: env.TRUST_PROXY === '1' };
}

/**
 * The rate-limit variables that hold something `rateLimitSettings` cannot read, by name: it falls
 * back on safe defaults for them, which is right for serving but wrong to keep quiet about
 * (`TRUST_PROXY=true` leaves the proxy untrusted). For /api/health.
 */
export function rateLimitSettingsProblems(env: Record<string, string | undefined> = process.env): string[] {
  const limit = env.RESOLVE_RATE_LIMIT?.trim();
  const trust = env.TRUST_PROXY?.trim();
  return [
    ...(limit && !/^\d+$/.test(limit) ? ['RESOLVE_RATE_LIMIT'] : []),
    ...(trust && trust !== '0' && trust !== '1' ? ['TRUST_PROXY'] : []),
  ];
}
