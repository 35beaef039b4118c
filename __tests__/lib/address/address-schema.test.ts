import { z } from 'zod';
import { addressSchema, optionalAddressSchema } from '@/lib/address/address-schema';

const olga = { address: 'Olga@bk.ru', local: 'Olga', domain: 'bk.ru', domainUnicode: 'bk.ru', display: 'Olga@bk.ru' };

describe('addressSchema', () => {
  it('turns a typed address into the parsed, normalised address', () => {
    expect(addressSchema.parse('  Olga@BK.RU ')).toEqual(olga);
  });

  it.each([
    ['olga@mail.ru\r\nBcc: victim@example.com', 'line_break'],
    ['olga@localhost', 'single_label'],
    ['', 'empty'],
  ])('refuses %j with one custom issue whose message is the code %s', (input, code) => {
    const result = addressSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'custom', message: code, path: [] })]);
  });

  it('names the field when it sits in a form or request schema', () => {
    const request = z.object({ recipient: addressSchema });
    const result = request.safeParse({ recipient: 'olga@example.invalid' });
    expect(result.error?.issues).toEqual([expect.objectContaining({ message: 'not_icann', path: ['recipient'] })]);
  });

  it('leaves a value that is not a string to zod', () => {
    expect(addressSchema.safeParse(42).error?.issues[0]?.code).toBe('invalid_type');
  });
});

describe('optionalAddressSchema', () => {
  const sender = z.object({ from: optionalAddressSchema });

  it.each([[''], ['   ']])('reads the blank field %j as no address', (from) => {
    expect(sender.parse({ from })).toEqual({ from: undefined });
  });

  it('lets an API request leave the field out', () => {
    expect(sender.parse({})).toEqual({});
  });

  it('parses an address that is there', () => {
    expect(sender.parse({ from: 'Olga@BK.RU' })).toEqual({ from: olga });
  });

  it('refuses an address that is there but wrong, with the code as message', () => {
    const result = sender.safeParse({ from: 'olga' });
    expect(result.error?.issues).toEqual([expect.objectContaining({ message: 'no_at', path: ['from'] })]);
  });
});
