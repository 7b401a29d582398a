import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResponseTarget } from '../storage/settings-schema';
import { BusinessCalendar, businessCalendarFromSettings, dayNumber, formatWaitCompact, type BusinessCalendarOptions } from './business-time';
import { wallToInstant, zoneOffsetMs } from './zone';

const H = 3_600_000;
const M = 60_000;
const at = (iso: string) => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`bad test instant ${iso}`);
  return t;
};

const WEEKDAYS = [1, 2, 3, 4, 5];
const riga = (extra: Partial<BusinessCalendarOptions> = {}) =>
  new BusinessCalendar({ timeZone: 'Europe/Riga', workingDays: WEEKDAYS, workingHours: [{ start: '09:00', end: '18:00' }], ...extra });
const newYork = (extra: Partial<BusinessCalendarOptions> = {}) =>
  new BusinessCalendar({ timeZone: 'America/New_York', workingDays: WEEKDAYS, workingHours: [{ start: '09:00', end: '18:00' }], ...extra });
const everyDay = [0, 1, 2, 3, 4, 5, 6];

describe('zone offsets from Intl', () => {
  it('reads Riga and New York offsets either side of their DST changes', () => {
    const rigaOffset = zoneOffsetMs('Europe/Riga');
    expect(rigaOffset(at('2026-03-29T00:59Z'))).toBe(2 * H);
    expect(rigaOffset(at('2026-03-29T01:00Z'))).toBe(3 * H);
    expect(rigaOffset(at('2026-10-25T00:59Z'))).toBe(3 * H);
    expect(rigaOffset(at('2026-10-25T01:00Z'))).toBe(2 * H);
    const nyOffset = zoneOffsetMs('America/New_York');
    expect(nyOffset(at('2026-03-08T06:59Z'))).toBe(-5 * H);
    expect(nyOffset(at('2026-03-08T07:00Z'))).toBe(-4 * H);
    expect(nyOffset(at('2026-11-01T05:59Z'))).toBe(-4 * H);
    expect(nyOffset(at('2026-11-01T06:00Z'))).toBe(-5 * H);
  });

  it('moves a skipped wall time past the gap and takes the earlier of a repeated one', () => {
    const rigaOffset = zoneOffsetMs('Europe/Riga');
    // 03:30 does not exist on 29 March in Riga (03:00 -> 04:00): it reads as 04:30 summer time.
    expect(wallToInstant(rigaOffset, Date.UTC(2026, 2, 29, 3, 30))).toBe(at('2026-03-29T04:30+03:00'));
    // 03:30 happens twice on 25 October: the first one is still summer time.
    expect(wallToInstant(rigaOffset, Date.UTC(2026, 9, 25, 3, 30))).toBe(at('2026-10-25T03:30+03:00'));
    expect(wallToInstant(rigaOffset, Date.UTC(2026, 6, 1, 9, 0))).toBe(at('2026-07-01T09:00+03:00'));
  });
});

describe('business time between two instants', () => {
  it('counts working hours within a day and stops at the close', () => {
    const cal = riga();
    expect(cal.businessMs(at('2026-12-01T10:00+02:00'), at('2026-12-01T12:30+02:00'))).toBe(2.5 * H);
    expect(cal.businessMs(at('2026-12-01T10:00+02:00'), at('2026-12-01T23:00+02:00'))).toBe(8 * H);
  });

  it('skips nights', () => {
    expect(riga().businessMs(at('2026-12-01T17:00+02:00'), at('2026-12-02T10:00+02:00'))).toBe(2 * H);
  });

  it('skips weekends', () => {
    expect(riga().businessMs(at('2026-12-04T17:00+02:00'), at('2026-12-07T10:00+02:00'))).toBe(2 * H);
    // Front's example: a Saturday message answered on Sunday waited no working time at all.
    expect(riga().businessMs(at('2026-12-05T11:00+02:00'), at('2026-12-06T20:00+02:00'))).toBe(0);
  });

  it('skips days off, single days and ranges', () => {
    const cal = riga({ daysOff: [{ from: '2026-12-02', to: '2026-12-02' }, { from: '2026-12-24', to: '2026-12-31' }] });
    expect(cal.businessMs(at('2026-12-01T17:00+02:00'), at('2026-12-03T10:00+02:00'))).toBe(2 * H);
    expect(cal.businessMs(at('2026-12-23T17:00+02:00'), at('2027-01-04T10:00+02:00'))).toBe(2 * H + 9 * H);
    expect(cal.isWorkingDay(dayNumber('2026-12-28'))).toBe(false);
  });

  it('gives 0 for a message that came before hours and was answered before they started', () => {
    const cal = riga();
    expect(cal.businessMs(at('2026-12-01T06:10+02:00'), at('2026-12-01T08:45+02:00'))).toBe(0);
    expect(cal.businessMs(at('2026-12-01T06:10+02:00'), at('2026-12-01T09:45+02:00'))).toBe(45 * M);
  });

  it('counts multi-day spans', () => {
    const cal = riga();
    expect(cal.businessMs(at('2026-11-30T09:00+02:00'), at('2026-12-07T09:00+02:00'))).toBe(45 * H);
    // Four weeks and a bit, reaching back before any table was built.
    expect(cal.businessMs(at('2026-11-02T12:00+02:00'), at('2026-12-01T12:00+02:00'))).toBe(21 * 9 * H);
  });

  it('handles several periods a day', () => {
    const cal = riga({ workingHours: [{ start: '09:00', end: '13:00' }, { start: '14:00', end: '18:00' }] });
    expect(cal.businessMs(at('2026-12-01T12:30+02:00'), at('2026-12-01T14:30+02:00'))).toBe(H);
    expect(cal.isWorking(at('2026-12-01T13:30+02:00'))).toBe(false);
    expect(cal.nextWorkingInstant(at('2026-12-01T13:30+02:00'))).toBe(at('2026-12-01T14:00+02:00'));
  });

  it('is zero or positive, never negative', () => {
    expect(riga().businessMs(at('2026-12-02T10:00+02:00'), at('2026-12-01T10:00+02:00'))).toBe(0);
  });
});

