import { cleanHelpUrl } from './bounce-values';
import type { BounceFacts } from './types';

export type ProviderReferenceFacts = Pick<BounceFacts, 'reference' | 'helpUrl'>;

/**
 * Mail.ru's refusals carry two hex strings that its sender support form asks for ("Error code" and
 * "ID письма", help.mail.ru/notspam-support): "… Error code: B2431B…C0EF67EB6795250125. ID:
 * 0000000B0001C50E1E1D33EB."
 */
function mailRuReference(diagnostic: string): string | undefined {
  const errorCode = /\bError code: ?([0-9A-F]{8,128})\b/i.exec(diagnostic)?.[1];
  const id = /\bID: ?([0-9A-F]{8,64})\b/.exec(diagnostic)?.[1];
  const parts = [errorCode === undefined ? '' : `Error code: ${errorCode}`, id === undefined ? '' : `ID: ${id}`];
  const reference = parts.filter((part) => part !== '').join(', ');
  return reference === '' ? undefined : reference;
}

/**
 * Yandex ends its replies with the SMTP session's ID, a Unix time and a random part: "554 5.7.1
 * Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1631900360-h4Ajl35YEe-dK78OYi4".
 * Read only in a Yandex reply (its ya.cc short link or its name), where the shape is known.
 */
function yandexReference(diagnostic: string): string | undefined {
  if (!/ya\.cc\/|yandex/i.test(diagnostic)) return undefined;
  return /(?:^|\s)(\d{10}-[A-Za-z0-9_]{4,32}(?:-[A-Za-z0-9_]{4,32})?)(?=$|[\s.,;'")\]])/.exec(diagnostic)?.[1];
}

/**
 * The provider's own reference for a refusal (Mail.ru's error code and ID, Yandex's session ID)
 * and the first web link of the reply, read from the refusing server's words only: a link
 * elsewhere in a bounce may come from the returned message itself.
 */
export function readProviderReference(diagnostic: string | undefined): ProviderReferenceFacts {
  if (diagnostic === undefined) return {};
  const facts: ProviderReferenceFacts = {};
  const reference = mailRuReference(diagnostic) ?? yandexReference(diagnostic);
  if (reference !== undefined) facts.reference = reference;
  const helpUrl = cleanHelpUrl(/https?:\/\/[^\s'"<>]{1,2000}/i.exec(diagnostic)?.[0]);
  if (helpUrl !== undefined) facts.helpUrl = helpUrl;
  return facts;
}
