import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Suspense } from 'react';

import { LanguageSwitcher } from '@/components/language-switcher';
import { LetterGenerator } from '@/components/generator/letter-generator';
import type { ServiceOption } from '@/components/generator/service-option';
import { blockedServices } from '@/lib/data/blocked-services';
import { getDictionary } from '@/lib/i18n/get-dictionary';
import { isLocale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/server/site-url';

interface PageProps {
  params: Promise<{ lang: string }>;
}

export default async function GeneratorPage({ params }: PageProps) {
  // Rendered per request: the CSP nonce that proxy.ts sets exists only then.
  await connection();
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = await getDictionary(lang);
  const services: ServiceOption[] = blockedServices.map(({ id, name, domains }) => ({ id, name, domain: domains[0] ?? '' }));

  return (
    <div className="page">
      <header>
        <LanguageSwitcher current={lang} label={t.languageSwitcher.label} />
        <h1>{t.header.heading}</h1>
        <p className="tagline">{t.header.tagline}</p>
        <p className="muted">{t.header.intro}</p>
        <p>
          <a href={`/${lang}/blocking`}>{t.generatorLink.blocking}</a>
        </p>
      </header>
      <main>
        {/* Hydrated on its own, after the page's frame: the form's work is not the framework's long task. */}
        <Suspense>
          <LetterGenerator
            locale={lang}
            services={services}
            siteUrl={siteUrl()?.origin ?? null}
            // What the first render shows; the texts of errors and letters come with the engine.
            messages={{ punctuation: t.punctuation, form: t.form, guidance: t.guidance }}
          />
        </Suspense>
      </main>
      <footer className="muted">
        <p>
          <a href={`/${lang}/data`}>{t.footer.dataLink}</a>
        </p>
        <p>{t.footer.privacy}</p>
      </footer>
    </div>
  );
}
