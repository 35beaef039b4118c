import { buildLetters } from '@/lib/letters/build-letters';
import type { Letter } from '@/lib/letters/types';

import { LetterEmail, type LetterEmailProps } from './letter-email';

/*
 * The React Email preview of a letter, kept apart from the template so that the page's download
 * (which renders LetterEmail) never builds sample letters: a real letter from the real builder,
 * so the preview never shows words the app would not write.
 */
const {
  letters: [first],
} = buildLetters(
  {
    address: 'ivan@mail.ru',
    domain: 'mail.ru',
    domainUnicode: 'mail.ru',
    provider: { id: 'mailru', name: 'Mail.ru', contacts: [], via: 'domain' },
    isps: [],
    blockedServers: ['mxs.mail.ru'],
    russia: { yes: true, why: ['provider'] },
  },
  { name: 'Anne Martin', address: 'anne@mailfence.com', service: 'mailfence', failedAt: '2026-11-20T14:05:00Z' },
  ['ru', 'en'],
);

if (first === undefined) throw new Error('buildLetters writes the provider letter first for a recipient in Russia');

export const sampleLetter: Letter = first;

/** The preview: React Email's preview server reads PreviewProps; never a default argument. */
export default function LetterEmailPreview(props: LetterEmailProps) {
  return <LetterEmail {...props} />;
}

LetterEmailPreview.PreviewProps = { letter: sampleLetter } satisfies LetterEmailProps;
