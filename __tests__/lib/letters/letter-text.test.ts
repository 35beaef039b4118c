import { letterText, partSeparator } from '@/lib/letters/letter-text';
import type { Letter } from '@/lib/letters/types';

const letter = (parts: Letter['parts']): Letter => ({
  id: 'provider',
  audience: 'provider',
  kind: 'provider',
  addresseeName: 'Example',
  to: [],
  contacts: [],
  subject: parts.map((part) => part.subject).join(' / '),
  parts,
  shortBody: '',
});

describe('letterText', () => {
  it('joins one part’s paragraphs with blank lines and keeps their own line breaks', () => {
    const text = letterText(letter([{ language: 'en', subject: 'S', paragraphs: ['Hello,', 'Facts:\nA\nB', 'Bye'] }]));
    expect(text).toBe('Hello,\n\nFacts:\nA\nB\n\nBye');
  });

  it('sets the parts apart with a separator line, primary language first', () => {
    const text = letterText(
      letter([
        { language: 'ru', subject: 'Т', paragraphs: ['Здравствуйте!', 'Спасибо!'] },
        { language: 'en', subject: 'S', paragraphs: ['Hello,', 'Thanks!'] },
      ]),
    );
    expect(text).toBe(`Здравствуйте!\n\nСпасибо!\n\n${partSeparator}\n\nHello,\n\nThanks!`);
  });

  it('uses a separator that no mail client takes for a signature delimiter', () => {
    expect(partSeparator).not.toBe('-- ');
    expect(partSeparator).toMatch(/^[ -~]+$/);
  });
});
