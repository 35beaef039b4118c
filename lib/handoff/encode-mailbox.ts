import { assertMailbox } from './assert-mailbox';
import { percentEncode } from './percent-encode';

/**
 * A checked mailbox percent-encoded for a mailto path or a webmail query: RFC 6068 §2 requires
 * `%`, `/`, `?`, `#`, `&`, `;`, `=` and every non-ASCII octet to be encoded. `@` may stay as it is
 * (RFC 6068 §2 exempts it with `:`), and it stays so that the address reads plainly on hover.
 */
export function encodeMailbox(address: string): string {
  return percentEncode(assertMailbox(address)).replace(/%40/g, '@');
}
