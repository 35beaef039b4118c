/** @jest-environment jsdom */
import '../jsdom-globals';
import '@testing-library/jest-dom';

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { LetterCard } from '@/components/generator/letter-card';
import type { Letter } from '@/lib/letters/types';
import en from '@/messages/ui/en.json';

const hostile = '<img src=x onerror="alert(1)">';

// About 1,500 Cyrillic letters: percent-encoded, far past the 2,000-character mailto budget.
const longRussian = 'Прошу принять почту от пользователей сервиса. '.repeat(32);

const letter: Letter = {
  id: 'provider',
  audience: 'provider',
  kind: 'provider',
  addresseeName: hostile,
  to: ['abuse@corp.mail.ru'],
  contacts: [
    {
      kind: 'email',
      value: 'abuse@corp.mail.ru',
      role: 'abuse',
      source: 'https://help.mail.ru/mail-help',
      evidenceDate: '2018-03-12',
      reviewed: '2026-11-30',
      confidence: 'low',
    },
    {
      kind: 'form',
      value: 'https://help.mail.ru/notspam-support/',
      role: 'form',
      source: 'https://help.mail.ru/mail-help',
      evidenceDate: '2023-03-19',
      reviewed: '2026-11-30',
      confidence: 'high',
    },
  ],
  subject: `Жалоба ${hostile}`,
  parts: [{ language: 'ru', subject: `Жалоба ${hostile}`, paragraphs: [`Здравствуйте, ${hostile}.`, longRussian] }],
  shortBody: 'Полный текст письма в буфере обмена: вставьте его сюда.',
};

describe('a letter card', () => {
  it('shows what the user typed as text, never as markup', () => {
    const { container } = render(<LetterCard locale="en" punctuation={en.punctuation} letter={letter} messages={en.card} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(`To ${hostile}`);
    expect(container.querySelector('pre')).toHaveTextContent(`Здравствуйте, ${hostile}.`);
  });

  // Regression (issue 11): every contact said "checked 2026-11-27", the day the records were
  // written, over evidence from 2012 to 2022.
  it("dates each contact's source by its evidence, never by when it was last reviewed", () => {
    render(<LetterCard locale="en" punctuation={en.punctuation} letter={letter} messages={en.card} />);
    const card = screen.getByRole('article');
    expect(within(card).getByRole('link', { name: 'source dated 12 March 2018' })).toHaveAttribute('href', 'https://help.mail.ru/mail-help');
    expect(within(card).getByRole('link', { name: 'source dated 19 March 2023' })).toBeInTheDocument();
    expect(card).not.toHaveTextContent('2026-11-30');
  });

  it('keeps its mailto link within 2,000 characters and says when the link carries a short body', () => {
    render(<LetterCard locale="en" punctuation={en.punctuation} letter={letter} messages={en.card} />);
    const href = screen.getByRole('link', { name: en.card.openMail }).getAttribute('href') ?? '';
    expect(href.startsWith('mailto:abuse@corp.mail.ru?')).toBe(true);
    expect(href.length).toBeLessThanOrEqual(2000);
    expect(screen.getByText(en.card.tooLongForLink)).toBeInTheDocument();
  });

  it('offers every way to send: copy, mail app, webmail with its disclosure, .eml, the web form', () => {
    render(<LetterCard locale="en" punctuation={en.punctuation} letter={letter} messages={en.card} />);
    const card = screen.getByRole('article');
    expect(within(card).getByRole('button', { name: en.card.copy })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: en.card.downloadEml })).toBeInTheDocument();
    for (const name of ['Gmail', 'Outlook.com', 'Yandex Mail']) {
      const link = within(card).getByRole('link', { name });
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect((link.getAttribute('href') ?? '').length).toBeLessThanOrEqual(2000);
    }
    expect(within(card).getByText(en.card.webmailDisclosure)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: `${en.card.openForm} (help.mail.ru)` })).toHaveAttribute(
      'href',
      'https://help.mail.ru/notspam-support/',
    );
    expect(within(card).getByText(en.card.lowConfidence)).toBeInTheDocument();
  });

  it('names the scrollable letter text, so the keyboard stop it adds is announced as the letter', () => {
    render(<LetterCard locale="en" punctuation={en.punctuation} letter={letter} messages={en.card} />);
    const text = screen.getByRole('region', { name: `${en.card.letterText} To ${hostile}` });
    expect(text).toHaveAttribute('tabindex', '0');
    expect(text).toHaveTextContent(`Здравствуйте, ${hostile}.`);
  });

  it('explains a low-confidence contact in text tied to it, not in a tooltip', () => {
    const { container } = render(<LetterCard locale="en" punctuation={en.punctuation} letter={letter} messages={en.card} />);
    const [weak, strong] = screen.getAllByRole('listitem');
    expect(weak).toHaveAccessibleDescription(en.card.lowConfidenceHint);
    expect(within(weak as HTMLElement).getByText(en.card.lowConfidenceHint)).toBeVisible();
    expect(strong).not.toHaveAccessibleDescription();
    expect(container.querySelector('[title]')).toBeNull();
  });

  it('stops saying "Copied" once its letter says something else, and not before', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<LetterCard locale="en" punctuation={en.punctuation} letter={letter} messages={en.card} />);
    await user.click(screen.getByRole('button', { name: en.card.copy }));
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(en.card.copied));

    rerender(<LetterCard locale="en" punctuation={en.punctuation} letter={{ ...letter, parts: [...letter.parts] }} messages={en.card} />);
    expect(status).toHaveTextContent(en.card.copied);

    rerender(<LetterCard locale="en" punctuation={en.punctuation} letter={{ ...letter, to: ['abuse@mail.ru'] }} messages={en.card} />);
    expect(status).toBeEmptyDOMElement();
  });
});
