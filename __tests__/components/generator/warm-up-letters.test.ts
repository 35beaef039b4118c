import { handOffLetter } from '@/lib/handoff/hand-off-letter';
import { locales } from '@/lib/i18n/locales';

import { warmUpLetters } from '@/components/generator/warm-up-letters';

jest.mock('@/lib/handoff/hand-off-letter', () => {
  const actual = jest.requireActual('@/lib/handoff/hand-off-letter');
  return { ...actual, handOffLetter: jest.fn(actual.handOffLetter) };
});

describe('warmUpLetters', () => {
  beforeEach(() => jest.mocked(handOffLetter).mockClear());

  // The sample must pass the shared schema and take the whole pipeline (a Russian provider, so the
  // ISP letters too), or the warm-up would compile only part of what the first click runs.
  it.each(locales)('writes and hands off a Russian provider’s letters in %s', async (locale) => {
    await warmUpLetters(locale);
    const kinds = jest.mocked(handOffLetter).mock.calls.map(([letter]) => letter.kind);
    expect(kinds).toContain('provider');
    expect(kinds.some((kind) => kind.startsWith('isp'))).toBe(true);
  });
});
