import { NextRequest } from 'next/server';

import { config, proxy } from '@/proxy';

function request(path: string, headers: Record<string, string> = {}): NextRequest {
  return new NextRequest(new URL(path, 'http://127.0.0.1:3100'), { headers });
}

/** The redirect's path (NextURL writes 127.0.0.1 as localhost). */
function locationPath(response: Response): string | null {
  const location = response.headers.get('location');
  return location === null ? null : new URL(location).pathname;
}

function directives(policy: string | null): Map<string, string> {
  return new Map(
    (policy ?? '').split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );
}

describe('proxy', () => {
  it('sends / to the language the browser prefers, without setting a cookie', () => {
    const response = proxy(request('/', { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' }));
    expect(response.status).toBe(307);
    expect(locationPath(response)).toBe('/ru');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('vary')).toContain('Accept-Language');
  });

  it('sends / to English when the browser names no language the app speaks', () => {
    expect(locationPath(proxy(request('/', { 'accept-language': 'ja' })))).toBe('/en');
    expect(locationPath(proxy(request('/')))).toBe('/en');
  });

  it('puts a path without a language under the preferred language', () => {
    const response = proxy(request('/about', { 'accept-language': 'de' }));
    expect(locationPath(response)).toBe('/de/about');
  });

  it.each([
    ['/EN', '/en'],
    ['/en-US/data', '/en/data'],
    ['/Ru_RU/blocking', '/ru/blocking'],
    ['/FR', '/fr'],
  ])('sends a language written another way, %s, to its own path %s, whatever the browser prefers', (path, expected) => {
    expect(locationPath(proxy(request(path, { 'accept-language': 'de' })))).toBe(expected);
  });

  it('gives a page a strict nonce CSP and passes the nonce to the renderer', () => {
    const response = proxy(request('/fr'));
    const policy = response.headers.get('content-security-policy');
    const csp = directives(policy);
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp.get('script-src') ?? '')?.[1];

    expect(nonce).toBeDefined();
    expect(csp.get('script-src')).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp.get('style-src')).toBe(`'self' 'nonce-${nonce}'`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'self'");
    expect(csp.get('connect-src')).toBe("'self'");
    // NextResponse.next({ request }) forwards overridden request headers to the renderer this way.
    expect(response.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
  });

  it('makes a new nonce for every request', () => {
    const first = proxy(request('/en')).headers.get('content-security-policy');
    const second = proxy(request('/en')).headers.get('content-security-policy');
    expect(first).not.toBe(second);
  });

  it.each(['/en', '/'])('sends the privacy and isolation headers on %s', (path) => {
    const headers = proxy(request(path)).headers;
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(headers.get('permissions-policy')).toContain('camera=()');
  });

  describe('with SITE_URL', () => {
    const saved = process.env.SITE_URL;
    afterEach(() => {
      if (saved === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = saved;
    });

    it.each(['/en', '/'])('promises https on %s when the public origin is https', (path) => {
      process.env.SITE_URL = 'https://unblock.example';
      expect(proxy(request(path)).headers.get('strict-transport-security')).toBe('max-age=31536000');
    });

    it.each([undefined, 'http://unblock.example'])('promises nothing when SITE_URL is %s', (value) => {
      if (value === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = value;
      expect(proxy(request('/en')).headers.get('strict-transport-security')).toBeNull();
    });
  });

  it('redirects to a path of this site, never to the host a request names', () => {
    const forged = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https', 'accept-language': 'de' };
    const response = proxy(request('/', forged));
    expect(response.headers.get('location')).not.toContain('evil.example');
  });

  it.each([
    ['/api/resolve', false],
    ['/api/letters', false],
    ['/_next/static/chunks/app.js', false],
    ['/icon.svg', false],
    ['/favicon.ico', false],
    ['/robots.txt', false],
    ['/en/x.y', true],
    ['/en/x.svg', true],
    ['/', true],
    ['/en', true],
    ['/fr/anything', true],
  ])('runs on %s: %s (the API gets its headers from next.config.js)', (path, runs) => {
    const matcher = config.matcher[0];
    expect(new RegExp(`^${matcher?.source}$`).test(path)).toBe(runs);
  });
});
