import { blockedServers as blockedServerRecords } from '@/lib/data/blocked-servers';
import { blockedServices } from '@/lib/data/blocked-services';
import { networkCredit } from '@/lib/data/network-credit';
import type { UiMessages } from '@/lib/i18n/get-dictionary';
import type { Locale } from '@/lib/i18n/locales';
import { localName } from '@/lib/letters/letter-parts';
import { formatCalendarDate } from '@/lib/i18n/format-date';
import { formatMessage } from '@/lib/i18n/format-message';
import type { ReportedBlocking } from '@/lib/reports/types';
import type { MxHost, Resolution } from '@/lib/resolve/types';

interface ResultsSummaryProps {
  resolution: Resolution;
  /** What the public record says the MX hosts refuse (from the server's MX answer). */
  reported: ReportedBlocking[];
  /** The page's language: the provider is named as a reader of it knows it (Яндекс Почта). */
  locale: Locale;
  /** True while /api/resolve has not answered yet. */
  pending: boolean;
  /** True when /api/resolve could not be reached or refused. */
  failed: boolean;
  /** The page language's colon (French puts a no-break space before it). */
  colon: string;
  messages: UiMessages['results'];
}

/** What was found about the recipient's mailbox, and how it was found. */
export function ResultsSummary({ resolution, reported, locale, pending, failed, colon, messages: t }: ResultsSummaryProps) {
  const { provider } = resolution;
  return (
    <section aria-label={t.summaryLabel} className="panel">
      <dl className="facts">
        <dt>{t.address}</dt>
        <dd>{resolution.domainUnicode === resolution.domain ? resolution.address : `${resolution.address} (${resolution.domainUnicode})`}</dd>
        <dt>{t.provider}</dt>
        <dd>
          <strong>{localName(provider, locale)}</strong> — {formatMessage(t.via[provider.via], { host: provider.mxHost ?? '' })}
        </dd>
        <dt>{t.mxHeading}</dt>
        <dd aria-busy={pending}>
          <MxSummary resolution={resolution} pending={pending} failed={failed} colon={colon} messages={t} />
        </dd>
        <dt>{t.blockedHeading}</dt>
        <dd>
          <BlockedServers hosts={resolution.blockedServers} messages={t} />
          <ReportedServers reported={reported} locale={locale} messages={t} />
        </dd>
        <dt>{t.inRussia}</dt>
        <dd>
          {resolution.russia.yes ? t.yes : t.no}
          {resolution.russia.why.length > 0 && ` (${resolution.russia.why.map((why) => t.russiaWhy[why]).join(', ')})`}
        </dd>
      </dl>
    </section>
  );
}

function MxSummary({ resolution, pending, failed, colon, messages: t }: Omit<ResultsSummaryProps, 'locale' | 'reported'>) {
  if (pending) return <span>{t.mxPending}</span>;
  if (failed || !resolution.mxStatus) return <span>{t.refineFailed}</span>;
  if (!resolution.mx || resolution.mx.length === 0) return <span>{t.mxStatus[resolution.mxStatus]}</span>;
  return (
    <>
      <ul>
        {resolution.mx.map((host) => (
          <li key={host.host}>
            {host.host} <span className="muted">({formatMessage(t.mxPreference, { preference: host.preference })})</span>
            {colon}
            {networks(host, t)}
          </li>
        ))}
      </ul>
      <p className="muted">
        {t.networkSource} <a href={networkCredit.url}>{networkCredit.text}</a>
      </p>
    </>
  );
}

/** The distinct networks an MX host's addresses sit on, e.g. "AS47764 LLC VK". */
function networks(host: MxHost, t: UiMessages['results']): string {
  const named = new Set(
    host.addresses.map((a) =>
      a.asn === null ? t.networkUnknown : formatMessage(t.network, { asn: a.asn, operator: a.operator ?? '' }).trim(),
    ),
  );
  return named.size > 0 ? [...named].join(', ') : t.networkUnknown;
}

function BlockedServers({ hosts, messages: t }: { hosts: string[]; messages: UiMessages['results'] }) {
  if (hosts.length === 0) return <span>{t.blockedNone}</span>;
  return (
    <ul>
      {hosts.map((host) => {
        const source = blockedServerRecords.find((record) => record.host === host)?.source;
        return (
          <li key={host}>
            {host}
            {source && (
              <>
                {' '}
                (
                <a href={source} rel="noopener noreferrer">
                  {t.blockedSource}
                </a>
                )
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The public record's word on these servers, beside the announcement's list: who reported what, how often. */
function ReportedServers({ reported, locale, messages: t }: { reported: ReportedBlocking[]; locale: Locale; messages: UiMessages['results'] }) {
  if (reported.length === 0) return null;
  const serviceName = (id: string) => blockedServices.find((service) => service.id === id)?.name ?? id;
  return (
    <>
      <ul>
        {reported.map(({ host, service, count, since }) => (
          <li key={`${host} ${service}`}>
            {formatMessage(t.reportedLine, { host, service: serviceName(service), count, since: formatCalendarDate(since, locale) })}
          </li>
        ))}
      </ul>
      <a href={`/${locale}/blocking`}>{t.reportedLink}</a>
    </>
  );
}
