import { apiError } from '@/lib/api/api-error';
import { methodNotAllowed } from '@/lib/api/method-not-allowed';
import { readJsonBody } from '@/lib/api/read-json-body';
import { requestIssueError } from '@/lib/api/request-issue-error';
import { unsupportedMediaType } from '@/lib/api/unsupported-media-type';
import { buildEml, type EmlFields } from '@/lib/handoff/eml';
import { handOffLetter } from '@/lib/handoff/hand-off-letter';
import { defaultLocale } from '@/lib/i18n/locales';
import { buildLetters } from '@/lib/letters/build-letters';
import { defaultLetterLanguages } from '@/lib/letters/default-letter-languages';
import { letterRequestSchema } from '@/lib/letters/letter-request-schema';
import { senderFacts } from '@/lib/letters/sender-facts';
import { senderMailbox } from '@/lib/letters/sender-mailbox';
import type { Letter } from '@/lib/letters/types';
import { resolveWithDns } from '@/lib/mx/resolve-with-dns';
import { rateLimited } from '@/lib/rate-limit/rate-limited';
import { logRequestFailure } from '@/lib/server/log-request-failure';
import { renderLetterHtml } from '@/templates/render-letter-html';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Far more than any letter request needs (the bounce and the note are capped at 4 and 2 KB). */
const maxBodyBytes = 64 * 1024;

/** A letter with every way to send it, as the page's card offers them. */
async function deliverable(letter: Letter, from: EmlFields['from']) {
  const { text, mailto, webmail } = handOffLetter(letter);
  const html = await renderLetterHtml(letter);
  return {
    id: letter.id,
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
    eml: buildEml({ ...(from ? { from } : {}), to: letter.to, subject: letter.subject, text, html }),
  };
}

/**
 * POST /api/letters, for integrators (a provider's help page, a script): the JSON fields of the
 * page's form → `{ resolution, letters }`, each letter with its text, HTML, mailto, webmail links
 * and .eml draft. The page itself builds the same letters in the browser and never calls this.
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
    const resolution = await resolveWithDns(parsed.data.recipient);
    const languages = parsed.data.languages ?? defaultLetterLanguages(resolution, defaultLocale);
    const letters = buildLetters(resolution, senderFacts(parsed.data), languages);
    const from = senderMailbox(parsed.data);
    return Response.json(
      { resolution, letters: await Promise.all(letters.map((letter) => deliverable(letter, from))) },
      { headers: { 'Cache-Control': 'no-store' } },
    );
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