describe('DST', () => {
  it('Riga spring forward: a weekend across the change still gives working hours exactly', () => {
    const from = at('2026-03-27T17:00+02:00');
    const to = at('2026-03-30T10:00+03:00');
    expect(riga().businessMs(from, to)).toBe(2 * H);
    // Calendar time lost the hour the clocks skipped.
    expect(to - from).toBe(64 * H);
  });

  it('Riga: a day with working time all day is 23 h in March and 25 h in October', () => {
    const cal = riga({ workingDays: everyDay, workingHours: [{ start: '00:00', end: '24:00' }] });
    expect(cal.workOnDay(dayNumber('2026-03-29'))).toBe(23 * H);
    expect(cal.workOnDay(dayNumber('2026-10-25'))).toBe(25 * H);
    expect(cal.workOnDay(dayNumber('2026-10-26'))).toBe(24 * H);
    // A night shift over the change: 02:00-05:00 wall clock is 2 real hours in March, 4 in October.
    const night = riga({ workingDays: everyDay, workingHours: [{ start: '02:00', end: '05:00' }] });
    expect(night.workOnDay(dayNumber('2026-03-29'))).toBe(2 * H);
    expect(night.workOnDay(dayNumber('2026-10-25'))).toBe(4 * H);
  });

  it('Riga fall back: 09:00 stays 09:00 on the wall clock', () => {
    const cal = riga();
    expect(cal.nextWorkingInstant(at('2026-10-24T12:00+03:00'))).toBe(at('2026-10-26T09:00+02:00'));
    expect(cal.businessMs(at('2026-10-23T17:00+03:00'), at('2026-10-26T10:00+02:00'))).toBe(2 * H);
  });

  it('New York, March 8 and November 1', () => {
    const cal = newYork();
    expect(cal.businessMs(at('2026-03-06T17:00-05:00'), at('2026-03-09T10:00-04:00'))).toBe(2 * H);
    expect(cal.businessMs(at('2026-10-30T17:00-04:00'), at('2026-11-02T10:00-05:00'))).toBe(2 * H);
    const allDay = newYork({ workingDays: everyDay, workingHours: [{ start: '00:00', end: '24:00' }] });
    expect(allDay.workOnDay(dayNumber('2026-03-08'))).toBe(23 * H);
    expect(allDay.workOnDay(dayNumber('2026-11-01'))).toBe(25 * H);
    expect(allDay.businessMs(at('2026-03-07T12:00-05:00'), at('2026-03-09T12:00-04:00'))).toBe(47 * H);
  });

  it('deadlines land on the same wall time after a change', () => {
    expect(riga().addBusinessDays(at('2026-03-27T15:00+02:00'), 1)).toBe(at('2026-03-30T15:00+03:00'));
    expect(newYork().addBusinessDays(at('2026-10-30T15:00-04:00'), 1)).toBe(at('2026-11-02T15:00-05:00'));
  });

  it('local days follow the zone, not UTC', () => {
    const cal = newYork();
    expect(cal.ymdOf(at('2026-11-01T03:30Z'))).toBe('2026-10-31');
    expect(cal.ymdOf(at('2026-11-01T04:30Z'))).toBe('2026-11-01');
    expect(cal.startOfDay(dayNumber('2026-11-01'))).toBe(at('2026-11-01T00:00-04:00'));
  });
});

