import { createTokenBucketLimiter } from '@/lib/rate-limit/token-bucket-limiter';

function clock(start = 1_000_000) {
  let at = start;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

describe('createTokenBucketLimiter', () => {
  it('lets a client make its per-minute budget at once, then refuses with a wait in whole seconds', () => {
    const time = clock();
    const limiter = createTokenBucketLimiter({ perMinute: 5, maxClients: 10, now: time.now });
    for (let i = 0; i < 5; i += 1) expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 12 });
  });

  it('gives one request back after 60 / perMinute seconds, and the full budget after a minute', () => {
    const time = clock();
    const limiter = createTokenBucketLimiter({ perMinute: 60, maxClients: 10, now: time.now });
    for (let i = 0; i < 60; i += 1) limiter.take('a');
    expect(limiter.take('a').allowed).toBe(false);
    time.advance(999);
    expect(limiter.take('a').allowed).toBe(false);
    time.advance(1);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    time.advance(60_000);
    const afterMinute = Array.from({ length: 61 }, () => limiter.take('a').allowed);
    expect(afterMinute.filter(Boolean)).toHaveLength(60);
  });

  it('counts each client on its own', () => {
    const time = clock();
    const limiter = createTokenBucketLimiter({ perMinute: 1, maxClients: 10, now: time.now });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('remembers no more than maxClients however many clients come', () => {
    const time = clock();
    const limiter = createTokenBucketLimiter({ perMinute: 60, maxClients: 1_000, now: time.now });
    for (let i = 0; i < 100_000; i += 1) limiter.take(`client-${i}`);
    expect(limiter.size).toBe(1_000);
  });

  it('rounds the wait up so that waiting exactly that long is enough', () => {
    const time = clock();
    const limiter = createTokenBucketLimiter({ perMinute: 7, maxClients: 10, now: time.now });
    for (let i = 0; i < 7; i += 1) limiter.take('a');
    const refused = limiter.take('a');
    expect(refused.allowed).toBe(false);
    if (refused.allowed) return;
    time.advance(refused.retryAfterSeconds * 1000);
    expect(limiter.take('a').allowed).toBe(true);
  });
});
