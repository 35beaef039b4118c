import fc from 'fast-check';

import { maxDiagnosticLength } from '@/lib/bounce/bounce-values';
import { bounceMaxLength, readBounce } from '@/lib/bounce/read-bounce';
import { readBounceText } from '@/lib/bounce/read-bounce-text';
import type { BounceFacts } from '@/lib/bounce/types';

/** Pieces of real bounces, so that random input reaches deep into every reader, not only its first test. */
const PIECES = [
  'host mxs.mail.ru[94.100.180.31] said: ',
  'host mx.yandex.ru [77.88.21.249]',
  'SMTP error from remote mail server after end of data:',
  "Remote Server returned '",
  'Server at mxs.mail.ru (94.100.180.31) returned ',
  'The response from the remote server was:',
  'The recipient server did not accept our requests to connect.',
  '[mxs.mail.ru. 94.100.180.31: timed out]',
  '550 5.7.1 ',
  '550-5.7.1 ',
  '554 ',
  '#550 ',
  ' ##',
  '5.7.1 ',
  ' -> ',
  '(in reply to end of DATA command)',
  'Error code: 7C1E0A9B3D5F2E8A. ID: 00000007000A3F1B.',
  'https://ya.cc/1IrBc 1700485502-Xk2PqR7sLm-a1B2c3D4',
  'http://help.mail.ru/notspam-support/id?c=x~',
  'javascript:alert(1)',
  'Reporting-MTA: dns; ',
  'Final-Recipient: rfc822; olga@bk.ru',
  'Remote-MTA: dns; mxs.mail.ru. (94.100.180.31, x)',
  'Diagnostic-Code: smtp; ',
  'Arrival-Date: Mon, 20 Nov 2023 14:05:01 +0100 (CET)',
  'Action: failed',
  'Status: 5.0.0',
  '------ This is a copy of the message, including all the headers. ------',
  'Message-ID: <a@b.example>',
  'Content-Type: multipart/report; report-type=delivery-status; boundary=b',
  'Content-Type: message/delivery-status',
  'Content-Type: text/rfc822-headers',
  'Content-Transfer-Encoding: quoted-printable',
  '--b',
  '--b--',
  'MIME-Version: 1.0',
  '=\n',
  '\n',
  '\n\n',
  '\r\n',
  '    ',
  '<',
  '>',
  "'",
  '"',
  '[',
  ']',
  '(',
  ')',
  '@',
  '\u0000',
  '\u2028',
  'ё',
  '😀',
];

const bounceLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(bounceLike, fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }));
const rawMessage = fc.tuple(bounceLike, bounceLike).map(([head, body]) => `MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n${head}\n\n--b\nContent-Type: message/delivery-status\n\n${body}\n--b--\n`);

/** Every fact has the shape its field promises, whatever produced it. */
function expectWellFormed(facts: BounceFacts): void {
  for (const [field, value] of Object.entries(facts)) {
    if (field === 'smtpCode') {
      expect(Number.isInteger(value) && value >= 400 && value <= 559).toBe(true);
      continue;
    }
    expect(typeof value).toBe('string');
    const text = value as string;
    expect(text).not.toBe('');
    // One line, no control character: each value may be quoted in a letter's header or body.
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    if (field === 'enhancedCode') expect(text).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
    if (field === 'arrivalDate') expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    if (field === 'helpUrl') expect(text).toMatch(/^https?:\/\/\S+$/i);
    if (field === 'diagnostic') expect(text.length).toBeLessThanOrEqual(maxDiagnosticLength);
    if (field === 'messageId') expect(text).toMatch(/^<[^\s<>]+@[^\s<>]+>$/);
    if (field === 'finalRecipient') expect(text).toMatch(/^[^\s@]+@[^\s@]+$/);
    if (field === 'remoteMta' || field === 'reportingMta') expect(text).toMatch(/^[a-z0-9_.-]+$/);
  }
}

describe('readBounce on anything', () => {
  it('never throws (the text reader) and gives only well-formed facts', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        expectWellFormed(readBounceText(input));
      }),
      { numRuns: 400 },
    );
  });

  it('never rejects (the raw-message path included) and answers null or well-formed facts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, rawMessage), async (input) => {
        const facts = await readBounce(input);
        if (facts !== null) {
          expect(Object.keys(facts).length).toBeGreaterThan(0);
          expectWellFormed(facts);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/*
 * 64 KB built to make a backtracking pattern go quadratic or worse: near-misses of every marker the
 * readers look for, repeated. What these show is that each input is answered; how fast is guarded
 * by the lint (eslint.config.mjs: regexp/no-super-linear-backtracking and no-super-linear-move on
 * lib/bounce), which finds such a pattern deterministically: a test's timeout cannot interrupt a
 * synchronous regex, and no time is asserted here (timings stretch under load).
 */
const fill = (unit: string) => unit.repeat(Math.ceil(bounceMaxLength / unit.length)).slice(0, bounceMaxLength);
const PATHOLOGICAL = [
  ['one character', fill('a')],
  ['open brackets after "host "', `host ${fill('[')}`],
  ['"host " again and again', fill('host ')],
  ['"host a[" without a closing bracket', fill('host a[1.2')],
  ['"said: " again and again', fill('said: ')],
  ['"connect to " near-misses', fill('connect to a[1]:')],
  ['Exim markers without a reply', fill('SMTP error from remote mail server after ')],
  ['quotes', fill("'")],
  ['"Remote Server returned \'" without a closing quote', fill("Remote Server returned '")],
  ['"#550 " without "##"', fill('#550 ')],
  ['Gmail brackets without an end', fill('[(0) a.b. [1.2.3.4')],
  ['reply codes', fill('550-5.7.1 ')],
  ['enhanced codes', fill('5.7.1 ')],
  ['arrows', fill(' -> ')],
  ['"(in reply to " without a close', fill('(in reply to ')],
  ['"Error code: " and hex', fill('Error code: ABCDEF0123 ID: ')],
  ['Yandex near-misses', `ya.cc/ ${fill('1234567890-')}`],
  ['address near-misses', fill('a@')],
  ['address-only lines', fill('  a@b.c\n')],
  ['blank lines', fill('\n \n')],
  ['spaces then a code', `${fill(' ')}550`],
  ['dots', fill('.')],
  ['URL near-misses', fill('http://')],
  ['punctuation after a URL', `https://a.b/${fill(')')}`],
  ['delivery-status fields', fill('Reporting-MTA: dns; a.b\n')],
  ['continuation lines', `Diagnostic-Code: smtp; 550\n${fill(' x\n')}`],
  ['folded headers of a raw message', `MIME-Version: 1.0\nContent-Type: text/plain\n${fill(' \n')}`],
  ['nested multiparts', `MIME-Version: 1.0\n${fill('Content-Type: multipart/mixed; boundary=b\n\n--b\n')}`],
  ['a report of thousands of recipients', `MIME-Version: 1.0\nContent-Type: multipart/report; boundary=b\n\n--b\nContent-Type: message/delivery-status\n\n${fill('Final-Recipient: rfc822; a@b.c\nAction: delayed\n\n')}`],
] as const;

describe('readBounce on 64 KB built to make patterns backtrack', () => {
  it.each(PATHOLOGICAL)('reads %s and answers', async (_, input) => {
    const facts = await readBounce(input);
    if (facts !== null) expectWellFormed(facts);
  });
});
