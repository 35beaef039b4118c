import type { Provider } from '@/lib/data/schema';
import { formatMessage } from '@/lib/i18n/format-message';

import { ContactEntries } from './contact-entries';
import type { DataPageMessages } from './data-page-messages';
import { RecordFacts } from './record-facts';

interface ProviderRecordsProps {
  providers: Provider[];
  messages: DataPageMessages;
  notesLang: 'en' | undefined;
}

const list = (values: readonly string[]): string => values.join(', ');

/** One article per mail provider: domains, MX patterns, networks, then its contacts. */
export function ProviderRecords({ providers, messages: t, notesLang }: ProviderRecordsProps) {
  return providers.map((provider) => (
    <article key={provider.id} id={`provider-${provider.id}`} className="panel" aria-labelledby={`provider-${provider.id}-name`}>
      <h3 id={`provider-${provider.id}-name`}>{provider.name}</h3>
      <RecordFacts
        facts={[
          [t.page.country, provider.country],
          [t.page.domains, list(provider.domains)],
          [t.page.mxPatterns, list(provider.mxPatterns)],
          [formatMessage(t.page.networks, { count: provider.asns.length }), provider.asns.length === 0 ? '' : list(provider.asns.map((asn) => `AS${asn}`))],
          [t.page.note, provider.note === undefined ? '' : <span lang={notesLang}>{provider.note}</span>],
        ]}
      />
      <ContactEntries contacts={provider.contacts} messages={t} notesLang={notesLang} />
    </article>
  ));
}
