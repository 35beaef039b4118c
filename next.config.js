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
  // PGlite loads its WebAssembly and data files from beside its own module, and pg loads optional
  // native bindings: both must stay plain Node modules, not be bundled (the public record, issue 13).
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  // Read from disk by the server only, never bundled: the IP→ASN table, and the record's
  // migrations (applied when its database opens).
  outputFileTracingIncludes: {
    '/api/resolve': ['./lib/data/networks.json', './lib/reports/server/migrations/**/*'],
    '/api/letters': ['./lib/data/networks.json'],
    '/api/reports': ['./lib/data/networks.json', './lib/reports/server/migrations/**/*'],
    '/[lang]/blocking': ['./lib/reports/server/migrations/**/*'],
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
