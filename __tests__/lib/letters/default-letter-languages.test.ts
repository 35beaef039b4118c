import { defaultLetterLanguages } from '@/lib/letters/build-letters';
import type { Resolution } from '@/lib/resolve/types';

import { fixtureResolution } from './support/letter-fixture';

const abroad: Resolution = { ...fixtureResolution, isps: [], russia: { yes: false, why: [] } };

describe('defaultLetterLanguages', () => {
  it.each([
    ['fr', ['ru', 'fr']],
    ['en', ['ru', 'en']],
    ['ru', ['ru']],
  ] as const)('writes to a recipient in Russia in Russian, with a %s user’s language alongside', (ui, expected) => {
    expect(defaultLetterLanguages(fixtureResolution, ui)).toEqual(expected);
  });

  it.each(['de', 'ru', 'es'] as const)('writes to a recipient elsewhere in the %s user’s own language only', (ui) => {
    expect(defaultLetterLanguages(abroad, ui)).toEqual([ui]);
  });
});
