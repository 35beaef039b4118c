import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';

import { BlockingTable } from '@/components/blocking/blocking-table';
import { LanguageSwitcher } from '@/components/language-switcher';
import { networkCredit } from '@/lib/data/network-credit';
import { getDictionary } from '@/lib/i18n/get-dictionary';
import { defaultLocale, isLocale, locales } from '@/lib/i18n/locales';
import { recordLicence } from '@/lib/reports/record-licence';
import { blockingOverview } from '@/lib/reports/server/blocking-overview';
import { siteUrl } from '@/lib/server/site-url';

interface PageProps {
  params: Promise<{ lang: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { lang } = await params;
  const t = await getDictionary(isLocale(lang) ? lang : defaultLocale);
  return {
    title: `${t.blocking.title} · ${t.meta.title}`,
    description: t.blocking.intro,
    // Absolute on SITE_URL only, as the layout's (app/[lang]/layout.tsx says why); left out without it.
    ...(siteUrl() === null
      ? {}
      : {
          alternates: {
            canonical: `/${lang}/blocking`,
            languages: Object.fromEntries(locales.map((locale) => [locale, `/${locale}/blocking`])),
          },
        }),
  };
}

/**
 * /{lang}/blocking: the servers that refuse mail, from Mailfence's announcement and from the
 * public record of reports, drawn entirely on the server (no script of its own), with what the
 * record can and cannot show, and the record as open data.
 */
export default async function BlockingPage({ params }: PageProps) {
  // Rendered per request: the CSP nonce exists only then, and the record changes.
  await connection();
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = await getDictionary(lang);
  const { rows, mondays, recordAvailable } = await blockingOverview();

  return (
    <div className="page">
      <header>
        <LanguageSwitcher current={lang} label={t.languageSwitcher.label} path="/blocking" />
        <p>
          <a href={`/${lang}`}>{t.blocking.back}</a>
        </p>
        <h1>{t.blocking.heading}</h1>
        <p className="muted">{t.blocking.intro}</p>
      </header>
      <main>
        {!recordAvailable && <p className="note">{t.blocking.unavailable}</p>}
        <BlockingTable rows={rows} mondays={mondays} locale={lang} messages={t.blocking} networkLabel={t.results.network} />
        <section aria-labelledby="limits-heading">
          <h2 id="limits-heading">{t.blocking.limitsHeading}</h2>
          <p>{t.blocking.limitsSelfSelected}</p>
          <p>{t.blocking.limitsOnePerson}</p>
          <p>{t.blocking.limitsPrivacy}</p>
        </section>
        <section aria-labelledby="data-heading">
          <h2 id="data-heading">{t.blocking.dataHeading}</h2>
          <p>{t.blocking.data}</p>
          <ul>
            {/* The API's answers, not pages: a plain link fetches them as they are (next/link would route). */}
            <li>
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
              <a href="/api/reports" type="application/json">
                {t.blocking.dataJson}
              </a>
            </li>
            <li>
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
              <a href="/api/reports?format=csv" type="text/csv">
                {t.blocking.dataCsv}
              </a>
            </li>
            <li>
              <a href={recordLicence.url} rel="license noopener noreferrer">
                {t.blocking.licence}
              </a>
            </li>
          </ul>
          <p className="muted">
            {t.results.networkSource}{' '}
            <a href={networkCredit.url} rel="noopener noreferrer">
              {networkCredit.text}
            </a>
          </p>
        </section>
      </main>
    </div>
  );
}
