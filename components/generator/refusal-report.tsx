'use client';

import { useMemo, useState } from 'react';

import type { UiMessages } from '@/lib/i18n/get-dictionary';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import { buildRefusalReport, type RefusalReportSource } from '@/lib/reports/build-refusal-report';
import type { RefusalReport } from '@/lib/reports/report-schema';
import { isReportErrorCode, maxDiagnosticLength } from '@/lib/reports/types';

export interface RefusalReportMessages {
  refusalReport: UiMessages['refusalReport'];
  reportErrors: UiMessages['reportErrors'];
}

interface RefusalReportProps {
  /** The bounce that was read, the resolution and the sender: the report is built from them here. */
  source: RefusalReportSource;
  locale: Locale;
  messages: RefusalReportMessages;
}

type Sending = { state: 'idle' } | { state: 'sending' } | { state: 'recorded'; created: boolean } | { state: 'failed'; reason: string };

type Field = keyof UiMessages['refusalReport']['fields'];

/** The report as the readable list shows it: one line per field it holds, in the schema's order. */
function readableFields(report: RefusalReport, source: RefusalReportSource): Array<[Field, string]> {
  const fields: Array<[Field, string | number | undefined]> = [
    ['service', `${source.service.name} (${report.service.domain})`],
    ['remoteMta', report.remoteMta],
    ['remoteIp', report.remoteIp],
    ['smtpCode', report.smtpCode],
    ['enhancedCode', report.enhancedCode],
    ['diagnostic', report.diagnostic],
    ['hour', report.hour.replace('T', ' ').replace(':00:00Z', ':00 UTC')],
    ['providerId', report.providerId === undefined ? undefined : source.resolution.provider.name],
  ];
  return fields.filter((field): field is [Field, string | number] => field[1] !== undefined).map(([name, value]) => [name, String(value)]);
}

/** Why the record did not take the report, in the page's language: its own text for each code. */
async function refusalReason(response: Response, messages: RefusalReportMessages): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: unknown; message?: unknown } } | null;
  const code = body?.error?.code;
  if (typeof code === 'string' && isReportErrorCode(code)) {
    return formatMessage(messages.reportErrors[code], { max: maxDiagnosticLength });
  }
  // A 429 or anything else: the server's own words (in the browser's language), else ours.
  return typeof body?.error?.message === 'string' ? body.error.message : messages.refusalReport.offline;
}

/**
 * "Add this refusal to the public record": shown after the letters when a bounce was read, and
 * loaded only then. Before anything leaves the page it shows exactly what would be sent, as a
 * list and as the raw JSON; nothing is sent without the click, and it says what came of it.
 */
export function RefusalReport({ source, locale, messages }: RefusalReportProps) {
  const report = useMemo(() => buildRefusalReport(source), [source]);
  if (report === null) return null;
  const json = JSON.stringify(report, null, 2);
  // Another bounce or recipient makes another report: keyed by what it would send, its panel
  // starts unsent, rather than saying "recorded" of a report that never left the page.
  return <ReportPanel key={json} report={report} json={json} source={source} locale={locale} messages={messages} />;
}

interface ReportPanelProps extends RefusalReportProps {
  report: RefusalReport;
  /** The report as sent and as shown under the disclosure. */
  json: string;
}

function ReportPanel({ report, json, source, locale, messages }: ReportPanelProps) {
  const t = messages.refusalReport;
  const [sending, setSending] = useState<Sending>({ state: 'idle' });

  const send = async () => {
    setSending({ state: 'sending' });
    try {
      const response = await fetch('/api/reports', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: json });
      if (response.status === 200 || response.status === 201) setSending({ state: 'recorded', created: response.status === 201 });
      else setSending({ state: 'failed', reason: await refusalReason(response, messages) });
    } catch {
      setSending({ state: 'failed', reason: t.offline });
    }
  };

  const status =
    sending.state === 'sending'
      ? t.sending
      : sending.state === 'recorded'
        ? sending.created
          ? t.recorded
          : t.alreadyRecorded
        : sending.state === 'failed'
          ? formatMessage(t.notSent, { reason: sending.reason })
          : '';

  return (
    <section aria-labelledby="refusal-report-heading" className="panel refusal-report">
      <h3 id="refusal-report-heading">{t.heading}</h3>
      <p>{t.intro}</p>
      <p id="refusal-report-what">{t.whatIsSent}</p>
      <dl aria-labelledby="refusal-report-what" className="facts">
        {readableFields(report, source).map(([name, value]) => (
          <div key={name}>
            <dt>{t.fields[name]}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t.neverSent}</p>
      <details>
        <summary>{t.rawJson}</summary>
        <pre className="raw-report">{json}</pre>
      </details>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => void send()}
          disabled={sending.state === 'sending' || sending.state === 'recorded'}
        >
          {t.submit}
        </button>
      </div>
      {/* Present from the start, so that a screen reader announces the outcome when it comes. */}
      <p role="status" className="status">
        {status}
        {sending.state === 'recorded' && (
          <>
            {' '}
            <a href={`/${locale}/blocking`}>{t.viewRecord}</a>
          </>
        )}
      </p>
    </section>
  );
}
