import { logRequestFailure } from '@/lib/server/log-request-failure';

describe('logRequestFailure', () => {
  it('logs where and what failed, with the stack frames, but never the message that may quote the input', () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // assertMailbox's refusal names the address it refused.
      logRequestFailure('POST /api/letters', new RangeError('Not a plain mailbox: "olga.petrova@bk.ru"'));
      const logged = error.mock.calls.map((call) => call.map(String).join(' ')).join('\n');
      expect(logged).toContain('POST /api/letters: RangeError');
      expect(logged).toMatch(/\n\s+at /);
      expect(logged).not.toMatch(/olga|bk\.ru|plain mailbox/i);
    } finally {
      error.mockRestore();
    }
  });

  it('logs a thrown value that is not an Error by its type alone', () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      logRequestFailure('GET /api/resolve', 'olga@bk.ru');
      expect(error.mock.calls.flat().join(' ')).not.toContain('olga');
      expect(error.mock.calls.flat().join(' ')).toContain('GET /api/resolve: string');
    } finally {
      error.mockRestore();
    }
  });
});
