import { cleanAddress, cleanHelpUrl, cleanHost, cleanIp, cleanMessageId, maxDiagnosticLength, oneLine } from '@/lib/bounce/bounce-values';
import { mailDateToIso } from '@/lib/bounce/mail-date';
import { mergeFacts } from '@/lib/bounce/merge-facts';
import { readBounce } from '@/lib/bounce/read-bounce';
import { readProviderReference } from '@/lib/bounce/provider-reference';
import { readSmtpReply } from '@/lib/bounce/smtp-reply';

describe('readSmtpReply', () => {
  it('reads the reply code, the enhanced code and the words', () => {
    expect(readSmtpReply('554 5.7.1 Message rejected under suspicion of SPAM')).toEqual({
      smtpCode: 554,
      enhancedCode: '5.7.1',
      diagnostic: '554 5.7.1 Message rejected under suspicion of SPAM',
    });
  });

  it('joins a multi-line reply that an MTA flattened, without its repeated codes (RFC 5321 §4.2.1)', () => {
    const gmail =
      '550-5.7.1 [192.0.2.22 18] Our system has detected that this message is\n    550-5.7.1 likely suspicious. To best protect our users from spam, the\n    550 5.7.1 message has been blocked. https://support.google.com/mail/answer/188131 - gsmtp';
    expect(readSmtpReply(gmail)).toEqual({
      smtpCode: 550,
      enhancedCode: '5.7.1',
      diagnostic:
        '550 5.7.1 [192.0.2.22 18] Our system has detected that this message is likely suspicious. To best protect our users from spam, the message has been blocked. https://support.google.com/mail/answer/188131 - gsmtp',
    });
  });

  it("takes the remote server's reply from inside Exchange Online's own (\"… -> 554 …\")", () => {
    expect(readSmtpReply('550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 Spam')).toEqual({
      smtpCode: 554,
      enhancedCode: '5.7.1',
      diagnostic: '554 5.7.1 Spam',
    });
  });

  it("reads Exchange 2007's \"#550 5.1.1 … ##\", Gmail's \"#5.1.0\" and quotes around a reply", () => {
    expect(readSmtpReply('#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##')).toMatchObject({ smtpCode: 550, enhancedCode: '5.1.1', diagnostic: '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' });
    expect(readSmtpReply('550 #5.1.0 Address rejected.')).toMatchObject({ enhancedCode: '5.1.0' });
    expect(readSmtpReply(`'550 5.7.1 it's spam'`)).toMatchObject({ diagnostic: "550 5.7.1 it's spam" });
  });

  it('reads an enhanced code without a reply code, and words without any code', () => {
    expect(readSmtpReply('5.7.1 [2] Message rejected')).toEqual({ enhancedCode: '5.7.1', diagnostic: '5.7.1 [2] Message rejected' });
    expect(readSmtpReply('Connection refused')).toEqual({ diagnostic: 'Connection refused' });
    expect(readSmtpReply(' \n ')).toEqual({});
  });

  it('takes no success or intermediate reply for a failure, and no code glued to a word', () => {
    expect(readSmtpReply('250 2.0.0 Ok: queued')).not.toHaveProperty('smtpCode');
    expect(readSmtpReply('5501 nonsense')).not.toHaveProperty('smtpCode');
  });
});

describe('readProviderReference', () => {
  it("reads Mail.ru's error code and ID, and its help link without the sentence's punctuation", () => {
    expect(readProviderReference('550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id?c=AbC~, Error code: ABCDEF0123456789. ID: 00000007000A3F1B.')).toEqual({
      reference: 'Error code: ABCDEF0123456789, ID: 00000007000A3F1B',
      helpUrl: 'https://help.mail.ru/notspam-support/id?c=AbC~',
    });
  });

  it("reads Yandex's session ID only in a Yandex reply", () => {
    expect(readProviderReference('554 5.7.1 Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1631900360-h4Ajl35YEe-dK78OYi4')).toMatchObject({
      reference: '1631900360-h4Ajl35YEe-dK78OYi4',
    });
    expect(readProviderReference('451 4.7.1 Try again later 1631900360-h4Ajl35YEe')).toEqual({});
  });
});

describe('mailDateToIso', () => {
  it.each([
    ['Mon, 20 Nov 2023 14:05:01 +0100 (CET)', '2023-11-20T13:05:01Z'],
    ['Sat,  6 Dec 2014 20:12:27 +0300 (MSK)', '2014-12-06T17:12:27Z'],
    ['Fri, 24 Mar 2017 12:34:56 -0700 (PDT)', '2017-03-24T19:34:56Z'],
    ['20 Nov 2023 14:05 GMT', '2023-11-20T14:05:00Z'],
    ['Thu, 29 Apr 99 23:34:45 EST', '1999-04-30T04:34:45Z'],
    ['2023-11-20T14:05:01+01:00', '2023-11-20T13:05:01Z'],
  ])('reads %s as %s', (date, iso) => {
    expect(mailDateToIso(date)).toBe(iso);
  });

  it.each([['yesterday'], ['31 Feb 2023 10:00:00 +0000'], ['20 Nov 2023 14:05:01'], ['20 Nov 2023 25:05:01 +0000'], ['20 Foo 2023 14:05:01 +0000'], ['20 Nov 2023 14:05:01 A']])(
    'refuses %s rather than guessing',
    (date) => {
      expect(mailDateToIso(date)).toBeUndefined();
    },
  );
});

