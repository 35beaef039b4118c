import { cleanAddress, cleanHost, cleanIp, cleanMessageId, oneLine } from './bounce-values';
import { headerBlocks, type HeaderFields } from './header-blocks';
import { mailDateToIso } from './mail-date';
import { mergeFacts } from './merge-facts';
import { readMtaParagraphs } from './mta-texts';
import { readProviderReference } from './provider-reference';
import { readSmtpReply } from './smtp-reply';
import type { BounceFacts } from './types';

/** `rfc822; olga@bk.ru`, `dns; mxs.mail.ru`, `smtp; 550 …`: the value after its type (RFC 3464 §2.1.2). */
function typedValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const semicolon = value.indexOf(';');
  return (semicolon < 0 ? value : value.slice(semicolon + 1)).trim();
}

const isRecipientBlock = (block: HeaderFields) =>
  block.has('final-recipient') || block.has('original-recipient') || block.has('action') || block.has('status');

/**
 * The recipient the report is about: the first that failed, else the first delayed (a warning
 * before the failure), else the first without an action. A report only of deliveries says
 * nothing about a refusal.
 */
function chosenRecipient(blocks: HeaderFields[]): HeaderFields | undefined {
  const recipients = blocks.filter(isRecipientBlock);
  const action = (block: HeaderFields) => block.get('action')?.trim().toLowerCase();
  return (
    recipients.find((block) => action(block) === 'failed') ??
    recipients.find((block) => action(block) === 'delayed') ??
    recipients.find((block) => action(block) === undefined)
  );
}

/**
 * The remote MTA: `dns; mxs.mail.ru`, or an address (`dns; [94.100.180.31]`), and Gmail's comment
 * with the address it reached: `dns; mxs.mail.ru. (94.100.180.31, the server for the domain bk.ru.)`.
 */
function remoteMtaFacts(value: string | undefined): Pick<BounceFacts, 'remoteMta' | 'remoteIp'> {
  const name = typedValue(value);
  if (name === undefined) return {};
  const first = name.split(/[\s(]/, 1)[0]?.replace(/^\[(.*)\]$/, '$1');
  const comment = /\(([0-9a-fA-F:.]{2,45})[,)]/.exec(name)?.[1];
  const host = cleanHost(first);
  const ip = cleanIp(host === undefined ? first : comment);
  return { ...(host === undefined ? {} : { remoteMta: host }), ...(ip === undefined ? {} : { remoteIp: ip }) };
}

function recipientFacts(block: HeaderFields): BounceFacts {
  const fields: BounceFacts = {
    ...remoteMtaFacts(block.get('remote-mta')),
    finalRecipient: cleanAddress(typedValue(block.get('final-recipient') ?? block.get('original-recipient'))),
  };
  const diagnostic = oneLine(typedValue(block.get('diagnostic-code')) ?? '', Infinity);
  // Postfix writes its own words around the reply ("X-Postfix; host … said: 550 …"): read them as such.
  const reply = diagnostic === '' ? {} : (readMtaParagraphs([diagnostic]) ?? readSmtpReply(diagnostic));
  const facts = mergeFacts(withoutEmptyFields(fields), { ...reply, ...readProviderReference(reply.diagnostic) });
  // The status field is the reporting MTA's reading; the server's own enhanced code comes first.
  const status = /^[245]\.\d{1,3}\.\d{1,3}$/.exec(oneLine(block.get('status') ?? ''))?.[0];
  const agrees = facts.smtpCode === undefined || String(facts.smtpCode)[0] === status?.[0];
  if (facts.enhancedCode === undefined && status !== undefined && agrees) facts.enhancedCode = status;
  return facts;
}

/**
 * The facts of a delivery status notification's `message/delivery-status` part (RFC 3464):
 * Reporting-MTA, Arrival-Date and Gmail's X-Original-Message-ID from the message block; Remote-MTA,
 * Final-Recipient, Status and Diagnostic-Code from the recipient it chooses. Message-level fields
 * are read from every block, since some MTAs leave out the blank line after them.
 */
export function readDeliveryStatus(body: string): BounceFacts {
  const blocks = headerBlocks(body);
  const field = (name: string) => blocks.find((block) => block.has(name))?.get(name);
  const recipient = chosenRecipient(blocks);
  const facts: BounceFacts = {
    reportingMta: cleanHost(typedValue(field('reporting-mta'))?.split(/[\s(]/, 1)[0]),
    arrivalDate: mailDateToIso(field('arrival-date')),
    messageId: cleanMessageId(field('x-original-message-id')),
    ...(recipient === undefined ? {} : recipientFacts(recipient)),
  };
  return withoutEmptyFields(facts);
}

/** The facts that were read: a field left undefined is not a fact. */
export function withoutEmptyFields(facts: BounceFacts): BounceFacts {
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined && value !== '')) as BounceFacts;
}
