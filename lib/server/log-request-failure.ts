import 'server-only';

/**
 * Logs that handling a request failed, without the error's message: a message may quote the
 * input (assertMailbox's names the address it refused), and the server log holds no address, no
 * local part and no letter text, at any level. The error's class and its stack frames (files and
 * lines) are what finding the bug takes.
 */
export function logRequestFailure(where: string, error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)) : [];
  console.error([`${where}: ${name} (its message is not logged: it may quote the request)`, ...frames].join('\n'));
}
