import { NextResponse, type NextRequest } from 'next/server';

import { isLocale } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate-locale';
import { strictTransportSecurity } from '@/lib/server/site-url';

/**
 * Headers every response carries. The page needs no device feature; the clipboard stays open to
 * this origin because the letters are copied from it.
 */
const securityHeaders: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), ' +
    'magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=(), clipboard-write=(self)',
};

/**
 * A strict CSP (https://csp.withgoogle.com/docs/strict-csp.html): scripts run only with this
 * request's nonce, which Next reads back from the request's CSP header and puts on its own tags.
 * React's development build evaluates code for its error overlay, and the dev overlay injects
 * styles without a nonce, so dev loosens exactly those two and nothing else.
 */
function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "connect-src 'self'",
  ].join('; ');
}

function withSecurityHeaders(response: NextResponse): NextResponse {
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  // Only an https SITE_URL may promise https (a page is how a browser learns it; the API and the
  // static files are fetched by that page).
  const hsts = strictTransportSecurity();
  if (hsts !== null) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

/**
 * Next 16's request hook: sends `/` (and any path without a language) to the visitor's language,
 * read from Accept-Language only (no cookie), and gives each page request its own nonce.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;

  const firstSegment = pathname.split('/')[1] ?? '';
  if (!isLocale(firstSegment)) {
    const url = request.nextUrl.clone();
    // A language written another way (/EN, /en-US/data, /pt_BR) is that language's own path,
    // not a page under the browser's language: /EN would otherwise become /ru/EN, a 404.
    const spelled = /^[a-z]{2}(?:[-_][a-z0-9]{2,8})?$/i.test(firstSegment) ? firstSegment.slice(0, 2).toLowerCase() : '';
    url.pathname = isLocale(spelled)
      ? `/${spelled}${pathname.slice(firstSegment.length + 1)}`
      : `/${negotiateLocale(request.headers.get('accept-language'))}${pathname === '/' ? '' : pathname}`;
    const response = NextResponse.redirect(url, 307);
    // Caches must not hand one visitor's language choice to the next.
    response.headers.set('Vary', 'Accept-Language');
    return withSecurityHeaders(response);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return withSecurityHeaders(response);
}

export const config = {
  matcher: [
    {
      // Static assets and files (icon.svg, robots.txt) need neither a language nor a nonce, and
      // the JSON API gets its fixed headers from next.config.js: running the proxy on every API
      // request cost it about a third of its throughput (bench/RESULTS.md). Only the file types
      // the app serves are skipped: any other path with a dot (/en/x.y) is a page, if only a
      // 404, and gets its CSP.
      source: '/((?!api/|_next/static|_next/image|[^/]+\\.(?:svg|png|ico|txt|xml|webmanifest)$).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
