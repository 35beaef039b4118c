/** @jest-environment jsdom */
import '../jsdom-globals';
import '@testing-library/jest-dom';

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { RefusalReport, type RefusalReportMessages } from '@/components/generator/refusal-report';
import { parseAddress } from '@/lib/address/parse-address';
import { senderService } from '@/lib/letters/letter-facts';
import type { RefusalReportSource } from '@/lib/reports/build-refusal-report';
import { resolveRecipient } from '@/lib/resolve/resolve-recipient';
import en from '@/messages/ui/en.json';
import fr from '@/messages/ui/fr.json';

const parsed = parseAddress('olga.petrova@bk.ru');
if (!parsed.ok) throw new Error('the test address is refused');

const source: RefusalReportSource = {
  bounce: {
    remoteMta: 'mxs.mail.ru',
    remoteIp: '217.69.139.150',
    smtpCode: 550,
    enhancedCode: '5.7.1',
    diagnostic: 'spam message rejected for <olga.petrova@bk.ru>. ID: 0000000B0001C50E1E1D33EB.',
    arrivalDate: new Date(Date.now() - 2 * 3600_000).toISOString(),
    finalRecipient: 'olga.petrova@bk.ru',
  },
  resolution: resolveRecipient(parsed.value, null),
  service: senderService('mailfence'),
  sender: { name: 'Ivan Sidorov', address: 'ivan@mailfence.com' },
};

const messages: RefusalReportMessages = { refusalReport: en.refusalReport, reportErrors: en.reportErrors };

interface Sent {
  url: string;
  init: RequestInit;
}

/** jsdom has no fetch: the test answers as the route does (the route has its own tests) and keeps what was sent. */
function answerWith(status: number, body: unknown): Sent[] {
  const sent: Sent[] = [];
  globalThis.fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: String(url), init: init ?? {} });
    return { status, ok: status < 300, json: async () => body } as Response;
  };
  return sent;
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

function shownJson(): unknown {
  return JSON.parse(within(screen.getByRole('group')).getByText(/"remoteMta"/).textContent ?? '');
}

