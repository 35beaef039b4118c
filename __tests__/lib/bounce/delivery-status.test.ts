import { readDeliveryStatus } from '@/lib/bounce/delivery-status';
import { headerBlocks } from '@/lib/bounce/header-blocks';

describe('headerBlocks (RFC 3464 §2.1, RFC 5322 §2.2)', () => {
  it('splits on blank lines, lower-cases names, unfolds continuation lines and keeps the first of a name', () => {
    const blocks = headerBlocks('Reporting-MTA: dns; a.example\r\n\r\nFinal-Recipient: rfc822; b@example.org\r\nDiagnostic-Code: smtp; 550 first\r\n\tsecond line\r\nDiagnostic-Code: smtp; 451 later\r\n');
    expect(blocks).toEqual([
      new Map([['reporting-mta', 'dns; a.example']]),
      new Map([
        ['final-recipient', 'rfc822; b@example.org'],
        ['diagnostic-code', 'smtp; 550 first second line'],
      ]),
    ]);
  });

  it('skips a line that is not a field, and does not take the next line for its continuation', () => {
    expect(headerBlocks('Action: failed\nnot a field\n  nor this\nStatus: 5.7.1')).toEqual([
      new Map([
        ['action', 'failed'],
        ['status', '5.7.1'],
      ]),
    ]);
  });
});

describe('readDeliveryStatus', () => {
  it('reads the recipient that failed, not the one delivered before it', () => {
    const body = [
      'Reporting-MTA: dns; smtp.example.net',
      '',
      'Final-Recipient: rfc822; anna@example.org',
      'Action: delivered',
      'Status: 2.0.0',
      'Remote-MTA: dns; mx.example.org',
      '',
      'Final-Recipient: rfc822; olga.example@bk.ru',
      'Action: failed',
      'Status: 5.7.1',
      'Remote-MTA: dns; mxs.mail.ru',
      'Diagnostic-Code: smtp; 550 5.7.1 rejected',
    ].join('\n');
    expect(readDeliveryStatus(body)).toMatchObject({ finalRecipient: 'olga.example@bk.ru', remoteMta: 'mxs.mail.ru', smtpCode: 550 });
  });

  it('reads a delayed recipient when none failed (a warning before the failure)', () => {
    const body = 'Reporting-MTA: dns; a.example\n\nFinal-Recipient: rfc822; olga.example@bk.ru\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mxs.mail.ru[94.100.180.31]:25: Connection timed out';
    expect(readDeliveryStatus(body)).toEqual({
      reportingMta: 'a.example',
      finalRecipient: 'olga.example@bk.ru',
      enhancedCode: '4.4.1',
      diagnostic: 'connect to mxs.mail.ru[94.100.180.31]:25: Connection timed out',
      remoteMta: 'mxs.mail.ru',
      remoteIp: '94.100.180.31',
    });
  });

  it('says nothing of a refusal in a report only of deliveries', () => {
    const body = 'Reporting-MTA: dns; a.example\n\nFinal-Recipient: rfc822; olga.example@bk.ru\nAction: delivered\nStatus: 2.0.0\nRemote-MTA: dns; mxs.mail.ru';
    expect(readDeliveryStatus(body)).toEqual({ reportingMta: 'a.example' });
  });

  it('reads message fields from any block, for MTAs that leave out the blank line after them', () => {
    const body = 'Reporting-MTA: dns; example.co.jp\nArrival-Date: Tue, 2 Mar 1999 09:44:33 +0000\nAction: failed\nFinal-Recipient: rfc822;kijitora@example.co.jp\nStatus: 5.0.0\nRemote-MTA: dns; 192.0.2.22';
    // An address where Remote-MTA names a host is the remote IP, not a host name.
    expect(readDeliveryStatus(body)).toEqual({
      reportingMta: 'example.co.jp',
      arrivalDate: '1999-03-02T09:44:33Z',
      finalRecipient: 'kijitora@example.co.jp',
      enhancedCode: '5.0.0',
      remoteIp: '192.0.2.22',
    });
  });

  it("reads the address in Gmail's Remote-MTA comment and the Message-ID Gmail names", () => {
    const body = 'Reporting-MTA: dns; googlemail.com\nX-Original-Message-ID: <CAE1@mail.gmail.com>\n\nFinal-Recipient: rfc822; olga.example@mail.ru\nAction: failed\nStatus: 5.0.0\nRemote-MTA: dns; mxs.mail.ru. (94.100.180.31, the server for the domain\n mail.ru.)';
    expect(readDeliveryStatus(body)).toMatchObject({ remoteMta: 'mxs.mail.ru', remoteIp: '94.100.180.31', messageId: '<CAE1@mail.gmail.com>' });
  });

  it("reads Postfix's own words around a reply: the host and address it names, and the reply alone", () => {
    const body = 'Final-Recipient: rfc822; olga.example@bk.ru\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: X-Postfix; host mxs.mail.ru[94.100.180.31] said: 554 5.7.1 Spam\n    message rejected';
    expect(readDeliveryStatus(body)).toMatchObject({ remoteMta: 'mxs.mail.ru', remoteIp: '94.100.180.31', smtpCode: 554, enhancedCode: '5.7.1', diagnostic: '554 5.7.1 Spam message rejected' });
  });

  it('prefers the enhanced code the server wrote to the Status field, and uses Status only when it agrees with the reply code', () => {
    const withCode = 'Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 5.7.1 no';
    expect(readDeliveryStatus(withCode)).toMatchObject({ enhancedCode: '5.7.1' });
    const contradicting = 'Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 4.4.7\nDiagnostic-Code: smtp; 550 no';
    expect(readDeliveryStatus(contradicting)).not.toHaveProperty('enhancedCode');
  });

  it('drops a value that does not have its field shape', () => {
    const body = 'Reporting-MTA: dns; localhost\nArrival-Date: yesterday\n\nFinal-Recipient: rfc822; not an address\nAction: failed\nStatus: 5.9.9.9\nRemote-MTA: dns; [127.0.0.1]';
    expect(readDeliveryStatus(body)).toEqual({});
  });
});
