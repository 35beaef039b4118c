import { defaultPerMinute, rateLimitSettings } from '@/lib/rate-limit/rate-limit-settings';

describe('rateLimitSettings', () => {
  it.each([
    [{}, defaultPerMinute, false],
    [{ RESOLVE_RATE_LIMIT: '0' }, 0, false],
    [{ RESOLVE_RATE_LIMIT: ' 120 ' }, 120, false],
    [{ RESOLVE_RATE_LIMIT: 'off' }, defaultPerMinute, false],
    [{ RESOLVE_RATE_LIMIT: '-5' }, defaultPerMinute, false],
    [{ TRUST_PROXY: '1' }, defaultPerMinute, true],
    [{ TRUST_PROXY: 'yes' }, defaultPerMinute, false],
  ])('reads %j as %d a minute, trusting the proxy: %s', (env, perMinute, trustProxy) => {
    expect(rateLimitSettings(env)).toEqual({ perMinute, trustProxy });
  });
});
