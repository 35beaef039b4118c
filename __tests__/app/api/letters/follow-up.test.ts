import { simpleParser } from 'mailparser';

import * as route from '@/app/api/letters/route';
import { clearMxCache } from '@/lib/mx/mx-cache';

interface LetterBody {
  id: string;
  kind: string;
  to: string[];
  subject: string;
  languages: string[];
  text: string;
  mailto: string | null;
  eml: string;
}
interface Body {
  followUpOf?: { letterId: string; sentAt: string; variant: string };
  letters?: LetterBody[];
  error?: { code: string; message: string };
}

async function postJson(value: unknown) {
  const response = await route.POST(
    new Request('http://localhost/api/letters', {
      method: 'POST',
      body: JSON.stringify(value),
      headers: { 'Content-Type': 'application/json' },
    }),
  );
  return { status: response.status, body: (await response.json()) as Body };
}

/** An instant `days` from now, with an offset, as a client would send it. */
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(() => {
  process.env.MX_LOOKUP = 'off';
  process.env.RESOLVE_RATE_LIMIT = '0';
  clearMxCache();
});

const request = { recipient: 'ivan@mail.ru', senderName: 'Anne', senderAddress: 'anne@mailfence.com', languages: ['ru', 'en'] };

describe('POST /api/letters with followUpOf: done means', () => {
  it("answers the provider letter's follow-up alone, naming the first letter's date and subject", async () => {
    const first = await postJson(request);
    const provider = first.body.letters?.find((letter) => letter.id === 'provider');
    const { status, body } = await postJson({ ...request, followUpOf: { letterId: 'provider', sentAt: '2026-11-20T15:05:00+01:00' } });

    expect(status).toBe(200);
    expect(body.followUpOf).toEqual({ letterId: 'provider', sentAt: '2026-11-20T15:05:00+01:00', variant: 'no-answer' });
    expect(body.letters).toHaveLength(1);
    const followUp = body.letters?.[0];
    expect(followUp).toMatchObject({ id: 'provider-follow-up', kind: 'provider', to: provider?.to, languages: ['ru', 'en'] });
    // The first subject, prefixed in each part's language.
    const [russian, english] = (provider?.subject ?? '').split(' / ');
    expect(followUp?.subject).toBe(`Повторно: ${russian} / Follow-up: ${english}`);
    // Intl writes «2026 г.» with a (narrow) no-break space.
    expect(followUp?.text.replace(/[\u00a0\u202f]/g, ' ')).toContain(`Ответ на моё письмо от 20 ноября 2026 г. с темой «${russian}» пока не получен.`);
    expect(followUp?.text).toContain(`On 20 November 2026 I wrote to you under the subject “${english}”`);
  });

  it('goes through the same hand-offs: a mailto within 2,000 characters and an .eml without In-Reply-To or References', async () => {
    const { body } = await postJson({ ...request, followUpOf: { letterId: 'recipient', sentAt: '2026-11-20T15:05:00+01:00' } });
    const followUp = body.letters?.[0];
    expect(followUp?.mailto).toMatch(/^mailto:ivan@mail\.ru\?/);
    expect(followUp?.mailto?.length).toBeLessThanOrEqual(2000);
    const parsed = await simpleParser(followUp?.eml ?? '');
    expect(parsed.subject).toBe(followUp?.subject);
    expect(parsed.text?.replace(/\r\n/g, '\n').trim()).toBe(followUp?.text.trim());
    expect(parsed.headers.has('in-reply-to')).toBe(false);
    expect(parsed.headers.has('references')).toBe(false);
  });

  it('writes the form-reply variant, which says the reply left the question open and asks it again', async () => {
    const { status, body } = await postJson({
      ...request,
      languages: ['en'],
      followUpOf: { letterId: 'provider', sentAt: '2026-11-20T15:05:00+01:00', variant: 'form-reply' },
    });
    expect(status).toBe(200);
    expect(body.letters?.[0]?.text).toMatch(/Thank you for your reply to my letter under the subject “.*”, which I sent on 20 November 2026\. However, it did not answer my question/);
    // No bounce was given: the question is what the logs show.
    expect(body.letters?.[0]?.text).toContain('Could you tell me what your logs show for recent messages from the servers of Mailfence to ivan@mail.ru');
  });

  it("names the day as sentAt's own offset reads it, not the server's", async () => {
    // 23:30 in New York on 20 November is already 21 November in UTC.
    const { body } = await postJson({ ...request, languages: ['en'], followUpOf: { letterId: 'provider', sentAt: '2026-11-20T23:30-05:00' } });
    expect(body.letters?.[0]?.text).toContain('On 20 November 2026 I wrote');
  });
});

describe('POST /api/letters with followUpOf: refusals', () => {
  it.each([
    ['an id the set does not hold', { letterId: 'isp-network-nowhere', sentAt: '2026-11-20T15:05:00+01:00' }],
    ['a date in the future', { letterId: 'provider', sentAt: daysFromNow(2) }],
    ['a date without an offset', { letterId: 'provider', sentAt: '2026-11-20T15:05' }],
    ['a date that is not one', { letterId: 'provider', sentAt: 'last Tuesday' }],
    ['no date', { letterId: 'provider' }],
    ['no id', { sentAt: '2026-11-20T15:05:00+01:00' }],
    ['an unknown variant', { letterId: 'provider', sentAt: '2026-11-20T15:05:00+01:00', variant: 'angry' }],
    ['a form reply from the recipient, who sends none', { letterId: 'recipient', sentAt: '2026-11-20T15:05:00+01:00', variant: 'form-reply' }],
    ['a text instead of an object', 'provider'],
  ])('answers %s with 400 bad_follow_up', async (_why, followUpOf) => {
    const { status, body } = await postJson({ ...request, followUpOf });
    expect(status).toBe(400);
    expect(body.error).toEqual({ code: 'bad_follow_up', message: expect.stringMatching(/^followUpOf/) });
  });

  it('takes a letter sent today', async () => {
    const { status } = await postJson({ ...request, followUpOf: { letterId: 'provider', sentAt: daysFromNow(0) } });
    expect(status).toBe(200);
  });
});
