import { letterRequestSchema } from '@/lib/letters/letter-request-schema';

/** The issue codes zod reports for a request, with the field each belongs to. */
function issues(input: unknown): string[] {
  const result = letterRequestSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('letterRequestSchema', () => {
  it('accepts the recipient alone, with Mailfence as the default service', () => {
    const result = letterRequestSchema.parse({ recipient: ' Ivan@Mail.RU ' });
    expect(result.recipient).toMatchObject({ address: 'Ivan@mail.ru', domain: 'mail.ru' });
    expect(result.senderService).toBe('mailfence');
    expect(result.languages).toBeUndefined();
  });

  it('trims every field, turns blank ones into nothing and keeps the bounce’s lines', () => {
    const result = letterRequestSchema.parse({
      recipient: 'ivan@mail.ru',
      senderName: '  Anne Martin ',
      senderAddress: '  ',
      senderService: '',
      failedAt: ' ',
      bounce: ' 550 5.7.1 Rejected\n(policy) ',
      note: '',
      languages: ['ru', 'en'],
    });
    expect(result).toMatchObject({
      senderName: 'Anne Martin',
      senderAddress: undefined,
      senderService: 'mailfence',
      failedAt: undefined,
      bounce: '550 5.7.1 Rejected\n(policy)',
      note: undefined,
      languages: ['ru', 'en'],
    });
  });

  it('parses the sender’s address like the recipient’s', () => {
    expect(letterRequestSchema.parse({ recipient: 'ivan@mail.ru', senderAddress: 'anne@mailfence.com' }).senderAddress)
      .toMatchObject({ address: 'anne@mailfence.com' });
    expect(issues({ recipient: 'ivan@mail.ru', senderAddress: 'anne@' })).toEqual(['senderAddress: empty_domain']);
  });

  it.each([
    [{ recipient: undefined }, 'recipient'],
    [{ recipient: 'ivan' }, 'recipient: no_at'],
    [{ recipient: 'ivan@mail.ru\r\nBcc: x@y.z' }, 'recipient: line_break'],
    [{ senderName: 'x'.repeat(101) }, 'senderName: too_long'],
    [{ senderName: 'Anne\r\nBcc: x@evil.example' }, 'senderName: line_break'],
    [{ senderName: 'Anne\u0000' }, 'senderName: control_char'],
    // Regression: the schema's own narrower classes let these through into the copied subject.
    [{ senderService: 'Proton\u2028Subject: x' }, 'senderService: line_break'],
    [{ senderName: 'Anne\u0085' }, 'senderName: control_char'],
    [{ senderName: 42 }, 'senderName: not_text'],
    [{ senderService: 's'.repeat(101) }, 'senderService: too_long'],
    [{ failedAt: 'yesterday\nX-Header: 1' }, 'failedAt: bad_time'],
    [{ failedAt: 'hier soir' }, 'failedAt: bad_time'],
    // A time without its offset is a different minute in every time zone: refused, not guessed.
    [{ failedAt: '2026-11-20T14:05' }, 'failedAt: bad_time'],
    [{ failedAt: '2026-11-20 14:05 UTC' }, 'failedAt: bad_time'],
    [{ failedAt: '2026-13-40T14:05+01:00' }, 'failedAt: bad_time'],
    [{ failedAt: 20261120 }, 'failedAt: not_text'],
    [{ bounce: 'b'.repeat(64 * 1024 + 1) }, 'bounce: too_long'],
    [{ note: 'n'.repeat(2001) }, 'note: too_long'],
    [{ languages: ['ru', 'xx'] }, 'languages.1: unknown_language'],
    [{ languages: [] }, 'languages: no_language'],
    [{ languages: ['ru', 'en', 'fr', 'de'] }, 'languages: too_many_languages'],
    [{ languages: ['ru', 'ru'] }, 'languages: duplicate_language'],
    [{ languages: 'ru' }, 'languages: not_a_list'],
  ])('refuses %p with the code %p', (fields, expected) => {
    const found = issues({ recipient: 'ivan@mail.ru', ...fields });
    expect(found.length).toBe(1);
    expect(found[0]?.startsWith(expected)).toBe(true);
  });

  it('accepts the longest allowed texts, a whole 64 KB bounce message among them', () => {
    expect(
      issues({ recipient: 'ivan@mail.ru', senderName: 'x'.repeat(100), bounce: 'b'.repeat(64 * 1024), note: 'n'.repeat(2000) }),
    ).toEqual([]);
  });

  it.each(['2026-11-20T14:05Z', '2026-11-20T15:05+01:00', '2026-11-20T09:05:30-05:00', '2026-11-20T14:05:30.123Z'])(
    'accepts the time %p, ISO 8601 with an offset',
    (failedAt) => {
      expect(letterRequestSchema.parse({ recipient: 'ivan@mail.ru', failedAt }).failedAt).toBe(failedAt);
    },
  );
});
