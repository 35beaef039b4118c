/**
 * A subject or a display name kept on one line: each line break becomes a space. Only the body
 * may hold line breaks: one decoded into a header is how a subject such as
 * `x%0D%0ABcc:%20eve@example.com` turns into a header of its own in a client that writes hfields
 * as they come (CRLF injection, CWE-93).
 */
export function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ');
}
