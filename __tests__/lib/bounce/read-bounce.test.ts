import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { bounceMaxLength, looksLikeRawMessage, readBounce } from '@/lib/bounce/read-bounce';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/bounces', name), 'utf8');

/** What Mail.ru's three fixtures share: the same invented reference, as its form asks for it. */
const MAILRU_REFERENCE = 'Error code: 7C1E0A9B3D5F2E8A4B6C0D9E1F3A5B7C9D0E2F4A6B8C0D1E3F5A7B9C0D2E4F6A, ID: 00000007000A3F1B2C4D5E6F';
const MAILRU_HELP = 'http://help.mail.ru/notspam-support/id?c=Rk3aLp0QxW8vN2bY5tJm1cHs7eGd4UoA9iZq6fBwKr3AAAAAMtQBAPx1yHk~';
const MAILRU_REPLY =
  `550 spam message rejected. Please visit ${MAILRU_HELP} or report details to abuse@corp.mail.ru. ` +
  'Error code: 7C1E0A9B3D5F2E8A4B6C0D9E1F3A5B7C9D0E2F4A6B8C0D1E3F5A7B9C0D2E4F6A. ID: 00000007000A3F1B2C4D5E6F.';
const YANDEX_REPLY = '554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1700485502-Xk2PqR7sLm-a1B2c3D4';

describe('readBounce: a raw delivery status notification, one per MTA family', () => {
  it('reads a Postfix DSN for a Mail.ru refusal: the report, the notification text and the returned headers', async () => {
    expect(await readBounce(fixture('postfix-mailru.eml'))).toEqual({
      reportingMta: 'smtp.example.net',
      remoteMta: 'mxs.mail.ru',
      // Only the notification text names the address; the report's Remote-MTA names the same host.
      remoteIp: '94.100.180.31',
      smtpCode: 550,
      // Mail.ru's reply carries no enhanced code: Postfix's Status field stands in.
      enhancedCode: '5.0.0',
      diagnostic: MAILRU_REPLY,
      arrivalDate: '2023-11-20T13:05:01Z',
      finalRecipient: 'olga.example@bk.ru',
      messageId: '<5f2b9c1e-7a4d-4b8e-9c3f-1d2e3f4a5b6c@example.net>',
      reference: MAILRU_REFERENCE,
      helpUrl: MAILRU_HELP,
    });
  });

  it('reads a Microsoft 365 NDR for a Yandex refusal: the remote reply inside Exchange 5.7.350, not Exchange own codes', async () => {
    expect(await readBounce(fixture('exchange-yandex.eml'))).toEqual({
      reportingMta: 'am9pr01mb7345.eurprd01.prod.exchangelabs.com',
      remoteMta: 'mx.yandex.ru',
      smtpCode: 554,
      enhancedCode: '5.7.1',
      diagnostic: YANDEX_REPLY,
      arrivalDate: '2023-11-20T13:04:59Z',
      finalRecipient: 'olga.example@yandex.ru',
      messageId: '<DB9PR01MB1234C0FFEE0123456789ABCDEF0@DB9PR01MB1234.eurprd01.prod.exchangelabs.com>',
      reference: '1700485502-Xk2PqR7sLm-a1B2c3D4',
      helpUrl: 'https://ya.cc/1IrBc',
    });
  });

  it('reads a Gmail DSN: the address from the Remote-MTA comment, the Message-ID from the returned message', async () => {
    const facts = await readBounce(fixture('gmail-mailru.eml'));
    expect(facts).toMatchObject({
      reportingMta: 'googlemail.com',
      remoteMta: 'mxs.mail.ru',
      remoteIp: '94.100.180.31',
      smtpCode: 550,
      arrivalDate: '2023-11-20T13:05:01Z',
      finalRecipient: 'olga.example@mail.ru',
      messageId: '<CAExample0123456789abcdefXYZ@mail.gmail.com>',
      reference: 'Error code: 5D7F9A1C3E5B7D9F1A3C5E7B9D1F3A5C7E9B1D3F5A7C9E1B3D5F7A9C1E3B5D7F, ID: 0000000900015B2C3D4E5F6A',
    });
    expect(facts?.diagnostic).toMatch(/^550 spam message rejected\. Please visit http:\/\/help\.mail\.ru\/.+ ID: 0000000900015B2C3D4E5F6A\.$/);
  });

  it('reads an Exim plain-text bounce, which has no report part: the failed-address block and the quoted copy', async () => {
    expect(await readBounce(fixture('exim-mailru.eml'))).toMatchObject({
      remoteMta: 'mxs.mail.ru',
      remoteIp: '217.69.139.150',
      smtpCode: 550,
      finalRecipient: 'olga.example@inbox.ru',
      // The quoted copy's own Date, for want of an Arrival-Date.
      arrivalDate: '2023-11-20T13:04:59Z',
      messageId: '<a7c3e9f1-2b4d-4e6f-8a0c-1e3f5a7b9c0d@example.net>',
      reference: 'Error code: 3B5D7F9A1C3E5A7B9D1F3A5C7E9B1D3F5A7C9E1B3D5F7A9C1E3B5D7F9A1C3E5B, ID: 0000000500014E2F3A4B5C6D',
    });
  });
});

