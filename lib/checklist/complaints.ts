import { isIsoInstant } from '@/lib/calendar/iso-instant';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import type { LetterRequest } from '@/lib/letters/letter-request-schema';

/*
 * What this browser remembers of a complaint, and nothing more: the request as the form sent it,
 * the letters' ids, the date each was marked sent, and when to offer a follow-up. The letters
 * themselves are written again from the request; nothing here ever leaves the browser.
 */

/** When a follow-up is offered, in days after a letter was marked sent (issue 9: 7 to 30, 14 unless chosen). */
export const followUpDays = { min: 7, max: 30, initial: 14 } as const;

/** The request in the schema's input terms (addresses as text), to be validated again when it is used. */
export interface StoredRequest {
  recipient: string;
  senderName?: string;
  senderAddress?: string;
  senderService: string;
  failedAt?: string;
  bounce?: string;
  note?: string;
  languages?: Locale[];
}

export interface StoredLetter {
  id: string;
  /** When it was marked sent, ISO 8601 with the offset of that moment; null while it is not. */
  sentAt: string | null;
}

export interface Complaint {
  /** Random: the reminder's UID, so that a second reminder updates the first in the calendar. */
  id: string;
  /** The recipient's address (ASCII domain): one complaint per recipient. */
  recipient: string;
  /** The same address as the page shows it (the domain in Unicode). */
  display: string;
  /** When it was first generated, ISO 8601 with its offset. */
  startedAt: string;
  request: StoredRequest;
  /** In the order the page shows them. */
  letters: StoredLetter[];
  followUpDays: number;
}

const version = 1;

/** The request as it can be stored: only what the user gave, never the letters. */
export function storedRequest(request: LetterRequest): StoredRequest {
  const stored: StoredRequest = { recipient: request.recipient.address, senderService: request.senderService };
  if (request.senderName) stored.senderName = request.senderName;
  if (request.senderAddress) stored.senderAddress = request.senderAddress.address;
  if (request.failedAt) stored.failedAt = request.failedAt;
  if (request.bounce) stored.bounce = request.bounce;
  if (request.note) stored.note = request.note;
  if (request.languages) stored.languages = request.languages;
  return stored;
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isOptionalText = (value: unknown) => value === undefined || isText(value);

function isStoredRequest(value: unknown): value is StoredRequest {
  if (typeof value !== 'object' || value === null) return false;
  const request = value as Record<string, unknown>;
  const languages = request.languages;
  return (
    isText(request.recipient) &&
    isText(request.senderService) &&
    ['senderName', 'senderAddress', 'failedAt', 'bounce', 'note'].every((key) => isOptionalText(request[key])) &&
    (languages === undefined || (Array.isArray(languages) && languages.every(isLocale)))
  );
}

function isStoredLetter(value: unknown): value is StoredLetter {
  if (typeof value !== 'object' || value === null) return false;
  const { id, sentAt } = value as Record<string, unknown>;
  return isText(id) && (sentAt === null || (isText(sentAt) && isIsoInstant(sentAt)));
}

function isComplaint(value: unknown): value is Complaint {
  if (typeof value !== 'object' || value === null) return false;
  const complaint = value as Record<string, unknown>;
  const days = complaint.followUpDays;
  return (
    ['id', 'recipient', 'display', 'startedAt'].every((key) => isText(complaint[key])) &&
    isIsoInstant(complaint.startedAt as string) &&
    isStoredRequest(complaint.request) &&
    Array.isArray(complaint.letters) &&
    complaint.letters.every(isStoredLetter) &&
    Number.isInteger(days) &&
    (days as number) >= followUpDays.min &&
    (days as number) <= followUpDays.max
  );
}

/**
 * The complaints in what localStorage held, newest first. Whatever does not read as one (a hand
 * edit, a truncated write) is left out rather than trusted: the page then behaves as for a first
 * visit. Null for another version's list (a newer page's, read by an older one after a rollback):
 * this page can neither read it nor may it write over it, as when storage is refused.
 */
export function readComplaints(json: string | null): Complaint[] | null {
  if (json === null) return [];
  try {
    const stored: unknown = JSON.parse(json);
    if (typeof stored !== 'object' || stored === null) return [];
    const { version: storedVersion, complaints } = stored as Record<string, unknown>;
    if ('version' in stored && storedVersion !== version) return null;
    if (!Array.isArray(complaints)) return [];
    return complaints.filter(isComplaint).sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
  } catch {
    return [];
  }
}

export function writeComplaints(complaints: readonly Complaint[]): string {
  return JSON.stringify({ version, complaints });
}

/** The list with this complaint in place of the one for the same recipient, or added first. */
export function putComplaint(complaints: readonly Complaint[], complaint: Complaint): Complaint[] {
  return [complaint, ...complaints.filter((other) => other.recipient !== complaint.recipient)];
}

export function withoutComplaint(complaints: readonly Complaint[], recipient: string): Complaint[] {
  return complaints.filter((complaint) => complaint.recipient !== recipient);
}

/**
 * The complaint after the page wrote its letters again: the ids it shows now, each with the date
 * it was marked; a letter marked sent that is missing now (a network letter before DNS has
 * answered) is kept, since it was sent all the same.
 */
export function withLetters(complaint: Complaint, ids: readonly string[]): Complaint {
  const sentAt = new Map(complaint.letters.map((letter) => [letter.id, letter.sentAt]));
  const shown = new Set(ids);
  const letters = [
    ...ids.map((id) => ({ id, sentAt: sentAt.get(id) ?? null })),
    ...complaint.letters.filter((letter) => letter.sentAt !== null && !shown.has(letter.id)),
  ];
  return { ...complaint, letters };
}

/** The complaint with one letter marked sent at `sentAt`, or no longer marked (null). */
export function markLetter(complaint: Complaint, id: string, sentAt: string | null): Complaint {
  const known = complaint.letters.some((letter) => letter.id === id);
  const letters = known
    ? complaint.letters.map((letter) => (letter.id === id ? { id, sentAt } : letter))
    : [...complaint.letters, { id, sentAt }];
  return { ...complaint, letters };
}

export function sentLetters(complaint: Complaint): StoredLetter[] {
  return complaint.letters.filter((letter) => letter.sentAt !== null);
}
