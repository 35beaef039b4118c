import { otherBounceRecipient } from '@/lib/bounce/other-recipient';

const ivan = { address: 'ivan@mail.ru', domain: 'mail.ru' };

describe('otherBounceRecipient', () => {
  it('names the bounce\'s recipient when it is another mailbox, at the same provider or another', () => {
    expect(otherBounceRecipient({ finalRecipient: 'olga.example@bk.ru' }, ivan)).toBe('olga.example@bk.ru');
    expect(otherBounceRecipient({ finalRecipient: 'olga@mail.ru' }, ivan)).toBe('olga@mail.ru');
    expect(otherBounceRecipient({ finalRecipient: 'ivan@bk.ru' }, ivan)).toBe('ivan@bk.ru');
  });

  it('says nothing when the bounce names the same mailbox, in any case or domain form', () => {
    expect(otherBounceRecipient({ finalRecipient: 'ivan@mail.ru' }, ivan)).toBeUndefined();
    expect(otherBounceRecipient({ finalRecipient: 'Ivan@mail.ru' }, { address: 'IVAN@Mail.RU', domain: 'mail.ru' })).toBeUndefined();
    const cyrillic = { address: 'ivan@почта.рф', domain: 'xn--80a1acny.xn--p1ai' };
    expect(otherBounceRecipient({ finalRecipient: 'ivan@xn--80a1acny.xn--p1ai' }, cyrillic)).toBeUndefined();
    expect(otherBounceRecipient({ finalRecipient: 'ivan@почта.рф' }, cyrillic)).toBeUndefined();
  });

  it('says nothing when the bounce names no recipient, or was not read', () => {
    expect(otherBounceRecipient({ remoteMta: 'mxs.mail.ru', smtpCode: 550 }, ivan)).toBeUndefined();
    expect(otherBounceRecipient(null, ivan)).toBeUndefined();
  });

  it('compares the local part whole, with an @ inside a quoted one', () => {
    const quoted = { address: '"a@b"@mail.ru', domain: 'mail.ru' };
    expect(otherBounceRecipient({ finalRecipient: '"a@b"@mail.ru' }, quoted)).toBeUndefined();
    expect(otherBounceRecipient({ finalRecipient: '"a@c"@mail.ru' }, quoted)).toBe('"a@c"@mail.ru');
  });
});