describe('the shape of each value', () => {
  it('keeps a host name, lower case, without its trailing dot; refuses single labels and addresses', () => {
    expect(cleanHost('MXS.Mail.RU.')).toBe('mxs.mail.ru');
    expect(cleanHost('_dmarc.example.org')).toBe('_dmarc.example.org');
    expect(cleanHost('localhost')).toBeUndefined();
    expect(cleanHost('94.100.180.31')).toBeUndefined();
    expect(cleanHost('mx..example.org')).toBeUndefined();
  });

  it('keeps an internet address, IPv6 in RFC 5952 form; refuses private, loopback and malformed ones', () => {
    expect(cleanIp('94.100.180.31')).toBe('94.100.180.31');
    expect(cleanIp('IPv6:2A00:1148:0:0:0:0:0:25')).toBe('2a00:1148::25');
    for (const ip of ['127.0.0.1', '10.1.1.3', '192.168.0.1', '172.20.0.1', '169.254.1.1', '::1', 'fd00::1', 'fe80::1', '256.1.1.1', '1.2.3', 'mxs.mail.ru']) {
      expect(cleanIp(ip)).toBeUndefined();
    }
  });

  it('keeps an address without its angle brackets, its domain in lower case', () => {
    expect(cleanAddress('<Olga.Example@BK.RU>')).toBe('Olga.Example@bk.ru');
    expect(cleanAddress('ольга@пример.рф')).toBe('ольга@пример.рф');
    for (const value of ['olga', 'olga@bk', 'a@b@c.ru', 'olga @bk.ru', 'olga@bk.ru.', 'olga@bk.ru:']) expect(cleanAddress(value)).toBeUndefined();
    // Found by the hostile-bounce property test: NUL, ESC and DEL are not white space.
    for (const value of ['olga@bk.ru\u0000', 'ol\u001bga@bk.ru', 'olga@bk\u007f.ru', 'olga@bk.ru\u0085']) expect(cleanAddress(value)).toBeUndefined();
  });

  it('keeps only http and https links', () => {
    expect(cleanHelpUrl('https://ya.cc/1IrBc).')).toBe('https://ya.cc/1IrBc');
    for (const value of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/', 'https://', 'not a link', 'https://ya.cc/1\u0000x', 'https://ya.cc/1\tx', 'https://ya.cc/1 x']) expect(cleanHelpUrl(value)).toBeUndefined();
  });

  it('keeps a Message-ID with its angle brackets', () => {
    expect(cleanMessageId(' <a.b@example.net> (comment)')).toBe('<a.b@example.net>');
    expect(cleanMessageId('a.b@example.net')).toBeUndefined();
    expect(cleanMessageId('<a.b\u0000@example.net>')).toBeUndefined();
  });

  it('puts a diagnostic on one line, without control characters, and cuts a long one at a word', () => {
    expect(oneLine('550\r\n  spam\u0000\u001b[31m message\u0085')).toBe('550 spam [31m message');
    const long = oneLine('word '.repeat(400));
    expect(long.length).toBeLessThanOrEqual(maxDiagnosticLength);
    expect(long.endsWith('word…')).toBe(true);
  });
});

describe('mergeFacts', () => {
  it("takes a reply's codes and words together, from the first source that has words", () => {
    expect(mergeFacts({ enhancedCode: '5.0.0' }, { smtpCode: 550, diagnostic: '550 no' }, { smtpCode: 421, enhancedCode: '4.7.0', diagnostic: '421 later' })).toEqual({
      smtpCode: 550,
      diagnostic: '550 no',
    });
  });

  it('joins an address to a host only if its source named that host', () => {
    expect(mergeFacts({ remoteMta: 'mxs.mail.ru' }, { remoteMta: 'mx.yandex.ru', remoteIp: '77.88.21.249' })).toEqual({ remoteMta: 'mxs.mail.ru' });
    expect(mergeFacts({ remoteMta: 'mxs.mail.ru' }, { remoteMta: 'mxs.mail.ru', remoteIp: '94.100.180.31' })).toEqual({ remoteMta: 'mxs.mail.ru', remoteIp: '94.100.180.31' });
  });

  it('gives the host the IP its own source named, never one from a reading that named no host', () => {
    // A DSN naming only an address, then a Postfix line about another server with its own.
    expect(mergeFacts({ remoteIp: '94.100.180.31' }, { remoteMta: 'mx.yandex.ru', remoteIp: '77.88.21.249' })).toEqual({
      remoteMta: 'mx.yandex.ru',
      remoteIp: '77.88.21.249',
    });
    expect(mergeFacts({ remoteMta: 'mx.yandex.ru' }, { remoteIp: '94.100.180.31' })).toEqual({ remoteMta: 'mx.yandex.ru' });
    expect(mergeFacts({ remoteIp: '94.100.180.31' }, { smtpCode: 550, diagnostic: '550 no' })).toMatchObject({ remoteIp: '94.100.180.31' });
  });

  it('reads a bounce whose status block names an address and whose text names another server, without pairing them', async () => {
    const bounce = [
      '<olga@bk.ru>: host mx.yandex.ru[77.88.21.249] said: 554 5.7.1 rejected (in reply to end of DATA command)',
      '',
      'Final-Recipient: rfc822; olga@bk.ru',
      'Action: failed',
      'Status: 5.0.0',
      'Remote-MTA: dns; [94.100.180.31]',
      'Diagnostic-Code: smtp; 550 spam',
    ].join('\n');
    const facts = await readBounce(bounce);
    expect(facts?.remoteMta).toBe('mx.yandex.ru');
    expect(facts?.remoteIp).not.toBe('94.100.180.31');
  });
});
