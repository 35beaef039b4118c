import isemail from '@/__tests__/fixtures/isemail-cases.json';
import { parseAddress } from '@/lib/address/parse-address';
import type { AddressErrorCode } from '@/lib/address/types';

/** The isemail conformance suite (Dominic Sayers, BSD licence): see the fixture's `source`. */
interface IsemailCase {
  id: number;
  address: string;
  category: string;
  diagnosis: string;
}

const cases: IsemailCase[] = isemail.cases;

/**
 * "Plain valid" means category ISEMAIL_VALID_CATEGORY: a dot-atom local part on a domain with
 * no comments, folding white space, quoted strings or literals. Three of them are refused on
 * purpose, each for the reason given, and the test holds the parser to that reason:
 */
const refusedOnPurpose: Record<number, [AddressErrorCode, string]> = {
  5: ['single_label', 'test@io: a TLD alone has no registrable domain, so no provider to write to'],
  19: ['unsafe_char', '?, &, # and % end or split a mailto address (RFC 6068 §2)'],
  100: ['not_icann', '.δοκιμή was an IANA IDN test TLD, withdrawn from the root in 2013'],
};

/** A quoted local part of plain words, which RFC 5321 §4.1.2 allows: kept as typed. */
const quotedAccepted = [42];

/**
 * Quoted local parts with backslash pairs: RFC 5321 allows them, but a mail client reading a
 * mailto or a webmail `to=` may unescape them into another mailbox, so lib/handoff cannot hand
 * them off safely and the parser refuses them (see check-quoted-local-part.ts).
 */
const quotedRefused = [45, 46, 48, 55];

const errors = cases.filter((c) => c.category === 'ISEMAIL_ERR');
const plainValid = cases.filter((c) => c.category === 'ISEMAIL_VALID_CATEGORY' && !(c.id in refusedOnPurpose));

describe('parseAddress against the isemail suite', () => {
  it('covers the suite as shipped', () => {
    expect(errors).toHaveLength(66);
    expect(plainValid).toHaveLength(11);
  });

  it.each(errors.map((c) => [c.id, c.diagnosis, c.address]))(
    'refuses error case %i (%s): %j',
    (_id, _diagnosis, address) => {
      expect(parseAddress(address).ok).toBe(false);
    },
  );

  it.each(plainValid.map((c) => [c.id, c.address]))('accepts plain valid case %i: %j', (_id, address) => {
    const result = parseAddress(address);
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ address: address.trim() }) });
  });

  it.each(Object.entries(refusedOnPurpose))('refuses valid case %s on purpose', (id, [code]) => {
    const found = cases.find((c) => c.id === Number(id));
    expect(found?.category).toBe('ISEMAIL_VALID_CATEGORY');
    expect(parseAddress(found?.address ?? '')).toEqual({ ok: false, code });
  });

  it.each(quotedRefused)('refuses the backslash pairs of quoted case %i on purpose', (id) => {
    const address = cases.find((c) => c.id === id)?.address ?? '';
    expect(parseAddress(address)).toEqual({ ok: false, code: 'unsafe_char' });
  });

  it.each(quotedAccepted)('accepts the quoted local part of case %i as typed', (id) => {
    const address = cases.find((c) => c.id === id)?.address ?? '';
    expect(parseAddress(address)).toEqual({ ok: true, value: expect.objectContaining({ address }) });
  });
});
