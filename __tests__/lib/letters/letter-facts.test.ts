import { formatUtc, senderService } from '@/lib/letters/letter-facts';

describe('senderService', () => {
  it.each([
    ['mailfence', { id: 'mailfence', name: 'Mailfence', domain: 'mailfence.com' }],
    ['proton', { id: 'proton', name: 'Proton Mail', domain: 'proton.me' }],
    ['  Proton Mail ', { id: 'proton', name: 'Proton Mail', domain: 'proton.me' }],
    ['tutanota.com', { id: 'tuta', name: 'Tuta', domain: 'tuta.com' }],
    ['Posteo', { id: 'posteo', name: 'Posteo', domain: 'posteo.de' }],
    ['  My Company Mail ', { id: null, name: 'My Company Mail', domain: null }],
    ['<b>Evil</b>', { id: null, name: '<b>Evil</b>', domain: null }],
  ])('reads %p as %p', (typed, expected) => {
    expect(senderService(typed)).toEqual(expected);
  });
});

describe('formatUtc', () => {
  it.each([
    ['2026-11-20T15:05:00+01:00', '2026-11-20 14:05 UTC'],
    ['2026-11-20T14:05Z', '2026-11-20 14:05 UTC'],
    // Across midnight and the date line: the instant, not the wall clock, decides the day.
    ['2026-11-20T23:30-05:00', '2026-11-21 04:30 UTC'],
    ['2026-11-21T02:10+14:00', '2026-11-20 12:10 UTC'],
  ])('says %p as %p', (instant, expected) => {
    expect(formatUtc(instant)).toBe(expected);
  });

  it('gives nothing for a text that is not a date', () => {
    expect(formatUtc('yesterday evening')).toBeUndefined();
  });
});
