import { ENCODED_WORD } from '@/lib/address/characters';

// A local part of RFC 5322 atext and dots (§3.2.3), or letters, marks and digits beyond ASCII
// (RFC 6532 §3.2 allows any UTF-8, but Unicode spaces and C1 controls would be new ways to split
// or fold a header, and no real mailbox name needs them); a domain in ASCII (IDNs arrive as
// punycode from lib/address). A quoted local part (RFC 5321 §4.1.2) may add inner spaces and
// consecutive dots, the reasons people quote, but none of `,;:<>@"\()[]`: a client that decodes a
// mailto's address list or a webmail `to=` before splitting it would read such an address as two.
// Spaces at its ends are refused too, as readers trim them (mailparser does) and reach another box.
const atext = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]";
// The unquoted local part as one class: atext's letters and digits are \p{L} and \p{N} already,
// and an alternation of two classes that share characters, repeated, backtracks exponentially on
// a local part that fails (64 characters would never finish).
const unquotedLocalChar = "[!#$%&'*+/=?^_`{|}~.\\-\\p{L}\\p{M}\\p{N}]";
const mailbox = new RegExp(
  `^(?:${unquotedLocalChar}+|"${atext}+(?: +${atext}+)*")@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$`,
  'u',
);

/**
 * Returns the address when it is one mailbox that no URL or header can split, add to or break;
 * throws a RangeError otherwise. The hand-off builders call it on every address, so a bug
 * upstream fails loudly instead of sending mail somewhere nobody intended.
 */
export function assertMailbox(address: string): string {
  if (!mailbox.test(address) || ENCODED_WORD.test(address)) {
    throw new RangeError(`Not a plain mailbox: ${JSON.stringify(address)}`);
  }
  return address;
}
