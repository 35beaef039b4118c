// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // .next/standalone: server.js with only the files it needs, what each instance runs in production
  // (docs/deploy.md). The root is pinned so that server.js sits at its top whatever directories
  // hold this one.
  output: 'standalone',
  outputFileTracingRoot: __dirname,
  poweredByHeader: false,
  // The IP→ASN table is read from disk by the server only; keep it out of every bundle.
  outputFileTracingIncludes: {
    '/api/resolve': ['./lib/data/networks.json'],
    '/api/letters': ['./lib/data/networks.json'],
    '/api/health': ['./lib/data/networks.json'],
  },
  // The API answers JSON only: nothing in it may be sniffed into HTML, framed, or run as a page.
  // (Pages get their nonce CSP and the same privacy headers from proxy.ts.)
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
