describe('rateLimited', () => {
  const saved = process.env.RESOLVE_RATE_LIMIT;
  afterEach(() => {
    if (saved === undefined) delete process.env.RESOLVE_RATE_LIMIT;
    else process.env.RESOLVE_RATE_LIMIT = saved;
  });

  function freshRateLimited(): (request: Request) => Response | null {
    let loaded: ((request: Request) => Response | null) | undefined;
    jest.isolateModules(() => {
      loaded = (jest.requireActual('@/lib/rate-limit/rate-limited') as typeof import('@/lib/rate-limit/rate-limited')).rateLimited;
    });
    if (!loaded) throw new Error('rate-limited did not load');
    return loaded;
  }

  it('reads RESOLVE_RATE_LIMIT and shares one budget across calls', () => {
    process.env.RESOLVE_RATE_LIMIT = '1';
    const rateLimited = freshRateLimited();
    const request = () => new Request('http://localhost/api/letters', { method: 'POST' });
    expect(rateLimited(request())).toBeNull();
    expect(rateLimited(request())?.status).toBe(429);
  });

  it('lets everything through when RESOLVE_RATE_LIMIT is 0', () => {
    process.env.RESOLVE_RATE_LIMIT = '0';
    const rateLimited = freshRateLimited();
    for (let i = 0; i < 1_000; i += 1) expect(rateLimited(new Request('http://localhost/api/resolve'))).toBeNull();
  });
});
