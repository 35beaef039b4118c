import { addDays, dateOf, localDateTimeOf } from '@/lib/checklist/calendar-dates';
import {
  markLetter,
  putComplaint,
  readComplaints,
  sentLetters,
  withLetters,
  withoutComplaint,
  writeComplaints,
  type Complaint,
} from '@/lib/checklist/complaints';

const complaint = (recipient: string, startedAt: string): Complaint => ({
  id: '0123456789abcdef0123456789abcdef',
  recipient,
  display: recipient,
  startedAt,
  request: { recipient, senderService: 'mailfence', languages: ['ru', 'en'] },
  letters: [
    { id: 'provider', sentAt: '2026-11-20T15:05:00+01:00' },
    { id: 'recipient', sentAt: null },
  ],
  followUpDays: 14,
});

const olga = complaint('olga@bk.ru', '2026-11-20T15:00:00+01:00');
const ivan = complaint('ivan@mail.ru', '2026-11-22T09:00:00+01:00');

describe('the stored complaints', () => {
  it('read back what was written, newest first', () => {
    expect(readComplaints(writeComplaints([olga, ivan]))).toEqual([ivan, olga]);
  });

  it.each([
    ['nothing stored', null],
    ['text that is not JSON', '{"version":1,"compl'],
    ['a list without its envelope', JSON.stringify([olga])],
  ])('read as none from %s', (_why, stored) => {
    expect(readComplaints(stored)).toEqual([]);
  });

  it('read another version\'s list as not this page\'s (null), so that nothing writes over it', () => {
    expect(readComplaints(JSON.stringify({ version: 2, complaints: [olga] }))).toBeNull();
    expect(readComplaints(JSON.stringify({ version: '1', complaints: [] }))).toBeNull();
  });

  it.each([
    ['a follow-up delay out of range', { ...olga, followUpDays: 3 }],
    ['a mark that is not a date', { ...olga, letters: [{ id: 'provider', sentAt: 'yesterday' }] }],
    ['an unknown language', { ...olga, request: { ...olga.request, languages: ['xx'] } }],
    ['no request', { ...olga, request: undefined }],
  ])('leave out a complaint with %s, and keep the others', (_why, broken) => {
    expect(readComplaints(JSON.stringify({ version: 1, complaints: [broken, ivan] }))).toEqual([ivan]);
  });

  it('hold one complaint per recipient: a new one for the same recipient replaces it', () => {
    const again = { ...olga, followUpDays: 20 };
    expect(putComplaint([olga, ivan], again)).toEqual([again, ivan]);
    expect(withoutComplaint([olga, ivan], 'olga@bk.ru')).toEqual([ivan]);
  });
});

describe('a complaint’s letters', () => {
  it('follow the letters shown, keeping each date marked, and a sent letter no longer shown', () => {
    const updated = withLetters(
      { ...olga, letters: [...olga.letters, { id: 'isp-network-mts', sentAt: '2026-11-21T10:00:00+01:00' }, { id: 'gone', sentAt: null }] },
      ['provider', 'recipient', 'isp-feedback-mts'],
    );
    expect(updated.letters).toEqual([
      { id: 'provider', sentAt: '2026-11-20T15:05:00+01:00' },
      { id: 'recipient', sentAt: null },
      { id: 'isp-feedback-mts', sentAt: null },
      { id: 'isp-network-mts', sentAt: '2026-11-21T10:00:00+01:00' },
    ]);
  });

  it('are marked sent with a date, and unmarked', () => {
    const marked = markLetter(olga, 'recipient', '2026-11-23T08:00:00+01:00');
    expect(sentLetters(marked).map(({ id }) => id)).toEqual(['provider', 'recipient']);
    expect(sentLetters(markLetter(marked, 'provider', null)).map(({ id }) => id)).toEqual(['recipient']);
  });
});

describe('calendar dates', () => {
  it('read the day of an instant as its own offset wrote it', () => {
    expect(dateOf('2026-11-20T23:30:00-05:00')).toBe('2026-11-20');
  });

  it('add days across months and years', () => {
    expect(addDays('2026-11-20', 14)).toBe('2026-12-04');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });

  it('give an instant as a datetime-local field shows it, and nothing for what is not one', () => {
    const instant = new Date(2026, 10, 20, 15, 5);
    expect(localDateTimeOf(instant.toISOString())).toBe('2026-11-20T15:05');
    expect(localDateTimeOf('not a date')).toBe('');
  });
});
