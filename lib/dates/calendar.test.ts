import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsDayNum,
  addWorkingDays,
  daysInMonth,
  dayNumToYmd,
  easterDayNum,
  isLeap,
  localDate,
  nthWeekdayDayNum,
  orthodoxEasterDayNum,
  parseYmd,
  weekdayOf,
  ymd,
} from './calendar';

const FRI_SAT = [5, 6];

describe('addWorkingDays', () => {
  it.each([
    // [from, n, weekend, expected]
    ['2026-05-06', 1, undefined, '2026-05-07'], // Wed -> Thu
    ['2026-05-08', 1, undefined, '2026-05-11'], // Fri -> Mon over the weekend
    ['2026-05-08', 5, undefined, '2026-05-15'], // a whole working week
    ['2026-05-08', 6, undefined, '2026-05-18'],
    ['2026-05-09', 1, undefined, '2026-05-11'], // from Saturday the first working day is Monday
    ['2026-05-10', 0, undefined, '2026-05-10'], // 0 days from a Sunday is that Sunday
    ['2026-05-11', -1, undefined, '2026-05-08'], // Mon back to Fri
    ['2026-05-10', -1, undefined, '2026-05-08'], // Sun back to Fri
    ['2026-05-06', -10, undefined, '2026-04-22'],
    ['2026-12-31', 1, undefined, '2027-01-01'], // across the year end
    ['2026-12-31', 2, undefined, '2027-01-04'],
    ['2028-02-25', 2, undefined, '2028-02-29'], // Fri + 2 = Tue, the leap day
    ['2026-05-06', 250, undefined, '2027-04-21'], // 50 whole weeks: the O(1) skip
    // A Friday-Saturday weekend: Thursday + 1 is Sunday.
    ['2026-05-07', 1, FRI_SAT, '2026-05-10'],
    ['2026-05-10', -1, FRI_SAT, '2026-05-07'],
    ['2026-05-06', 3, FRI_SAT, '2026-05-11'],
    // One day off a week (Sunday only).
    ['2026-05-09', 1, [0], '2026-05-11'],
    ['2026-05-04', 12, [0], '2026-05-18'],
    // No weekend at all: working days are calendar days.
    ['2026-05-08', 3, [], '2026-05-11'],
    // Every day a weekend day would never end; it falls back to calendar days.
    ['2026-05-08', 3, [0, 1, 2, 3, 4, 5, 6], '2026-05-11'],
    // Out-of-range and duplicate entries are ignored.
    ['2026-05-08', 1, [0, 6, 6, 9, -1], '2026-05-11'],
  ] as const)('%s + %d working days (weekend %j) = %s', (from, n, weekend, want) => {
    expect(addWorkingDays(from, n, weekend === undefined ? undefined : [...weekend])).toBe(want);
  });

  it('never lands on a weekend day and counts exactly n working days', () => {
    for (let n = 1; n <= 40; n++) {
      for (const from of ['2026-05-04', '2026-05-09', '2026-05-10']) {
        const to = addWorkingDays(from, n);
        const wd = weekdayOf(to);
        expect(wd === 0 || wd === 6).toBe(false);
        let count = 0;
        for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (weekdayOf(d) % 6 !== 0) count++;
        expect(count).toBe(n);
      }
    }
  });

  it('returns bad input unchanged instead of throwing', () => {
    expect(addWorkingDays('not a date', 3)).toBe('not a date');
    expect(addWorkingDays('2026-02-30', 1)).toBe('2026-02-30');
    expect(addWorkingDays('2026-05-06', Number.NaN)).toBe('2026-05-06');
    expect(addWorkingDays('2026-05-06', 2.9)).toBe('2026-05-08'); // fractions truncate
  });
});

