import { blockedServices } from '@/lib/data/blocked-services';
import type { UiMessages } from '@/lib/i18n/get-dictionary';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import { timelineWeeks, type BlockingRow } from '@/lib/reports/blocking-rows';

import { ReportTimeline } from './report-timeline';

interface BlockingTableProps {
  rows: BlockingRow[];
  /** The Mondays of the timelines' weeks, oldest first. */
  mondays: readonly string[];
  locale: Locale;
  messages: UiMessages['blocking'];
  /** "AS{asn} {operator}", as the results write a network. */
  networkLabel: string;
}

function serviceName(id: string): string {
  return blockedServices.find((service) => service.id === id)?.name ?? id;
}

/** The timeline's words: how many reports in how many weeks, and the latest week. */
function timelineText(weekly: readonly number[], mondays: readonly string[], t: UiMessages['blocking'], day: (iso: string) => string): string {
  const count = weekly.reduce((sum, week) => sum + week, 0);
  const lastIndex = weekly.reduce((last, week, index) => (week > 0 ? index : last), -1);
  if (count === 0 || lastIndex < 0) return formatMessage(t.timelineNone, { total: timelineWeeks });
  return formatMessage(t.timelineText, {
    count,
    weeks: weekly.filter((week) => week > 0).length,
    total: timelineWeeks,
    week: day(mondays[lastIndex] ?? ''),
  });
}

/**
 * The refusing servers as a table a screen reader can walk: a caption, column headers, one row
 * per reported (host, service), the announced hosts nobody reported yet after them. Scrolls
 * sideways on a narrow screen, from the keyboard too.
 */
export function BlockingTable({ rows, mondays, locale, messages: t, networkLabel }: BlockingTableProps) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (iso: string) => date.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
  return (
    <div className="table-scroll" role="region" aria-labelledby="blocking-caption" tabIndex={0}>
      <table className="blocking">
        <caption id="blocking-caption">{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.server}</th>
            <th scope="col">{t.refusedFrom}</th>
            <th scope="col">{t.reports}</th>
            <th scope="col">{t.days}</th>
            <th scope="col">{t.lastSeen}</th>
            <th scope="col">{t.codes}</th>
            <th scope="col">{t.network}</th>
            <th scope="col">{t.timeline}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ host, announced, record }, index) => (
            <tr key={`${host} ${record?.service ?? ''}`}>
              <th scope="row">
                {host}
                {announced && <span className="badge">{t.announced}</span>}
              </th>
              {record === null ? (
                <td colSpan={7} className="muted">
                  {t.noReport}
                </td>
              ) : (
                <>
                  <td>{serviceName(record.service)}</td>
                  <td>{record.count}</td>
                  <td>{record.days}</td>
                  <td>{day(record.lastSeen)}</td>
                  <td>{record.codes.join(', ')}</td>
                  <td>{record.asn === null ? '' : formatMessage(networkLabel, { asn: record.asn, operator: record.operator ?? '' })}</td>
                  <td>
                    <ReportTimeline weekly={record.weekly} id={`timeline-${index}`} description={timelineText(record.weekly, mondays, t, day)} />
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
