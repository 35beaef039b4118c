import { createRateLimitGuard } from '@/lib/rate-limit/create-rate-limit-guard';

function clock() {
  let at = 0;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

function request(ip?: string): Request {
  return new Request('http://localhost/api/resolve?domain=mail.ru', {
    headers: ip ? { 'x-forwarded-for': ip } : {},
  });
}

describe('createRateLimitGuard', () => {
  it('answers 429 with Retry-After and a rate_limited error once the limit is reached', async () => {
    const guard = createRateLimitGuard({ perMinute: 2, trustProxy: false }, { now: clock().now });
    expect(guard.check(request())).toBeNull();
    expect(guard.check(request())).toBeNull();
    const refused = guard.check(request());
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get('retry-after')).toBe('30');
    expect(await refused?.json()).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
  });

  it('lets the client in again once the wait has passed', () => {
    const time = clock();
    const guard = createRateLimitGuard({ perMinute: 1, trustProxy: false }, { now: time.now });
    guard.check(request());
    const refused = guard.check(request());
    time.advance(Number(refused?.headers.get('retry-after')) * 1000);
    expect(guard.check(request())).toBeNull();
  });

  it('never refuses when the limit is 0', () => {
    const guard = createRateLimitGuard({ perMinute: 0, trustProxy: false });
    for (let i = 0; i < 10_000; i += 1) expect(guard.check(request())).toBeNull();
  });

  it('counts spoofed proxy headers as one client when the proxy is not trusted', () => {
    const guard = createRateLimitGuard({ perMinute: 1, trustProxy: false }, { now: clock().now });
    expect(guard.check(request('203.0.113.1'))).toBeNull();
    expect(guard.check(request('203.0.113.2'))?.status).toBe(429);
  });

  it('counts each forwarded address on its own behind a trusted proxy', () => {
    const guard = createRateLimitGuard({ perMinute: 1, trustProxy: true }, { now: clock().now });
    expect(guard.check(request('203.0.113.1'))).toBeNull();
    expect(guard.check(request('203.0.113.2'))).toBeNull();
    expect(guard.check(request('203.0.113.1'))?.status).toBe(429);
  });

  it('keeps memory bounded over 100,000 distinct clients', () => {
    const guard = createRateLimitGuard({ perMinute: 60, trustProxy: true }, { maxClients: 5_000, now: clock().now });
    for (let i = 0; i < 100_000; i += 1) {
      guard.check(request(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`));
    }
    expect(guard.size).toBe(5_000);
  });
});
