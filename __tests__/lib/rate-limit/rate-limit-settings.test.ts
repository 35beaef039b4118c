import { defaultPerMinute, rateLimitSettings, rateLimitSettingsProblems } from '@/lib/rate-limit/rate-limit-settings';

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

describe('rateLimitSettingsProblems', () => {
  it.each([
    [{}, []],
    [{ RESOLVE_RATE_LIMIT: '0', TRUST_PROXY: '1' }, []],
    [{ RESOLVE_RATE_LIMIT: ' 120 ', TRUST_PROXY: '0' }, []],
    [{ RESOLVE_RATE_LIMIT: 'off' }, ['RESOLVE_RATE_LIMIT']],
    [{ RESOLVE_RATE_LIMIT: '-5' }, ['RESOLVE_RATE_LIMIT']],
    // Read as "not trusted": a silent surprise for whoever wrote it, so it is named.
    [{ TRUST_PROXY: 'true' }, ['TRUST_PROXY']],
    [{ RESOLVE_RATE_LIMIT: '1.5', TRUST_PROXY: 'yes' }, ['RESOLVE_RATE_LIMIT', 'TRUST_PROXY']],
  ])('names in %j: %j', (env, problems) => {
    expect(rateLimitSettingsProblems(env)).toEqual(problems);
  });
});
