import type { BuildOptions } from '@/lib/letters/build-letters';
import type { SenderFacts } from '@/lib/letters/types';
import type { Resolution } from '@/lib/resolve/types';

import {
  abroadEvidence,
  abroadResolution,
  abroadSender,
  companyResolution,
  companySender,
  fixtureEvidence,
  fixtureResolution,
  fixtureSender,
} from './letter-fixture';

export interface GoldenCase {
  name: string;
  resolution: Resolution;
  sender: SenderFacts;
  evidence: BuildOptions['evidence'];
}

/** The three cases the golden letters and the golden follow-ups are written for. */
export const goldenCases: GoldenCase[] = [
  { name: 'Mail.ru refused the message with a bounce', resolution: fixtureResolution, sender: fixtureSender, evidence: fixtureEvidence },
  { name: 'A company domain on Rostelecom, nothing came back', resolution: companyResolution, sender: companySender, evidence: {} },
  { name: 'A mailbox outside Russia refused one message', resolution: abroadResolution, sender: abroadSender, evidence: abroadEvidence },
];