describe('where the clock starts', () => {
  it('a message during hours starts it at once; outside hours at the next working period', () => {
    const cal = riga();
    const during = at('2026-12-01T10:15+02:00');
    expect(cal.nextWorkingInstant(during)).toBe(during);
    expect(cal.nextWorkingInstant(at('2026-12-01T07:00+02:00'))).toBe(at('2026-12-01T09:00+02:00'));
    expect(cal.nextWorkingInstant(at('2026-12-01T18:00+02:00'))).toBe(at('2026-12-02T09:00+02:00'));
    expect(cal.nextWorkingInstant(at('2026-12-04T19:00+02:00'))).toBe(at('2026-12-07T09:00+02:00'));
  });

  it('has no next period in a calendar without working hours', () => {
    const cal = riga({ workingDays: [] });
    expect(cal.hasWorkingTime).toBe(false);
    expect(cal.nextWorkingInstant(at('2026-12-01T10:00+02:00'))).toBe(Number.POSITIVE_INFINITY);
    expect(cal.addBusinessMs(at('2026-12-01T10:00+02:00'), H)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('deadlines', () => {
  const oneDay: ResponseTarget = { amount: 1, unit: 'business-days' };

  it('1 business day: same position in the next working day', () => {
    const cal = riga();
    expect(cal.deadline(at('2026-12-04T15:00+02:00'), oneDay)).toBe(at('2026-12-07T15:00+02:00'));
    expect(cal.deadline(at('2026-12-01T10:00+02:00'), { amount: 3, unit: 'business-days' })).toBe(at('2026-12-04T10:00+02:00'));
  });

  it('1 business day for a message outside hours: the end of the first working day', () => {
    const cal = riga();
    expect(cal.deadline(at('2026-12-05T10:00+02:00'), oneDay)).toBe(at('2026-12-07T18:00+02:00'));
    expect(cal.deadline(at('2026-12-01T07:00+02:00'), oneDay)).toBe(at('2026-12-01T18:00+02:00'));
  });

  it('skips days off and clamps to a shorter landing day', () => {
    const cal = riga({ daysOff: [{ from: '2026-12-07', to: '2026-12-07' }], hoursByWeekday: { 2: [{ start: '09:00', end: '12:00' }] } });
    // Friday 15:00 is six hours into the day; Monday is off and Tuesday closes at 12:00.
    expect(cal.deadline(at('2026-12-04T15:00+02:00'), oneDay)).toBe(at('2026-12-08T12:00+02:00'));
  });

  it('business hours, half days and calendar hours', () => {
    const cal = riga();
    expect(cal.deadline(at('2026-12-05T10:00+02:00'), { amount: 8, unit: 'business-hours' })).toBe(at('2026-12-07T17:00+02:00'));
    expect(cal.deadline(at('2026-12-01T16:00+02:00'), { amount: 4, unit: 'business-hours' })).toBe(at('2026-12-02T11:00+02:00'));
    expect(cal.deadline(at('2026-12-01T16:00+02:00'), { amount: 0.5, unit: 'business-days' })).toBe(at('2026-12-02T11:30+02:00'));
    expect(cal.deadline(at('2026-12-05T10:00+02:00'), { amount: 24, unit: 'hours' })).toBe(at('2026-12-06T10:00+02:00'));
  });

  it('target progress: within, close, over', () => {
    const cal = riga();
    const arrival = at('2026-12-01T10:00+02:00');
    const target: ResponseTarget = { amount: 8, unit: 'business-hours' };
    expect(cal.targetProgress(arrival, at('2026-12-01T12:00+02:00'), target)).toBe(0.25);
    expect(cal.targetProgress(arrival, at('2026-12-02T09:30+02:00'), target)).toBe(8.5 / 8);
    expect(cal.targetProgress(arrival, at('2026-12-01T17:00+02:00'), target)).toBe(7 / 8);
    expect(cal.targetProgress(arrival, at('2026-12-02T11:00+02:00'), target)).toBe(10 / 8);
    // The night does not count: at 08:00 next morning progress is what it was at the close.
    expect(cal.targetProgress(arrival, at('2026-12-02T08:00+02:00'), target)).toBe(1);
  });
});

describe('working days ahead', () => {
  it('lists today and the next working days, skipping weekends and days off', () => {
    const cal = riga({ daysOff: [{ from: '2026-12-07', to: '2026-12-07' }] });
    const days = cal.workingDaysFrom(at('2026-12-04T20:00+02:00'), 2).map((d) => cal.ymdOf(cal.startOfDay(d) + H));
    expect(days).toEqual(['2026-12-04', '2026-12-08']);
  });
});

describe('compact waits', () => {
  it('formats minutes, hours, days and weeks in at most four characters', () => {
    expect(formatWaitCompact(0)).toBe('0m');
    expect(formatWaitCompact(59 * M)).toBe('59m');
    expect(formatWaitCompact(3 * H + 59 * M)).toBe('3h');
    expect(formatWaitCompact(2 * 24 * H + H)).toBe('2d');
    expect(formatWaitCompact(18 * H, 9 * H)).toBe('2d');
    expect(formatWaitCompact(8 * H, 9 * H)).toBe('8h');
    expect(formatWaitCompact(120 * 24 * H)).toBe('17w');
    expect(formatWaitCompact(Number.NaN)).toBe('0m');
    for (const ms of [1, 5e6, 5e8, 5e10, 5e13]) expect(formatWaitCompact(ms).length).toBeLessThanOrEqual(4);
  });
});

describe('settings to calendar', () => {
  it('builds once per settings object and follows the settings', () => {
    const settings = { timeZone: 'Europe/Riga', workingDays: [1, 2, 3, 4, 5], workingHours: [{ start: '10:00', end: '12:00' }], daysOff: [] };
    const cal = businessCalendarFromSettings(settings);
    expect(businessCalendarFromSettings(settings)).toBe(cal);
    expect(cal.businessMs(at('2026-12-01T00:00+02:00'), at('2026-12-02T00:00+02:00'))).toBe(2 * H);
    // Changing the hours recomputes the past: the same instants, a new figure.
    const wider = businessCalendarFromSettings({ ...settings, workingHours: [{ start: '08:00', end: '20:00' }] });
    expect(wider.businessMs(at('2026-12-01T00:00+02:00'), at('2026-12-02T00:00+02:00'))).toBe(12 * H);
  });

  it('falls back to UTC for an unknown zone instead of throwing', () => {
    const cal = new BusinessCalendar({ timeZone: 'Nowhere/Special', workingDays: WEEKDAYS, workingHours: [{ start: '09:00', end: '18:00' }] });
    expect(cal.timeZone).toBe('UTC');
    expect(cal.businessMs(at('2026-12-01T08:00Z'), at('2026-12-01T10:00Z'))).toBe(H);
  });
});

// A slow, obviously correct reference: look at the wall clock minute by minute.
function referenceBusinessMs(zone: string, days: number[], periods: [number, number][], from: number, to: number): number {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
  const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  let total = 0;
  for (let t = from; t < to; t += M) {
    const parts = Object.fromEntries(format.formatToParts(t).map((p) => [p.type, p.value]));
    const minute = (+parts.hour % 24) * 60 + +parts.minute;
    if (days.includes(names.indexOf(parts.weekday)) && periods.some(([s, e]) => minute >= s && minute < e)) total += M;
  }
  return total;
}

describe('against a minute-by-minute reference', () => {
  const zones = ['Europe/Riga', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'];
  const instant = fc.integer({ min: at('2026-03-01T00:00Z') / M, max: at('2026-11-10T00:00Z') / M }).map((m) => m * M);

  it('agrees on random spans around DST changes in four zones', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, fc.integer({ min: 0, max: 3 * 24 * 60 }), (zone, from, minutes) => {
        const periods: [number, number][] = [[2 * 60, 4 * 60 + 30], [9 * 60, 13 * 60], [14 * 60, 18 * 60]];
        const cal = new BusinessCalendar({
          timeZone: zone,
          workingDays: [0, 1, 2, 3, 5],
          workingHours: periods.map(([s, e]) => ({ start: `${String(s / 60 | 0).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`, end: `${String(e / 60 | 0).padStart(2, '0')}:${String(e % 60).padStart(2, '0')}` })),
        });
        const to = from + minutes * M;
        expect(cal.businessMs(from, to)).toBe(referenceBusinessMs(zone, [0, 1, 2, 3, 5], periods, from, to));
      }),
      { numRuns: 60, examples: [['Europe/Riga', at('2026-03-28T22:00Z'), 600], ['America/New_York', at('2026-11-01T04:00Z'), 900]] },
    );
  });

  it('addBusinessMs is the inverse of businessMs, and spans add up', () => {
    const cal = riga({ workingHours: [{ start: '09:00', end: '13:00' }, { start: '14:00', end: '18:00' }], daysOff: [{ from: '2026-05-01', to: '2026-05-04' }] });
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 200 * 60 }), fc.integer({ min: 0, max: 20 * 24 * 60 }), (t, workMinutes, gapMinutes) => {
        const due = cal.addBusinessMs(t, workMinutes * M);
        expect(cal.businessMs(t, due)).toBe(workMinutes * M);
        expect(cal.isWorking(due - 1)).toBe(true);
        const mid = t + gapMinutes * M;
        const end = mid + gapMinutes * M;
        expect(cal.businessMs(t, mid) + cal.businessMs(mid, end)).toBe(cal.businessMs(t, end));
      }),
      { numRuns: 300 },
    );
  });
});
