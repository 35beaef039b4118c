/** @jest-environment jsdom */
import '../jsdom-globals';
import '@testing-library/jest-dom';

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { GeneratorMessages } from '@/components/generator/form-messages';
import { LetterGenerator } from '@/components/generator/letter-generator';
import type { ServiceOption } from '@/components/generator/service-option';
import { blockedServices } from '@/lib/data/blocked-services';
import en from '@/messages/ui/en.json';
import fr from '@/messages/ui/fr.json';

const services: ServiceOption[] = blockedServices.map(({ id, name, domains }) => ({ id, name, domain: domains[0] ?? '' }));

function slice(messages: typeof en): GeneratorMessages {
  const { form, addressErrors, requestErrors, results, card, guidance } = messages;
  return { form, addressErrors, requestErrors, results, card, guidance };
}

describe('the letter generator', () => {
  it('shows a localized error tied to the recipient field, focuses it and keeps what was typed', async () => {
    const user = userEvent.setup();
    render(<LetterGenerator locale="fr" services={services} messages={slice(fr)} />);
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
    render(<LetterGenerator locale="en" services={services} messages={slice(en)} />);

    await user.type(screen.getByLabelText(en.form.recipient), 'ivan@mail.ru{Enter}');

    const results = await screen.findByRole('region', { name: en.results.heading }, { timeout: 5000 });
    const headings = within(results)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual(expect.arrayContaining(['To MTS', en.card.heading.recipient]));
    expect(headings.some((heading) => heading?.startsWith('To Mail.ru'))).toBe(true);
    expect(within(results).getAllByRole('article').length).toBe(headings.length);
    expect(screen.getByLabelText(en.form.recipient)).toHaveValue('ivan@mail.ru');
  });

  it('asks for the name of a service chosen as "Other…" rather than falling back on Mailfence', async () => {
    const user = userEvent.setup();
    render(<LetterGenerator locale="en" services={services} messages={slice(en)} />);

    await user.type(screen.getByLabelText(en.form.recipient), 'ivan@mail.ru');
    await user.selectOptions(screen.getByLabelText(en.form.senderService), 'other');
    await user.click(screen.getByRole('button', { name: en.form.submit }));

    const name = await screen.findByLabelText(en.form.senderServiceName);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(document.getElementById('senderServiceName-error')).toHaveTextContent(en.requestErrors.service_name_missing);
  });
});