describe('readBounce: a pasted rejection text, one per family', () => {
  it('reads the Postfix notification, wrapped over five lines, with the server address Postfix gives', async () => {
    expect(await readBounce(fixture('postfix-mailru.txt'))).toEqual({
      reportingMta: 'smtp.example.net',
      remoteMta: 'mxs.mail.ru',
      remoteIp: '94.100.180.31',
      smtpCode: 550,
      diagnostic: MAILRU_REPLY,
      finalRecipient: 'olga.example@bk.ru',
      reference: MAILRU_REFERENCE,
      helpUrl: MAILRU_HELP,
    });
  });

  it("reads Exim's failed-address block for a Yandex refusal", async () => {
    expect(await readBounce(fixture('exim-yandex.txt'))).toEqual({
      remoteMta: 'mx.yandex.ru',
      remoteIp: '77.88.21.249',
      smtpCode: 554,
      enhancedCode: '5.7.1',
      diagnostic: YANDEX_REPLY,
      finalRecipient: 'olga.example@yandex.ru',
      reference: '1700485502-Xk2PqR7sLm-a1B2c3D4',
      helpUrl: 'https://ya.cc/1IrBc',
    });
  });

  it("reads Exchange's diagnostic section and the Message-ID of the original headers it quotes", async () => {
    expect(await readBounce(fixture('exchange-mailru.txt'))).toMatchObject({
      reportingMta: 'exch01.corp.example.com',
      smtpCode: 550,
      finalRecipient: 'olga.example@list.ru',
      messageId: '<3b1d5f7a9c0e4b2d8f6a1c3e5b7d9f0a@EXCH01.corp.example.com>',
      arrivalDate: '2023-11-20T13:05:00Z',
      reference: 'Error code: 9E1B3D5F7A9C1E3B5D7F9A1C3E5B7D9F1A3C5E7B9D1F3A5C7E9B1D3F5A7C9E1B, ID: 0000000300012A3B4C5D6E7F',
    });
  });

  it('reads a Gmail report of a server that never answered: no reply code, what Gmail saw, the first address tried', async () => {
    expect(await readBounce(fixture('gmail-no-connection.txt'))).toEqual({
      remoteMta: 'mxs.mail.ru',
      remoteIp: '94.100.180.31',
      diagnostic: 'mxs.mail.ru. 94.100.180.31: timed out',
      finalRecipient: 'olga.example@bk.ru',
    });
  });

  it("reads Mail.ru's own rejection alone: its error code and ID, and its help link", async () => {
    expect(await readBounce(fixture('mailru-reply.txt'))).toEqual({
      smtpCode: 550,
      diagnostic: MAILRU_REPLY,
      reference: MAILRU_REFERENCE,
      helpUrl: MAILRU_HELP,
    });
  });

  it("reads Yandex's own rejection alone: its session ID and its help link", async () => {
    expect(await readBounce(fixture('yandex-reply.txt'))).toEqual({
      smtpCode: 554,
      enhancedCode: '5.7.1',
      diagnostic: '554 5.7.1 Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1700485502-Xk2PqR7sLm-a1B2c3D4',
      reference: '1700485502-Xk2PqR7sLm-a1B2c3D4',
      helpUrl: 'https://ya.cc/1IrBc',
    });
  });

  it('reads a delivery-status block pasted on its own, by RFC 3464', async () => {
    const block = 'Reporting-MTA: dns; smtp.example.net\n\nFinal-Recipient: rfc822; olga.example@bk.ru\nAction: failed\nStatus: 5.7.1\nRemote-MTA: dns; mxs.mail.ru\nDiagnostic-Code: smtp; 550 5.7.1 Message rejected';
    expect(await readBounce(block)).toEqual({
      reportingMta: 'smtp.example.net',
      remoteMta: 'mxs.mail.ru',
      smtpCode: 550,
      enhancedCode: '5.7.1',
      diagnostic: '550 5.7.1 Message rejected',
      finalRecipient: 'olga.example@bk.ru',
    });
  });

  it('reads a Postfix log line, the way a provider support page quotes it', async () => {
    const line =
      'Nov 20 14:05:03 smtp postfix/smtp[9978]: E491D4296: to=<olga.example@bk.ru>, relay=mxs.mail.ru[94.100.180.31]:25, ' +
      'delay=5, dsn=5.0.0, status=bounced (host mxs.mail.ru[94.100.180.31] said: 550 spam message rejected (in reply to end of DATA command))';
    expect(await readBounce(line)).toEqual({
      remoteMta: 'mxs.mail.ru',
      remoteIp: '94.100.180.31',
      smtpCode: 550,
      diagnostic: '550 spam message rejected',
      finalRecipient: 'olga.example@bk.ru',
    });
  });
});

