/** @jest-environment jsdom */
import '../jsdom-globals';
import '@testing-library/jest-dom';

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { GeneratorMessages } from '@/components/generator/form-messages';
import { LetterGenerator } from '@/components/generator/letter-generator';
import type { ServiceOption } from '@/components/generator/service-option';
import { blockedServices } from '@/lib/data/blocked-services';
import en from '@/messages/ui/en.json';
import fr from '@/messages/ui/fr.json';

const services: ServiceOption[] = blockedServices.map(({ id, name, domains }) => ({ id, name, domain: domains[0] ?? '' }));

/** What the page hands the generator; the texts of errors and letters it loads itself. */
function slice(messages: typeof en): GeneratorMessages {
  const { punctuation, form, guidance } = messages;
  return { punctuation, form, guidance };
}

describe('the letter generator', () => {
  it('shows a localized error tied to the recipient field, focuses it and keeps what was typed', async () => {
    const user = userEvent.setup();
    render(<LetterGenerator locale="fr" services={services} messages={slice(fr)} siteUrl={null} />);
    const recipient = screen.getByLabelText(fr.form.recipient);

    await user.type(recipient, 'ivan.mail.ru');
    await user.click(screen.getByRole('button', { name: fr.form.submit }));

    await waitFor(() => expect(recipient).toHaveAttribute('aria-invalid', 'true'));
    const error = document.getElementById('recipient-error');
    expect(error?.textContent).toBe(fr.addressErrors.no_at);
    expect(error).toHaveAttribute('role', 'alert');
    expect(recipient.getAttribute('aria-describedby')?.split(' ')).toContain('recipient-error');
    expect(recipient).toHaveValue('ivan.mail.ru');
    expect(recipient).toHaveFocus();
    expect(screen.queryByRole('heading', { name: fr.results.heading })).not.toBeInTheDocument();
  });

  it('writes the letters when Enter is pressed in the recipient field', async () => {
    const user = userEvent.setup();
    render(<LetterGenerator locale="en" services={services} messages={slice(en)} siteUrl={null} />);

    await user.type(screen.getByLabelText(en.form.recipient), 'ivan@mail.ru{Enter}');

    const results = await screen.findByRole('region', { name: en.results.heading }, { timeout: 5000 });
    // The provider's letter comes with the click's render, the others in the one after it; the
    // results say they are busy until then and until the server's answer (here: none) is in.
    await within(results).findByRole('heading', { level: 4, name: en.card.heading.recipient });
    await waitFor(() => expect(results).not.toHaveAttribute('aria-busy'));
    const headings = within(results)
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual(expect.arrayContaining(['To Mail.ru', en.card.heading.recipient]));
    expect(within(results).getAllByRole('article').length).toBe(headings.length);
    expect(screen.getByLabelText(en.form.recipient)).toHaveValue('ivan@mail.ru');
  });

  it('asks for the name of a service chosen as "Other…" rather than falling back on Mailfence', async () => {
    const user = userEvent.setup();
    render(<LetterGenerator locale="en" services={services} messages={slice(en)} siteUrl={null} />);

    await user.type(screen.getByLabelText(en.form.recipient), 'ivan@mail.ru');
    await user.selectOptions(screen.getByLabelText(en.form.senderService), 'other');
    await user.click(screen.getByRole('button', { name: en.form.submit }));

    const name = await screen.findByLabelText(en.form.senderServiceName);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(document.getElementById('senderServiceName-error')).toHaveTextContent(en.requestErrors.service_name_missing);
  });
});

describe('the letter generator’s form', () => {
  it('marks every language box invalid when the choice is refused', async () => {
    const user = userEvent.setup();
    render(<LetterGenerator locale="en" services={services} messages={slice(en)} siteUrl={null} />);
    const languages = screen.getByRole('group', { name: en.form.languages });
    const boxes = within(languages).getAllByRole('checkbox');

    await user.type(screen.getByLabelText(en.form.recipient), 'ivan@mail.ru');
    for (const box of boxes.slice(0, 4)) await user.click(box);
    await user.click(screen.getByRole('button', { name: en.form.submit }));

    await waitFor(() => expect(document.getElementById('languages-error')).toHaveTextContent(en.requestErrors.too_many_languages));
    for (const box of boxes) expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(languages).toHaveAccessibleDescription(expect.stringContaining(en.requestErrors.too_many_languages));

    await user.click(boxes[0] as HTMLElement);
    await user.click(screen.getByRole('button', { name: en.form.submit }));
    await waitFor(() => expect(document.getElementById('languages-error')).toBeNull());
    for (const box of boxes) expect(box).toHaveAttribute('aria-invalid', 'false');
  });

  it('takes the failure time as a local date and time, and states it in UTC in the provider’s letter', async () => {
    const user = userEvent.setup();
    render(<LetterGenerator locale="en" services={services} messages={slice(en)} siteUrl={null} />);
    const failedAt = screen.getByLabelText(new RegExp(en.form.failedAt.replace('?', '\\?')));
    expect(failedAt).toHaveAttribute('type', 'datetime-local');
    expect(failedAt).toHaveAccessibleDescription(en.form.failedAtHint);

    // Local time is what the user picks; the test's local time is the process's (TZ, UTC in CI).
    fireEvent.change(failedAt, { target: { value: '2026-11-20T14:05' } });
    await user.type(screen.getByLabelText(en.form.recipient), 'ivan@mail.ru{Enter}');

    const results = await screen.findByRole('region', { name: en.results.heading }, { timeout: 5000 });
    const [provider] = within(results).getAllByRole('article');
    const expected = new Date(2026, 10, 20, 14, 5).toISOString().slice(0, 16).replace('T', ' ');
    expect(provider).toHaveTextContent(`${expected} UTC`);
  });
});

describe('focus after generating', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('moves to the results heading once the lazily loaded results are there', async () => {
    const user = userEvent.setup();
    render(<LetterGenerator locale="en" services={services} messages={slice(en)} siteUrl={null} />);

    await user.type(screen.getByLabelText(en.form.recipient), 'ivan@mail.ru{Enter}');

    const heading = await screen.findByRole('heading', { name: en.results.heading }, { timeout: 5000 });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('moves to the results heading when a link’s fragment writes the letters on arrival', async () => {
    window.history.replaceState(null, '', '/#to=ivan%40mail.ru');
    render(<LetterGenerator locale="en" services={services} messages={slice(en)} siteUrl={null} />);

    const heading = await screen.findByRole('heading', { name: en.results.heading }, { timeout: 5000 });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});
