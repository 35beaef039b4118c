import type { BlockedServer, Provider } from '@/lib/data/schema';
import { formatCalendarDate } from '@/lib/i18n/format-date';
import { formatMessage } from '@/lib/i18n/format-message';

import type { DataPageMessages } from './data-page-messages';

interface BlockedServerRecordsProps {
  servers: BlockedServer[];
  providers: Provider[];
  messages: DataPageMessages;
}

/** The announcement's hosts in its order, each with its operator where known and how that is known. */
export function BlockedServerRecords({ servers, providers, messages: t }: BlockedServerRecordsProps) {
  const providerName = (id: string) => providers.find((provider) => provider.id === id)?.name ?? id;
  return (
    <ul className="contacts">
      {servers.map((server) => (
        <li key={server.host}>
          <strong>{server.host}</strong>
          {' — '}
          {t.page.operator}
          {t.punctuation.colon}
          {server.operator ?? t.page.operatorUnknown}
          {server.operatorInferred === true && <span className="badge">{t.page.operatorInferred}</span>}
          {server.operatorConfidence !== undefined && (
            <>
              {t.punctuation.separator}
              {formatMessage(t.page.confidence, { level: t.page.confidenceLevels[server.operatorConfidence] })}
            </>
          )}
          {server.providerId !== undefined && (
            <>
              {t.punctuation.separator}
              {t.page.provider}
              {t.punctuation.colon}
              <a href={`#provider-${server.providerId}`}>{providerName(server.providerId)}</a>
            </>
          )}
          {t.punctuation.separator}
          <a href={server.source} rel="noopener noreferrer">
            {t.announcementSource}
          </a>
          {t.punctuation.separator}
          {formatMessage(t.page.reviewed, { date: formatCalendarDate(server.reviewed, t.locale) })}
        </li>
      ))}
    </ul>
  );
}
