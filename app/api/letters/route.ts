import { apiError } from '@/lib/api/api-error';
import { apiMessages } from '@/lib/api/api-messages';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { noStoreJson } from '@/lib/api/no-store-json';
import { readJsonBody } from '@/lib/api/read-json-body';
import { requestIssueError } from '@/lib/api/request-issue-error';
import { unsupportedMediaType } from '@/lib/api/unsupported-media-type';
import { readBounce } from '@/lib/bounce/read-bounce';
import type { EmlFields } from '@/lib/handoff/eml';
import { deliverLetter } from '@/lib/handoff/deliver-letter';
import { composeFollowUp } from '@/lib/letters/compose-follow-up';
import { composeLetters, senderMailbox, senderService, type LookupResults } from '@/lib/letters/compose-letters';
import { letterRequestSchema, type LetterRequest } from '@/lib/letters/letter-request-schema';
import type { Letter } from '@/lib/letters/types';
import { lookupMxSafely } from '@/lib/mx/resolve-with-dns';
import { lookupSendingServers } from '@/lib/mx/spf-ranges';
import { rateLimited } from '@/lib/rate-limit/rate-limited';
import { logRequestFailure } from '@/lib/server/log-request-failure';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The whole request, a raw bounce message included, fits in 64 KB; a larger body is a 413. */
const maxBodyBytes = 64 * 1024;

/** A letter with every way to send it, as the page's card offers them. */
async function deliverable(letter: Letter, from: EmlFields['from']) {
  const { text, html, eml, mailto, webmail } = await deliverLetter(letter, from);
  return {
    id: letter.id,
    kind: letter.kind,
    audience: letter.audience,
    addresseeName: letter.addresseeName,
    to: letter.to,
    contacts: letter.contacts,
    subject: letter.subject,
    languages: letter.parts.map((part) => part.language),
    text,
    html,
    mailto: mailto?.href ?? null,
    mailtoShortened: mailto?.shortened ?? false,
    webmail,
    eml,
  };
}

/**
 * The lookups the letters draw on, in parallel, each within its own DNS budget: the recipient's
 * MX, the blocked service's SPF ranges (none for a name we know no domain of), and the bounce read.
 */
async function lookups(request: LetterRequest): Promise<LookupResults> {
  const [mx, spf, bounce] = await Promise.all([
    lookupMxSafely(request.recipient.domain),
    lookupSendingServers(senderService(request.senderService).domain),
    request.bounce ? readBounce(request.bounce) : Promise.resolve(null),
  ]);
  return { mx, bounce, sendingServers: spf.domain === null ? null : { domain: spf.domain, ranges: spf.ranges } };
}

/**
 * POST /api/letters, for integrators (a provider's help page, a script): the JSON fields of the
 * page's form → `{ resolution, bounce, letterCase, ispsWithoutFeedback, letters }`, each letter
 * with its text, HTML, mailto, webmail links and .eml draft, from the same pipeline the page runs
 * in the browser (lib/letters/compose-letters.ts). The letters' default languages and the links'
 * short body follow the caller's Accept-Language, as the page follows its own language.
 * With `followUpOf: { letterId, sentAt, variant? }`, the same letters are composed and the answer
 * is `{ resolution, bounce, letterCase, followUpOf, letters: [that letter's follow-up] }`; an id the
 * set does not hold, or a `sentAt` in the future, is a 400 `bad_follow_up`.
 */
export async function POST(request: Request): Promise<Response> {
  const limited = rateLimited(request);
  if (limited) return limited;
  const unsupported = unsupportedMediaType(request);
  if (unsupported) return unsupported;
  const body = await readJsonBody(request, maxBodyBytes);
  if (!body.ok) return body.response;
  const parsed = letterRequestSchema.safeParse(body.value);
  if (!parsed.success) return requestIssueError(request, parsed.error);
  try {
    const { locale } = apiMessages(request);
    const composed = composeLetters(parsed.data, locale, await lookups(parsed.data));
    const from = senderMailbox(parsed.data);
    const { resolution, bounce, letterCase, ispsWithoutFeedback } = composed;
    const { followUpOf } = parsed.data;
    if (followUpOf) {
      const followUp = composeFollowUp(composed, followUpOf, locale, new Date());
      if (!followUp.ok) {
        return apiError(request, 400, 'bad_follow_up', (t) => `followUpOf: ${t.requestErrors.bad_follow_up}`);
      }
      return noStoreJson({ resolution, bounce, letterCase, followUpOf, letters: [await deliverable(followUp.letter, from)] });
    }
    const letters = await Promise.all(composed.letters.map((letter) => deliverable(letter, from)));
    return noStoreJson({ resolution, bounce, letterCase, ispsWithoutFeedback, letters });
  } catch (error) {
    // Input the schema let through should never get here; if it does, answer in the API's shape
    // (and log it) rather than with Next's HTML error page.
    logRequestFailure('POST /api/letters', error);
    return apiError(request, 500, 'internal', (t) => t.apiErrors.internal);
  }
}

/** Anything but POST: the error shape of every other client mistake, rather than Next's empty 405. */
export const GET = methodNotAllowed(['POST']);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
export const OPTIONS = GET;
