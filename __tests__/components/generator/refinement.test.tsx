/** @jest-environment jsdom */
import '../jsdom-globals';
import '@testing-library/jest-dom';

import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { GeneratorMessages } from '@/components/generator/form-messages';
import { LetterGenerator } from '@/components/generator/letter-generator';
import type { ServiceOption } from '@/components/generator/service-option';
import { blockedServices } from '@/lib/data/blocked-services';
import type { ReportedBlocking } from '@/lib/reports/types';
import type { MxHost, MxStatus } from '@/lib/resolve/types';
import en from '@/messages/ui/en.json';

const services: ServiceOption[] = blockedServices.map(({ id, name, domains }) => ({ id, name, domain: domains[0] ?? '' }));
const messages: GeneratorMessages = (({ punctuation, form, guidance }) => ({ punctuation, form, guidance }))(en);

const yandexMx: MxHost[] = [
  { host: 'mx.yandex.net', preference: 10, addresses: [{ ip: '77.88.21.249', asn: 13238, operator: 'YANDEX LLC', country: 'RU' }] },
];

/**
 * The page's one request is GET /api/resolve?only=mx, and jsdom has no fetch: the test answers as
 * the route does (the route has its own tests), when it chooses, so it can act before the answer.
 */
function holdResolveAnswer(body: { mx: MxHost[] | null; mxStatus: MxStatus; reportedBlocking?: ReportedBlocking[] }): () => Promise<void> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  globalThis.fetch = async () => {
    await gate;
    return { ok: true, json: async () => body } as Response;
  };
  return () => act(async () => release());
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'fetch');
});

async function generate(address: string) {
  const user = userEvent.setup();
  render(<LetterGenerator locale="en" services={services} messages={messages} siteUrl={null} />);
  await user.type(screen.getByLabelText(en.form.recipient), `${address}{Enter}`);
  const results = await screen.findByRole('region', { name: en.results.heading }, { timeout: 5000 });
  return { user, results };
}

/** The results' own status line, not a card's. */
function lettersStatus(results: HTMLElement): HTMLElement {
  const [status, ...others] = within(results)
    .getAllByRole('status')
    .filter((element) => element.closest('article') === null);
  expect(others).toEqual([]);
  if (!status) throw new Error('the results have no status line');
  return status;
}

describe('when the server’s DNS answer comes after the letters', () => {
  it('says the letters were updated, in a polite status, when the answer changed them', async () => {
    const answer = holdResolveAnswer({ mx: yandexMx, mxStatus: 'ok' });
    const { results } = await generate('ivan@example-corp.ru');
    const status = lettersStatus(results);
    expect(status).toBeEmptyDOMElement();

    await answer();

    await waitFor(() => expect(status).toHaveTextContent(en.results.lettersUpdated));
    expect(within(results).getByRole('heading', { level: 4, name: /^To Yandex/ })).toBeInTheDocument();
  });

  it('says nothing when the answer left the letters as they were', async () => {
    const answer = holdResolveAnswer({ mx: null, mxStatus: 'disabled' });
    const { results } = await generate('ivan@mail.ru');

    await answer();

    await waitFor(() => expect(within(results).getByText(en.results.mxStatus.disabled)).toBeInTheDocument());
    expect(lettersStatus(results)).toBeEmptyDOMElement();
  });

  it('no longer says “Copied” on a card whose text the answer rewrote', async () => {
    const answer = holdResolveAnswer({ mx: yandexMx, mxStatus: 'ok' });
    const { user, results } = await generate('ivan@example-corp.ru');
    const card = within(results).getAllByRole('article')[0];
    if (!card) throw new Error('no letter card');
    const before = within(card).getByRole('region').textContent;

    await user.click(within(card).getByRole('button', { name: en.card.copy }));
    await waitFor(() => expect(within(card).getByRole('status')).toHaveTextContent(en.card.copied));
    await answer();

    await waitFor(() => expect(within(results).getAllByRole('article')[0]).not.toHaveTextContent(before ?? ''));
    const rewritten = within(results).getAllByRole('article')[0];
    if (!rewritten) throw new Error('no letter card');
    expect(within(rewritten).getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('the public record in the results', () => {
  it('says beside the announcement what the record holds for the MX hosts, once the server answered', async () => {
    const release = holdResolveAnswer({
      mx: yandexMx,
      mxStatus: 'ok',
      reportedBlocking: [{ host: 'mx.yandex.net', service: 'mailfence', count: 7, since: '2026-10-01' }],
    });
    const { results } = await generate('press@zavod-primer.ru');
    const summary = within(results).getByRole('region', { name: en.results.summaryLabel });
    expect(summary).not.toHaveTextContent('7 reports');
    await release();
    await waitFor(() => expect(summary).toHaveTextContent('mx.yandex.net: reported as refusing mail from Mailfence (7 reports since 1 October 2026)'));
    expect(within(summary).getByRole('link', { name: en.results.reportedLink })).toHaveAttribute('href', '/en/blocking');
  });
});
