import { buildCopyText } from '@/lib/handoff/copy-text';

describe('buildCopyText', () => {
  it.each([
    {
      case: 'puts To, Subject, a blank line and the body in one text',
      fields: { to: ['abuse@corp.mail.ru', 'postmaster@corp.mail.ru'], subject: 'Mail refused', body: 'Hello,\r\nmail is refused.' },
      text: 'To: abuse@corp.mail.ru, postmaster@corp.mail.ru\nSubject: Mail refused\n\nHello,\nmail is refused.',
    },
    {
      case: 'leaves out To for a letter meant for a web form',
      fields: { to: [], subject: 'Жалоба', body: 'Текст' },
      text: 'Subject: Жалоба\n\nТекст',
    },
    {
      case: 'keeps the subject on its one line',
      fields: { to: ['a@example.com'], subject: 'one\r\ntwo', body: 'x' },
      text: 'To: a@example.com\nSubject: one two\n\nx',
    },
  ])('$case', ({ fields, text }) => {
    expect(buildCopyText(fields)).toBe(text);
  });

  it('takes the labels of another language', () => {
    expect(buildCopyText({ to: ['a@example.com'], subject: 'S', body: 'B' }, { to: 'Кому', subject: 'Тема' })).toBe(
      'Кому: a@example.com\nТема: S\n\nB',
    );
  });
});
