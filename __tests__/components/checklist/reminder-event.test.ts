import { reminderEvent } from '@/components/checklist/reminder-event';
import type { Complaint } from '@/lib/checklist/complaints';
import type { Letter } from '@/lib/letters/types';
import en from '@/messages/ui/en.json';

const letter = (id: string, kind: Letter['kind'], name: string, subject: string): Letter => ({
  id,
  audience: kind === 'recipient' ? 'recipient' : kind === 'provider' ? 'provider' : 'isp',
  kind,
  addresseeName: name,
  to: [],
  contacts: [],
  subject,
  parts: [],
  shortBody: '',
});

const letters = [
  letter('provider', 'provider', 'Mail.ru', 'Mail from Mailfence to bk.ru refused'),
  letter('recipient', 'recipient', 'olga@bk.ru', 'My emails to you are not getting through'),
  letter('isp-feedback-mts', 'isp-feedback', 'MTS', 'Please do not filter mail from Mailfence'),
];

const complaint: Complaint = {
  id: 'c0ffee',
  recipient: 'olga@bk.ru',
  display: 'olga@bk.ru',
  startedAt: '2026-11-19T12:00:00+01:00',
  request: { recipient: 'olga@bk.ru', senderName: 'Anne', senderService: 'mailfence', languages: ['ru', 'en'] },
  letters: [
    { id: 'provider', sentAt: '2026-11-22T09:00:00+01:00' },
    { id: 'recipient', sentAt: null },
    { id: 'isp-feedback-mts', sentAt: '2026-11-20T18:00:00+01:00' },
  ],
  followUpDays: 10,
};

const options = { locale: 'en' as const, siteUrl: 'https://unblock.example', messages: en };

describe('the reminder of a complaint', () => {
  it('falls on the first day a follow-up is due: the earliest letter marked sent, plus the complaint’s days', () => {
    expect(reminderEvent(complaint, letters, options)?.date).toBe('2026-11-30');
  });

  it('lists the letters marked sent, and only those, with their dates and subjects', () => {
    const description = reminderEvent(complaint, letters, options)?.description ?? '';
    expect(description.split('\n').filter((line) => line.startsWith('- '))).toEqual([
      '- To Mail.ru, sent on 22 November 2026: “Mail from Mailfence to bk.ru refused”',
      '- To MTS, sent on 20 November 2026: “Please do not filter mail from Mailfence”',
    ]);
  });

  it('links back to the page with the form in the fragment, and without a site address has no link', () => {
    const event = reminderEvent(complaint, letters, options);
    expect(event?.url).toBe('https://unblock.example/en#to=olga%40bk.ru&name=Anne&service=mailfence&lang=ru%2Cen');
    const unlinked = reminderEvent(complaint, letters, { ...options, siteUrl: null });
    expect(unlinked?.url).toBeNull();
    expect(unlinked?.description).toContain(en.checklist.reminder.noLink);
  });

  it('is not offered while no letter is marked sent', () => {
    const nothingSent = { ...complaint, letters: complaint.letters.map(({ id }) => ({ id, sentAt: null })) };
    expect(reminderEvent(nothingSent, letters, options)).toBeNull();
  });
});
