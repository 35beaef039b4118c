// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The IP→ASN table is read from disk by the server only; keep it out of every bundle.
  outputFileTracingIncludes: {
    '/api/resolve': ['./lib/data/networks.json'],
    '/api/letters': ['./lib/data/networks.json'],
  },
};

module.exports = nextConfig;
