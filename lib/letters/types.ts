import type { Contact } from '@/lib/data/schema';
import type { Locale } from '@/lib/i18n/locales';

export type Audience = 'provider' | 'isp' | 'recipient';

/**
 * What a letter is for. `isp-network`: to an ISP whose own networks (AS numbers) carry an MX
 * address of the recipient, at its NOC/abuse desk. `isp-feedback`: public feedback to a big ISP
 * through its feedback channel, never an abuse desk. `provider` and `recipient` as their audience.
 */
export type LetterKind = 'provider' | 'isp-network' | 'isp-feedback' | 'recipient';

/** What the sender tells us. Everything but the recipient is optional. */
export interface SenderFacts {
  name?: string;
  /** The sender's address on the blocked service. */
  address?: string;
  /** A known service id from lib/data/blocked-services (e.g. `mailfence`) or a name typed by the user. */
  service: string;
  /** When delivery failed: ISO 8601 with its UTC offset (the form and the API refuse anything else). */
  failedAt?: string;
  /** The bounce as given (a pasted text or a whole raw message); empty means that nothing came back. */
  bounce?: string;
  note?: string;
}

/** One language's version of a letter. */
export interface LetterPart {
  language: Locale;
  subject: string;
  paragraphs: string[];
}

export interface Letter {
  /** Stable id within one set of letters: `provider`, `isp-mts`, `recipient`. */
  id: string;
  audience: Audience;
  kind: LetterKind;
  /**
   * Who it is addressed to, for the page's card heading: the brand in its Latin form ("Mail.ru",
   * "MTS") or the recipient's address. The heading is part of the page, in the page's language,
   * whatever the letter's languages; the letter's own text names the company in each language.
   */
  addresseeName: string;
  /** The company's Russian brand, where the data has one (МТС, МегаФон), for a heading on the Russian page. */
  addresseeNameRu?: string;
  /** Mailboxes, ASCII domains. May be empty when the only contact is a web form. */
  to: string[];
  /** The contacts behind `to` and the web forms, with their sources and confidence, to show. */
  contacts: Contact[];
  /** The subject line: the parts' subjects joined (`Russian / English`). */
  subject: string;
  /** The primary language first (Russian for a recipient in Russia), then the translations. */
  parts: LetterPart[];
  /**
   * The short body a mailto or webmail link carries when the whole letter does not fit its length
   * budget: a visible placeholder, in the user's language, saying to paste the letter (which the
   * same click copied), so that a forgotten paste never reaches a desk as an empty message.
   */
  shortBody: string;
}

/**
 * The two follow-ups a letter can get once it has been sent: `no-answer`, when nothing came back;
 * `form-reply`, when the desk answered with a form letter that left the question open.
 */
export const followUpVariants = ['no-answer', 'form-reply'] as const;

export type FollowUpVariant = (typeof followUpVariants)[number];

/** The follow-ups that fit a letter: a person is only reminded, a desk can also have sent a form reply. */
export function followUpVariantsFor(kind: LetterKind): readonly FollowUpVariant[] {
  return kind === 'recipient' ? ['no-answer'] : followUpVariants;
}
