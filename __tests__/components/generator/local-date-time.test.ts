import { localDateTimeToIso } from '@/components/generator/local-date-time';

describe('localDateTimeToIso', () => {
  it.each([
    ['Europe/Brussels', '2026-11-20T15:05', '2026-11-20T15:05+01:00'],
    // Summer time: the offset in force on that date, not today's.
    ['Europe/Brussels', '2026-07-01T09:30', '2026-07-01T09:30+02:00'],
    // An hour after the spring change: the new offset, though the UTC guess falls before it.
    ['Europe/Brussels', '2026-03-29T03:30', '2026-03-29T03:30+02:00'],
    ['America/New_York', '2026-11-20T09:05:30', '2026-11-20T09:05:30-05:00'],
    ['Asia/Kolkata', '2026-11-20T19:35', '2026-11-20T19:35+05:30'],
    ['UTC', '2026-11-20T14:05', '2026-11-20T14:05+00:00'],
  ])('in %s reads %p as %p', (zone, local, expected) => {
    expect(localDateTimeToIso(local, zone)).toBe(expected);
  });

  it('uses the zone the browser (here, the process) runs in when none is given', () => {
    const local = '2026-11-20T14:05';
    expect(new Date(localDateTimeToIso(local) ?? '').getTime()).toBe(new Date(local).getTime());
  });

  it('gives nothing for a blank field, and passes on what it cannot read for the schema to refuse', () => {
    expect(localDateTimeToIso('  ')).toBeUndefined();
    expect(localDateTimeToIso('yesterday')).toBe('yesterday');
  });
});
