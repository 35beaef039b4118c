import fc from 'fast-check';

import type { FormFragmentValues } from '@/components/generator/form-fragment-values';
import { readFormFragment } from '@/components/generator/read-form-fragment';
import type { ServiceOption } from '@/components/generator/service-option';
import { writeFormFragment } from '@/components/generator/write-form-fragment';
import { locales } from '@/lib/i18n/locales';

const services: ServiceOption[] = [
  { id: 'mailfence', name: 'Mailfence', domain: 'mailfence.com' },
  { id: 'proton', name: 'Proton Mail', domain: 'proton.me' },
];

describe('readFormFragment', () => {
  it('fills the recipient, the sender, a known service and the languages', () => {
    expect(readFormFragment('#to=ivan%40mail.ru&name=Anne&from=anne@mailfence.com&service=proton&lang=ru,en', services)).toEqual({
      recipient: 'ivan@mail.ru',
      senderName: 'Anne',
      senderAddress: 'anne@mailfence.com',
      senderService: 'proton',
      languages: ['ru', 'en'],
    });
  });

  it('keeps a plus in an address instead of reading it as a space', () => {
    expect(readFormFragment('#to=ivan+tag@mail.ru', services).recipient).toBe('ivan+tag@mail.ru');
  });

  it('recognises a known service by its name and takes any other name as typed', () => {
    expect(readFormFragment('#service=Proton%20Mail', services).senderService).toBe('proton');
    expect(readFormFragment('#service=Tutanota', services)).toEqual({ senderService: 'other', senderServiceName: 'Tutanota' });
  });

  it('ignores unknown languages, unknown keys, empty values and broken escapes', () => {
    expect(readFormFragment('#lang=xx,fr,FR&foo=bar&name=&to=%E0%A4%A', services)).toEqual({ languages: ['fr'] });
    expect(readFormFragment('', services)).toEqual({});
  });
});

describe('writeFormFragment', () => {
  it('writes a service typed by hand under its name', () => {
    expect(writeFormFragment({ recipient: 'a@b.ru', senderService: 'other', senderServiceName: 'My Mail' })).toBe(
      'to=a%40b.ru&service=My%20Mail',
    );
  });

  it('writes a lone surrogate (half a pasted emoji) as U+FFFD instead of throwing', () => {
    expect(writeFormFragment({ recipient: 'a@b.ru', senderName: 'Anna \ud800' })).toBe('to=a%40b.ru&name=Anna%20%EF%BF%BD');
  });

  it('is read back to the same values, whatever the user typed', () => {
    const text = fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== '');
    const values = fc.record(
      {
        recipient: text,
        senderName: text,
        senderAddress: text,
        senderService: fc.constantFrom('mailfence', 'proton'),
        languages: fc.uniqueArray(fc.constantFrom(...locales), { minLength: 1 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(values, (written: FormFragmentValues) => {
        expect(readFormFragment(`#${writeFormFragment(written)}`, services)).toEqual(written);
      }),
    );
  });
});