describe('readBounce: what it does not read', () => {
  it.each([
    ['nothing', ''],
    ['white space', ' \n\t\r\n '],
    ['a sentence without a bounce in it', 'My mail to Olga never arrived, I sent it yesterday evening.'],
    ['a whole message that is not a bounce', 'From: anna@example.net\nTo: olga.example@bk.ru\nSubject: Hi\nMessage-ID: <a@example.net>\n\nHello Olga.'],
  ])('answers null for %s', async (_, input) => {
    expect(await readBounce(input)).toBeNull();
  });

  it('answers null, without throwing, for a value that is not a string (a JavaScript caller may pass one)', async () => {
    for (const value of [undefined, null, 42, {}, ['550 5.7.1 x']]) {
      expect(await readBounce(value as unknown as string)).toBeNull();
    }
  });

  it(`reads only the first ${bounceMaxLength} characters`, async () => {
    const padding = 'x'.repeat(bounceMaxLength);
    expect(await readBounce(`554 5.7.1 rejected\n\n${padding}`)).toMatchObject({ smtpCode: 554 });
    expect(await readBounce(`${padding}\n\n554 5.7.1 rejected`)).toBeNull();
  });

  it('keeps only http and https help links', async () => {
    expect(await readBounce('550 5.7.1 Rejected, see javascript:alert(1) or data:text/html,x')).not.toHaveProperty('helpUrl');
  });
});

describe('looksLikeRawMessage', () => {
  it('takes a message header section (mbox "From " line allowed) for a raw message', () => {
    expect(looksLikeRawMessage(fixture('postfix-mailru.eml'))).toBe(true);
    expect(looksLikeRawMessage(`From MAILER-DAEMON Mon Nov 20 14:05:03 2023\n${fixture('exim-mailru.eml')}`)).toBe(true);
  });

  it('takes pasted text, and a pasted delivery-status block, for text', () => {
    expect(looksLikeRawMessage(fixture('postfix-mailru.txt'))).toBe(false);
    expect(looksLikeRawMessage('Reporting-MTA: dns; smtp.example.net\nArrival-Date: Mon, 20 Nov 2023 14:05:01 +0100')).toBe(false);
  });
});

describe('readBounce: postal-mime is loaded only for a raw message', () => {
  it('reads pasted text without loading postal-mime, and loads it for an .eml', async () => {
    let loaded = 0;
    jest.resetModules();
    jest.doMock('postal-mime', () => {
      loaded += 1;
      return jest.requireActual('postal-mime');
    });
    const { readBounce: freshReadBounce } = await import('@/lib/bounce/read-bounce');
    expect(await freshReadBounce(fixture('postfix-mailru.txt'))).not.toBeNull();
    expect(loaded).toBe(0);
    expect(await freshReadBounce(fixture('postfix-mailru.eml'))).not.toBeNull();
    expect(loaded).toBe(1);
    jest.dontMock('postal-mime');
  });
});