describe('the refusal report', () => {
  it('shows exactly what would be sent, as a list and as raw JSON, and sends nothing before the click', () => {
    const sent = answerWith(201, { id: 'x' });
    const { container } = render(<RefusalReport source={source} locale="en" messages={messages} />);

    expect(screen.getByRole('heading', { name: en.refusalReport.heading })).toBeInTheDocument();
    const list = container.querySelector('dl');
    if (!list) throw new Error('no list');
    const items = Array.from(list.querySelectorAll('div')).map((item) => [item.querySelector('dt')?.textContent, item.querySelector('dd')?.textContent]);
    expect(items).toEqual([
      [en.refusalReport.fields.service, 'Mailfence (mailfence.com)'],
      [en.refusalReport.fields.remoteMta, 'mxs.mail.ru'],
      [en.refusalReport.fields.remoteIp, '217.69.139.150'],
      [en.refusalReport.fields.smtpCode, '550'],
      [en.refusalReport.fields.enhancedCode, '5.7.1'],
      [en.refusalReport.fields.diagnostic, 'spam message rejected for <[address]>. ID: [ref].'],
      [en.refusalReport.fields.hour, expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:00 UTC$/)],
      [en.refusalReport.fields.providerId, 'Mail.ru'],
    ]);
    expect(screen.getByText(en.refusalReport.rawJson).closest('details')).not.toHaveAttribute('open');
    expect(shownJson()).toMatchObject({ remoteMta: 'mxs.mail.ru', providerId: 'mailru' });
    expect(document.body.textContent).not.toMatch(/olga|petrova|Ivan|Sidorov/i);
    expect(sent).toEqual([]);
  });

  it('sends the JSON it showed, once, on the click, and says it was recorded with a link to the record', async () => {
    const sent = answerWith(201, { id: '3f1c…' });
    render(<RefusalReport source={source} locale="en" messages={messages} />);
    const button = screen.getByRole('button', { name: en.refusalReport.submit });

    await userEvent.click(button);

    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe('/api/reports');
    expect(sent[0]?.init.method).toBe('POST');
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual(shownJson());
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(en.refusalReport.recorded);
    expect(within(status).getByRole('link', { name: en.refusalReport.viewRecord })).toHaveAttribute('href', '/en/blocking');
    expect(button).toBeDisabled();
  });

  it('starts unsent again when another refusal replaces the one it recorded', async () => {
    answerWith(201, { id: '3f1c…' });
    const { rerender } = render(<RefusalReport source={source} locale="en" messages={messages} />);
    await userEvent.click(screen.getByRole('button', { name: en.refusalReport.submit }));
    expect(screen.getByRole('status')).toHaveTextContent(en.refusalReport.recorded);

    const yandex = { ...source, bounce: { ...source.bounce, remoteMta: 'mx.yandex.ru', remoteIp: '77.88.21.249' } };
    rerender(<RefusalReport source={yandex} locale="en" messages={messages} />);
    expect(shownJson()).toMatchObject({ remoteMta: 'mx.yandex.ru' });
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.getByRole('button', { name: en.refusalReport.submit })).toBeEnabled();

    // The same report again (a new render of the same facts) keeps what became of it.
    rerender(<RefusalReport source={{ ...yandex }} locale="en" messages={messages} />);
    await userEvent.click(screen.getByRole('button', { name: en.refusalReport.submit }));
    rerender(<RefusalReport source={{ ...yandex }} locale="en" messages={messages} />);
    expect(screen.getByRole('status')).toHaveTextContent(en.refusalReport.recorded);
  });

  it('says so when the record already had this refusal', async () => {
    answerWith(200, { id: '3f1c…' });
    render(<RefusalReport source={source} locale="en" messages={messages} />);
    await userEvent.click(screen.getByRole('button', { name: en.refusalReport.submit }));
    expect(screen.getByRole('status')).toHaveTextContent(en.refusalReport.alreadyRecorded);
  });

  it.each([
    ['the database is down', 503, { error: { code: 'database_unavailable', message: 'x' } }, en.reportErrors.database_unavailable],
    ['DNS refuses the server', 422, { error: { code: 'not_in_scope', message: 'x' } }, en.reportErrors.not_in_scope],
    ['the client is rate limited', 429, { error: { code: 'rate_limited', message: 'Too many requests. Try again in 3 s.' } }, 'Too many requests. Try again in 3 s.'],
    ['the answer is no JSON', 502, null, en.refusalReport.offline],
  ])('says it could not be sent when %s, and lets the user try again', async (_, status, body, reason) => {
    answerWith(status, body);
    render(<RefusalReport source={source} locale="en" messages={messages} />);
    const button = screen.getByRole('button', { name: en.refusalReport.submit });
    await userEvent.click(button);
    expect(screen.getByRole('status')).toHaveTextContent(en.refusalReport.notSent.replace('{reason}', reason));
    expect(button).toBeEnabled();
  });

  it('says it could not be sent when the server cannot be reached', async () => {
    globalThis.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    render(<RefusalReport source={source} locale="en" messages={messages} />);
    await userEvent.click(screen.getByRole('button', { name: en.refusalReport.submit }));
    expect(screen.getByRole('status')).toHaveTextContent(en.refusalReport.notSent.replace('{reason}', en.refusalReport.offline));
  });

  it('speaks the page’s language, the refusal reason included', async () => {
    answerWith(503, { error: { code: 'database_unavailable', message: 'The record cannot be reached just now.' } });
    render(<RefusalReport source={source} locale="fr" messages={{ refusalReport: fr.refusalReport, reportErrors: fr.reportErrors }} />);
    await userEvent.click(screen.getByRole('button', { name: fr.refusalReport.submit }));
    // The French text holds no-break spaces, which the text matcher reads as plain ones.
    expect(screen.getByRole('status')).toHaveTextContent(fr.reportErrors.database_unavailable.replace(/\s+/g, ' '));
  });

  it('shows nothing when the bounce makes no report', () => {
    const { container } = render(
      <RefusalReport source={{ ...source, bounce: { diagnostic: 'something went wrong' } }} locale="en" messages={messages} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
