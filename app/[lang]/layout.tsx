import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';

import { getDictionary } from '@/lib/i18n/get-dictionary';
import { defaultLocale, isLocale, locales } from '@/lib/i18n/locales';

import '../globals.css';

interface LayoutProps {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}

export async function generateMetadata({ params }: Omit<LayoutProps, 'children'>): Promise<Metadata> {
  const { lang } = await params;
  const t = await getDictionary(isLocale(lang) ? lang : defaultLocale);
  return {
    title: t.meta.title,
    description: t.meta.description,
    // hreflang links must be absolute URLs; the page renders per request, so its own origin is known.
    metadataBase: await requestOrigin(),
    alternates: {
      canonical: `/${lang}`,
      languages: { ...Object.fromEntries(locales.map((locale) => [locale, `/${locale}`])), 'x-default': '/' },
    },
    // No referrer leaves the page, even through links the user follows (the header says the same).
    referrer: 'no-referrer',
  };
}

/** The origin this request reached, as the browser sees it (behind a proxy, its forwarded protocol). */
async function requestOrigin(): Promise<URL | null> {
  const requestHeaders = await headers();
  const host = requestHeaders.get('host');
  const protocol = requestHeaders.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  try {
    return host ? new URL(`${protocol}://${host}`) : null;
  } catch {
    return null;
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light dark' };

/** The root layout: one per language, so `<html lang>` is right from the first byte. */
export default async function LanguageLayout({ children, params }: LayoutProps) {
  const { lang } = await params;
  return (
    <html lang={isLocale(lang) ? lang : defaultLocale}>
      <body>{children}</body>
    </html>
  );
}
