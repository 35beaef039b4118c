import { useCallback, useEffect, useMemo, useState } from 'react';

import { localIsoString } from '@/lib/checklist/calendar-dates';
import {
  followUpDays,
  markLetter,
  putComplaint,
  storedRequest,
  withLetters,
  withoutComplaint,
  type Complaint,
} from '@/lib/checklist/complaints';
import { complaintsKey } from '@/lib/checklist/storage-key';
import type { LettersOutcome } from '@/components/generator/use-letters';

import { loadComplaints, updateComplaints } from './complaint-storage';

/**
 * Whether the complaint is kept: `unavailable` when the browser refused storage (and the page
 * says nothing of it); `stale` when it refused this write (a full quota) while an earlier one of
 * this complaint is still stored, which the user must still be able to forget.
 */
export type Keeping = 'kept' | 'unavailable' | 'stale' | 'forgotten';

export interface ComplaintChecklist {
  complaint: Complaint;
  keeping: Keeping;
  toggleSent: (letterId: string) => void;
  setFollowUpDays: (days: number) => void;
  forget: () => void;
}

/** 16 random bytes in hex: the reminder's UID needs to be unique, not secret. */
function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function newComplaint(outcome: LettersOutcome): Complaint {
  return {
    id: randomId(),
    recipient: outcome.request.recipient.address,
    display: outcome.request.recipient.display,
    startedAt: localIsoString(new Date()),
    request: storedRequest(outcome.request),
    letters: [],
    followUpDays: followUpDays.initial,
  };
}

/** The stored complaint for this recipient, if any, brought up to the letters now shown. */
function resumedComplaint(outcome: LettersOutcome): Complaint {
  const stored = loadComplaints()?.find((complaint) => complaint.recipient === outcome.request.recipient.address);
  return current(stored ?? newComplaint(outcome), outcome);
}

/** The same decisions: the same complaint, the same marks, the same follow-up delay. */
function sameDecisions(a: Complaint, b: Complaint): boolean {
  return a.id === b.id && a.followUpDays === b.followUpDays && JSON.stringify(a.letters) === JSON.stringify(b.letters);
}

function current(complaint: Complaint, outcome: LettersOutcome): Complaint {
  const ids = outcome.letters.map((letter) => letter.id);
  return withLetters({ ...complaint, request: storedRequest(outcome.request) }, ids);
}

/**
 * The checklist of one recipient's letters: what was marked sent and when, kept in localStorage
 * as it changes. The component that uses it is keyed by recipient, so a new recipient starts from
 * what is stored for them. Forget erases the complaint and keeps nothing more of this request;
 * the next request (a new Generate) is remembered again.
 */
export function useComplaint(outcome: LettersOutcome): ComplaintChecklist {
  // What the user decided (marks, days); the letters' ids and the request follow the outcome.
  const [decided, setDecided] = useState(() => resumedComplaint(outcome));
  const complaint = useMemo(() => current(decided, outcome), [decided, outcome]);
  const [forgottenRequest, setForgottenRequest] = useState<LettersOutcome['request'] | null>(null);
  const forgotten = forgottenRequest === outcome.request;
  // What became of the last write; Forget, which is the user's, is kept apart.
  const [stored, setStored] = useState<Exclude<Keeping, 'forgotten'>>('kept');

  useEffect(() => {
    // Nothing to remember of a request that produced no letter, or of one the user forgot.
    if (forgotten || complaint.letters.length === 0) return;
    const kept = updateComplaints((complaints) => putComplaint(complaints, complaint));
    const earlier = kept ? undefined : loadComplaints()?.some((candidate) => candidate.recipient === complaint.recipient);
    // localStorage is the external system this effect keeps in step; whether it took is state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStored(kept ? 'kept' : earlier ? 'stale' : 'unavailable');
  }, [complaint, forgotten]);

  // Another tab of this site changed what is stored. Its marks and delay for this recipient are
  // taken here, and a complaint it forgot is forgotten here: otherwise this tab's next write would
  // put back what the other changed, and each would undo the other without a word. (A tab gets no
  // event for its own writes, and an unchanged value fires none, so the two cannot echo forever.)
  const recipient = outcome.request.recipient.address;
  const wasStored = stored === 'kept' && !forgotten && complaint.letters.length > 0;
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== complaintsKey && event.key !== null) return;
      const complaints = loadComplaints();
      if (complaints === null) return;
      const theirs = complaints.find((candidate) => candidate.recipient === recipient);
      if (theirs !== undefined) setDecided((previous) => (sameDecisions(previous, theirs) ? previous : theirs));
      else if (wasStored) {
        setForgottenRequest(outcome.request);
        setDecided(newComplaint(outcome));
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [recipient, wasStored, outcome]);

  const toggleSent = useCallback((letterId: string) => {
    setDecided((previous) => {
      const sentAt = previous.letters.find((letter) => letter.id === letterId)?.sentAt ?? null;
      return markLetter(previous, letterId, sentAt === null ? localIsoString(new Date()) : null);
    });
  }, []);

  const setFollowUpDays = useCallback((days: number) => setDecided((previous) => ({ ...previous, followUpDays: days })), []);

  const forget = useCallback(() => {
    updateComplaints((complaints) => withoutComplaint(complaints, outcome.request.recipient.address));
    setForgottenRequest(outcome.request);
    setDecided(newComplaint(outcome));
  }, [outcome]);

  const keeping: Keeping = forgotten ? 'forgotten' : stored;
  return { complaint, keeping, toggleSent, setFollowUpDays, forget };
}
