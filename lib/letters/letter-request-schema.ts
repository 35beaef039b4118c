// zod/mini, as the address schema is (lib/address/address-schema.ts says why).
import * as z from 'zod/mini';

import { addressSchema, optionalAddressSchema } from '@/lib/address/address-schema';
import { CONTROL_CHAR as controlChar, LINE_BREAK as lineBreak } from '@/lib/address/characters';
import { isIsoInstant } from '@/lib/calendar/iso-instant';
import { locales } from '@/lib/i18n/locales';

import { bounceMaxLength } from '@/lib/bounce/limits';

import { followUpVariants } from './types';

const lineBreaks = new RegExp(lineBreak.source, 'g');

// The address parser's classes: C0 and C1 controls and DEL, which no one-line field needs; line
// breaks (CR, LF, U+2028/2029) get their own code, since in a name or a subject they are the
// header-injection attempt the hand-off must never pass on.

/** A one-line text field: trimmed, blank as undefined, no line breaks or control characters. */
function oneLine(max: number) {
  const text = z.string({ error: 'not_text' }).check(
    z.maxLength(max, { error: 'too_long' }),
    z.refine((value) => !lineBreak.test(value), { error: 'line_break' }),
    // CR is a control character too, but a line break is named once, as such.
    z.refine((value) => !controlChar.test(value.replace(lineBreaks, '')), { error: 'control_char' }),
  );
  return z.pipe(z.optional(text), z.transform(blankAsUndefined));
}

/** A field's text trimmed, and undefined when nothing is left. */
function blankAsUndefined(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

/** A multi-line text field (the bounce, the note): line breaks allowed, blank as undefined. */
function multiLine(max: number) {
  return z.pipe(z.optional(z.string({ error: 'not_text' }).check(z.maxLength(max, { error: 'too_long' }))), z.transform(blankAsUndefined));
}

/** When delivery failed: ISO 8601 with an offset (`bad_time` otherwise), blank as undefined. */
const instantSchema = z
  .pipe(z.optional(z.string({ error: 'not_text' }).check(z.maxLength(40, { error: 'bad_time' }))), z.transform(blankAsUndefined))
  .check(
    z.refine((value) => value === undefined || isIsoInstant(value), {
      error: 'bad_time',
    }),
  );

/**
 * `POST /api/letters` only: the letter a follow-up is asked for, by its id in this request's set,
 * when it was sent (ISO 8601 with an offset: the follow-up names the day as the sender's clock
 * read it) and which follow-up (`no-answer` unless said). Every issue here is `bad_follow_up`;
 * an id the set does not hold and a date in the future are refused with it too, once the letters
 * are written (lib/letters/compose-letters.ts).
 */
const followUpOfSchema = z.object(
  {
    letterId: z.string({ error: 'bad_follow_up' }).check(z.minLength(1, { error: 'bad_follow_up' }), z.maxLength(100, { error: 'bad_follow_up' })),
    sentAt: z.pipe(
      z.string({ error: 'bad_follow_up' }).check(
        z.maxLength(40, { error: 'bad_follow_up' }),
        z.refine((value) => isIsoInstant(value.trim()), { error: 'bad_follow_up' }),
      ),
      z.transform((value: string) => value.trim()),
    ),
    variant: z._default(z.enum(followUpVariants, { error: 'bad_follow_up' }), 'no-answer'),
  },
  { error: 'bad_follow_up' },
);

/**
 * What the form and `POST /api/letters` accept. Every issue's message is a code (`too_long`,
 * `unknown_language`, or an address error code) that the UI and the API translate.
 */
export const letterRequestSchema = z.object({
  recipient: addressSchema,
  senderName: oneLine(100),
  senderAddress: optionalAddressSchema,
  // A known id (`mailfence`, `proton`, …) or any name typed; blank means the default.
  senderService: z.pipe(
    oneLine(100),
    z.transform((value: string | undefined) => value ?? 'mailfence'),
  ),
  failedAt: instantSchema,
  // A pasted rejection text, or a whole bounce message (.eml) read in the browser.
  bounce: multiLine(bounceMaxLength),
  note: multiLine(2000),
  languages: z.optional(
    z.array(z.enum(locales, { error: 'unknown_language' }), { error: 'not_a_list' }).check(
      z.minLength(1, { error: 'no_language' }),
      z.maxLength(3, { error: 'too_many_languages' }),
      z.refine((languages) => new Set(languages).size === languages.length, { error: 'duplicate_language' }),
    ),
  ),
  followUpOf: z.optional(followUpOfSchema),
});

export type LetterRequestInput = z.input<typeof letterRequestSchema>;
export type LetterRequest = z.output<typeof letterRequestSchema>;
