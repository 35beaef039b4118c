import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';

import { BlockedServerRecords } from '@/components/data/blocked-server-records';
import { BlockedServiceRecords } from '@/components/data/blocked-service-records';
import { notesLang, type DataPageMessages } from '@/components/data/data-page-messages';
import { IspRecords } from '@/components/data/isp-records';
import { ProviderRecords } from '@/components/data/provider-records';
import { LanguageSwitcher } from '@/components/language-switcher';
import { blockedServers } from '@/lib/data/blocked-servers';
import { blockedServices } from '@/lib/data/blocked-services';
import { isps } from '@/lib/data/isps';
import { networkCredit } from '@/lib/data/network-credit';
import { providers } from '@/lib/data/providers';
import { recordsLicence } from '@/lib/data/records-licence';
import { getDictionary } from '@/lib/i18n/get-dictionary';
import { isLocale, locales } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/server/site-url';

// JSON answers, not pages: plain links (next/link would prefetch them and ship its client code).
const exportPath = '/api/data';
const schemaPath = '/api/data/schema';

interface PageProps {
  params: Promise<{ lang: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const t = await getDictionary(lang);
  return {
    title: t.dataPage.title,
    description: t.dataPage.description,
    // Absolute on SITE_URL only, as the layout's (app/[lang]/layout.tsx says why); left out without it.
    ...(siteUrl() === null
      ? {}
      : {
          alternates: {
            canonical: `/${lang}/data`,
            // proxy.ts sends /data to the visitor's language, as it sends / to the generator.
            languages: { ...Object.fromEntries(locales.map((locale) => [locale, `/${locale}/data`])), 'x-default': '/data' },
          },
        }),
  };
}

/**
 * /{lang}/data: every record the letters draw on, with each contact's source, the date of its
 * evidence and its confidence, and how to propose a correction. Server components only: the page
 * sends no script of its own, and the generator's bundle does not grow by a byte.
 */
export default async function DataPage({ params }: PageProps) {
  // Rendered per request: the CSP nonce that proxy.ts sets exists only then.
  await connection();
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = await getDictionary(lang);
  const messages: DataPageMessages = {
    locale: lang,
    punctuation: t.punctuation,
    page: t.dataPage,
    sourceFrom: t.card.sourceFrom,
    announcementSource: t.results.blockedSource,
  };
  const noteLanguage = notesLang(lang);
  const sections = [
    ['providers', t.dataPage.providersHeading],
    ['isps', t.dataPage.ispsHeading],
    ['servers', t.dataPage.serversHeading],
    ['services', t.dataPage.servicesHeading],
    ['correction', t.dataPage.correctionHeading],
  ] as const;

  return (
    <div className="page">
      <header>
        <LanguageSwitcher current={lang} label={t.languageSwitcher.label} path="/data" />
        <p>
          <a href={`/${lang}`}>{t.dataPage.back}</a>
        </p>
        <h1>{t.dataPage.heading}</h1>
        <p>{t.dataPage.intro}</p>
        <p>
          {t.dataPage.exportIntro} <a href={exportPath}>{t.dataPage.exportLink}</a> (<code>{exportPath}</code>),{' '}
          <a href={schemaPath}>{t.dataPage.schemaLink}</a> (<code>{schemaPath}</code>).
        </p>
        <p>
          {t.dataPage.licence}{' '}
          <a href={recordsLicence.records.url} rel="noopener noreferrer">
            {recordsLicence.records.name}
          </a>
          . {t.results.networkSource}{' '}
          <a href={networkCredit.url} rel="noopener noreferrer">
            {networkCredit.text}
          </a>
        </p>
        {noteLanguage !== undefined && <p className="muted">{t.dataPage.notesInEnglish}</p>}
        <nav aria-label={t.dataPage.contentsLabel}>
          <ul>
            {sections.map(([id, heading]) => (
              <li key={id}>
                <a href={`#${id}`}>{heading}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <section id="providers" aria-labelledby="providers-heading">
          <h2 id="providers-heading">{t.dataPage.providersHeading}</h2>
          <ProviderRecords providers={providers} messages={messages} notesLang={noteLanguage} />
        </section>
        <section id="isps" aria-labelledby="isps-heading">
          <h2 id="isps-heading">{t.dataPage.ispsHeading}</h2>
          <IspRecords isps={isps} messages={messages} notesLang={noteLanguage} />
        </section>
        <section id="servers" aria-labelledby="servers-heading">
          <h2 id="servers-heading">{t.dataPage.serversHeading}</h2>
          <BlockedServerRecords servers={blockedServers} providers={providers} messages={messages} />
        </section>
        <section id="services" aria-labelledby="services-heading">
          <h2 id="services-heading">{t.dataPage.servicesHeading}</h2>
          <BlockedServiceRecords services={blockedServices} messages={messages} />
        </section>
        <section id="correction" aria-labelledby="correction-heading">
          <h2 id="correction-heading">{t.dataPage.correctionHeading}</h2>
          <p>{t.dataPage.correction}</p>
          <p>{t.dataPage.correctionWhere}</p>
        </section>
      </main>
      <footer className="muted">
        <p>{t.footer.privacy}</p>
      </footer>
    </div>
  );
}
