/** One header-like block: field names in lower case, the first of a name wins. */
export type HeaderFields = Map<string, string>;

const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,63})[ \t]*:(.*)$/;

/**
 * The header-like blocks of a text, separated by blank lines: a `message/delivery-status` body
 * (RFC 3464 §2.1: a block about the message, then one per recipient) or a message's header
 * section (RFC 5322 §2.2). Continuation lines, which start with white space, are unfolded. A line
 * that is not a field is skipped: a pasted block often carries a stray line of the text around it.
 */
export function headerBlocks(text: string): HeaderFields[] {
  const blocks: HeaderFields[] = [];
  let block: HeaderFields = new Map();
  let last: string | undefined;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') {
      if (block.size > 0) blocks.push(block);
      block = new Map();
      last = undefined;
      continue;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
      block.set(last, `${block.get(last) ?? ''} ${line.trim()}`);
      continue;
    }
    const match = FIELD.exec(line);
    const name = match?.[1]?.toLowerCase();
    last = name !== undefined && !block.has(name) ? name : undefined;
    if (last !== undefined) block.set(last, match?.[2]?.trim() ?? '');
  }
  if (block.size > 0) blocks.push(block);
  return blocks;
}
