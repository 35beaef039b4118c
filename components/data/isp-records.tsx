import type { Isp } from '@/lib/data/schema';
import { formatMessage } from '@/lib/i18n/format-message';

import { ContactEntries } from './contact-entries';
import type { DataPageMessages } from './data-page-messages';
import { RecordFacts } from './record-facts';

interface IspRecordsProps {
  isps: Isp[];
  messages: DataPageMessages;
  notesLang: 'en' | undefined;
}

/**
 * One article per ISP. Its AS numbers (up to ~80) sit in a <details>, which opens without any
 * script, so the page stays readable and still holds every number.
 */
export function IspRecords({ isps, messages: t, notesLang }: IspRecordsProps) {
  return isps.map((isp) => (
    <article key={isp.id} id={`isp-${isp.id}`} className="panel" aria-labelledby={`isp-${isp.id}-name`}>
      <h3 id={`isp-${isp.id}-name`}>
        {isp.name} — <span lang="ru">{isp.nameRu}</span>
      </h3>
      <details>
        <summary>{formatMessage(t.page.networks, { count: isp.asns.length })}</summary>
        <p className="as-list">{isp.asns.map((asn) => `AS${asn}`).join(', ')}</p>
      </details>
      <RecordFacts facts={[[t.page.note, isp.note === undefined ? '' : <span lang={notesLang}>{isp.note}</span>]]} />
      <ContactEntries contacts={isp.contacts} messages={t} notesLang={notesLang} />
    </article>
  ));
}