describe('localDate across DST', () => {
  it.each([
    // Europe/Riga: 29 March 2026 03:00 -> 04:00, 25 October 2026 04:00 -> 03:00 (both 01:00 UTC).
    ['2026-03-28T21:59:00Z', 'Europe/Riga', '2026-03-28', 23, 59],
    ['2026-03-28T22:00:00Z', 'Europe/Riga', '2026-03-29', 0, 0],
    ['2026-03-29T00:59:00Z', 'Europe/Riga', '2026-03-29', 2, 59],
    ['2026-03-29T01:00:00Z', 'Europe/Riga', '2026-03-29', 4, 0],
    ['2026-03-29T20:59:00Z', 'Europe/Riga', '2026-03-29', 23, 59],
    ['2026-03-29T21:00:00Z', 'Europe/Riga', '2026-03-30', 0, 0],
    ['2026-10-24T20:59:00Z', 'Europe/Riga', '2026-10-24', 23, 59],
    ['2026-10-24T21:00:00Z', 'Europe/Riga', '2026-10-25', 0, 0],
    ['2026-10-25T00:30:00Z', 'Europe/Riga', '2026-10-25', 3, 30], // first 03:30 (EEST)
    ['2026-10-25T01:30:00Z', 'Europe/Riga', '2026-10-25', 3, 30], // second 03:30 (EET)
    ['2026-10-25T21:59:00Z', 'Europe/Riga', '2026-10-25', 23, 59],
    ['2026-10-25T22:00:00Z', 'Europe/Riga', '2026-10-26', 0, 0],
    // America/New_York: 8 March 2026 02:00 -> 03:00 (07:00 UTC), 1 November 02:00 -> 01:00 (06:00 UTC).
    ['2026-03-08T04:59:00Z', 'America/New_York', '2026-03-07', 23, 59],
    ['2026-03-08T05:00:00Z', 'America/New_York', '2026-03-08', 0, 0],
    ['2026-03-08T07:00:00Z', 'America/New_York', '2026-03-08', 3, 0],
    ['2026-03-09T03:59:00Z', 'America/New_York', '2026-03-08', 23, 59],
    ['2026-03-09T04:00:00Z', 'America/New_York', '2026-03-09', 0, 0],
    ['2026-11-01T03:59:00Z', 'America/New_York', '2026-10-31', 23, 59],
    ['2026-11-01T04:00:00Z', 'America/New_York', '2026-11-01', 0, 0],
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01', 1, 30],
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01', 1, 30],
    ['2026-11-02T04:59:00Z', 'America/New_York', '2026-11-01', 23, 59],
    ['2026-11-02T05:00:00Z', 'America/New_York', '2026-11-02', 0, 0],
    // Zones far from UTC and with half-hour offsets.
    ['2026-05-06T11:00:00Z', 'Pacific/Kiritimati', '2026-05-07', 1, 0],
    ['2026-05-06T18:15:00Z', 'Asia/Kathmandu', '2026-05-07', 0, 0],
    // Lord Howe moves its clocks by 30 minutes (5 April 2026 02:00 -> 01:30).
    ['2026-04-04T14:59:00Z', 'Australia/Lord_Howe', '2026-04-05', 1, 59],
    ['2026-04-04T15:00:00Z', 'Australia/Lord_Howe', '2026-04-05', 1, 30],
  ] as const)('%s in %s is %s %d:%d', (iso, tz, day, hh, mm) => {
    const l = localDate(new Date(iso), tz);
    expect(ymd(l.y, l.m, l.d)).toBe(day);
    expect([l.hh, l.mm]).toEqual([hh, mm]);
    expect(l.weekday).toBe(weekdayOf(day));
    expect(ymd(new Date(iso), tz)).toBe(day);
  });

  it('falls back to UTC for an unknown zone and to the epoch for an invalid instant', () => {
    const l = localDate(new Date('2026-05-06T23:30:00Z'), 'No/Such_Zone');
    expect([ymd(l.y, l.m, l.d), l.hh, l.mm]).toEqual(['2026-05-06', 23, 30]);
    const bad = localDate(new Date(Number.NaN), 'Europe/Riga');
    expect(ymd(bad.y, bad.m, bad.d)).toBe('1970-01-01');
  });

  it('gives years before 1 AD as negative numbers, not positive ones', () => {
    const l = localDate(new Date(Date.UTC(-1, 5, 1)), 'UTC');
    expect(l.y).toBe(-1);
  });
});

describe('leap years and month lengths', () => {
  it.each([
    [1900, false],
    [2000, true],
    [2024, true],
    [2026, false],
    [2027, false],
    [2028, true],
    [2100, false],
    [2400, true],
  ] as const)('isLeap(%d) = %s', (y, leap) => {
    expect(isLeap(y)).toBe(leap);
    expect(daysInMonth(y, 2)).toBe(leap ? 29 : 28);
  });

  it.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-01-31', 365, '2027-01-31'],
    ['2028-01-31', 366, '2029-01-31'],
  ] as const)('addDays(%s, %d) = %s', (from, n, want) => {
    expect(addDays(from, n)).toBe(want);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
  ] as const)('addMonths(%s, %d) = %s', (from, n, want) => {
    expect(dayNumToYmd(addMonthsDayNum(parseYmd(from), n))).toBe(want);
  });

  it('rejects dates that do not exist', () => {
    for (const bad of ['2027-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-05-00', '14.05.2026', '']) {
      expect(parseYmd(bad)).toBeNaN();
      expect(weekdayOf(bad)).toBeNaN();
    }
    expect(parseYmd('2028-02-29')).not.toBeNaN();
  });

  it('keeps years 0-99 as they are', () => {
    expect(ymd(50, 3, 1)).toBe('0050-03-01');
    expect(weekdayOf('2000-01-01')).toBe(6); // a Saturday
  });
});

describe('holiday helpers', () => {
  it.each([
    // [year, Western Easter, Orthodox Easter]
    [2024, '2024-03-31', '2024-05-05'],
    [2025, '2025-04-20', '2025-04-20'],
    [2026, '2026-04-05', '2026-04-12'],
    [2027, '2027-03-28', '2027-05-02'],
    [2028, '2028-04-16', '2028-04-16'],
    [2029, '2029-04-01', '2029-04-08'],
    [2030, '2030-04-21', '2030-04-28'],
  ] as const)('Easter %d: %s, Orthodox %s', (y, west, east) => {
    expect(dayNumToYmd(easterDayNum(y))).toBe(west);
    expect(dayNumToYmd(orthodoxEasterDayNum(y))).toBe(east);
    expect(weekdayOf(west)).toBe(0);
    expect(weekdayOf(east)).toBe(0);
  });

  it.each([
    [2026, 5, 1, -1, '2026-05-25'], // Memorial Day: last Monday of May
    [2026, 9, 1, 1, '2026-09-07'], // Labor Day: first Monday of September
    [2026, 11, 4, 4, '2026-11-26'], // Thanksgiving: fourth Thursday of November
    [2026, 5, 0, 2, '2026-05-10'], // Mother's Day (US): second Sunday of May
    [2027, 2, 1, -1, '2027-02-22'],
    [2028, 2, 2, -1, '2028-02-29'], // the last Tuesday of a leap February is the 29th
  ] as const)('%d-%d weekday %d #%d = %s', (y, mo, wd, n, want) => {
    expect(dayNumToYmd(nthWeekdayDayNum(y, mo, wd, n))).toBe(want);
  });
});
