// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS, as Next loads it.
const nextConfig = require('../next.config.js') as import('next').NextConfig;

describe('next.config.js', () => {
  it('gives every API response a JSON-only CSP, nosniff and no referrer', async () => {
    const rules = (await nextConfig.headers?.()) ?? [];
    const api = rules.find((rule) => rule.source === '/api/:path*');
    const headers = Object.fromEntries((api?.headers ?? []).map(({ key, value }) => [key, value]));
    expect(headers).toMatchObject({
      'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });

  it('sends no X-Powered-By header', () => {
    expect(nextConfig.poweredByHeader).toBe(false);
  });
});
