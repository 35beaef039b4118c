/**
 * The character classes the address parser refuses or allows. They sit together so that the
 * parser, the domain checks and the tests agree on one definition of each.
 */

/**
 * CR and LF end a header line (RFC 5322 §2.2) and a mailto hfvalue: one of them is a header
 * injection. U+2028/U+2029 are line terminators to JavaScript and some editors, so they are named
 * the same way rather than being silently trimmed away.
 */
export const LINE_BREAK = /[\r\n\u2028\u2029]/;

/** C0 controls except tab (tab counts as white space), DEL and the C1 controls. */
export const CONTROL_CHAR = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Any white space, Unicode's included (NBSP, ideographic space, …). */
export const WHITE_SPACE = /\s/u;

export const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Characters that end or split a mailto address (RFC 6068 §2: `?`, `&`, `#`, `%`, `,`), open an
 * RFC 5322 display name, group, comment, quoted string or domain literal (`<>:;"()[]\`), when
 * they stand outside a quoted local part.
 */
export const UNSAFE_CHAR = /[?&#%<>,;:"()[\]\\]/;

/**
 * An unquoted local part: RFC 5322 §3.2.3 atext and dots, minus the atext characters that
 * UNSAFE_CHAR refuses (`?`, `&`, `#`, `%`).
 */
export const DOT_ATOM_CHARS = /^[A-Za-z0-9!$'*+\-/=^_`{|}~.]+$/;

/** An ASCII character a hostname cannot hold (RFC 1123 §2.1 letters, digits, hyphens, dots). */
export const ASCII_NON_HOSTNAME_CHAR = /(?![A-Za-z0-9.-])[\u0000-\u007f]/;

/** What an ASCII domain may hold once IDN conversion has run. */
export const HOSTNAME = /^[a-z0-9.-]+$/;

/**
 * An RFC 2047 encoded-word (`=?charset?Q?text?=`). §5 keeps them out of an addr-spec, yet mail
 * readers decode one found there (mailparser does), so such a local part would not reach the
 * mailbox it names: the parser refuses it and lib/handoff never passes one on.
 */
export const ENCODED_WORD = /=\?[^?]+\?[BbQq]\?[^?]*\?=/;
