import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';

import { getDictionary } from '@/lib/i18n/get-dictionary';
import { defaultLocale, isLocale, locales } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/server/site-url';

import '../globals.css';

interface LayoutProps {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}

export async function generateMetadata({ params }: Omit<LayoutProps, 'children'>): Promise<Metadata> {
  const { lang } = await params;
  const t = await getDictionary(isLocale(lang) ? lang : defaultLocale);
  const origin = siteUrl();
  return {
    title: t.meta.title,
    description: t.meta.description,
    // hreflang and canonical links must be absolute; only SITE_URL may say where the site lives,
    // never the request's Host (a forged one would be echoed into every cached copy). Without it
    // they are left out.
    ...(origin === null
      ? {}
      : {
          metadataBase: origin,
          alternates: {
            canonical: `/${lang}`,
            languages: { ...Object.fromEntries(locales.map((locale) => [locale, `/${locale}`])), 'x-default': '/' },
          },
        }),
    // No referrer leaves the page, even through links the user follows (the header says the same).
    referrer: 'no-referrer',
  };
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
