import { matchMxPattern } from '@/lib/resolve/match-mx-pattern';

describe('matchMxPattern', () => {
  it.each([
    ['mxs.mail.ru', 'mxs.mail.ru', true],
    ['mxs.mail.ru', 'MXS.Mail.RU.', true],
    ['mxs.mail.ru', 'mxsxmail.ru', false],
    ['mxs.mail.ru', 'evil-mxs.mail.ru', false],
    ['mx0*.nicmail.ru', 'mx01.nicmail.ru', true],
    ['mx0*.nicmail.ru', 'mx0.nicmail.ru', false],
    ['mx0*.nicmail.ru', 'mx01.evil.nicmail.ru', false],
    ['mail-s*.1gb.ru', 'mail-s30.1gb.ru', true],
    ['mx*.beget.com', 'mx1.beget.com.evil.example', false],
  ])('%s against %s → %s', (pattern, host, expected) => {
    expect(matchMxPattern(pattern, host)).toBe(expected);
  });
});
