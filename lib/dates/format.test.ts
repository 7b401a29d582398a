import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import { formatDay } from './format';
import type { Lang } from './types';

describe('formatDay', () => {
  it.each([
    ['2026-05-06', 'en', undefined, 'Wednesday, 6 May'],
    ['2026-05-06', 'ru', undefined, 'среда, 6 мая'],
    ['2026-05-08', 'uk', undefined, 'пʼятниця, 8 травня'],
    ['2026-05-06', 'pl', undefined, 'środa, 6 maja'],
    ['2026-05-06', 'lv', undefined, 'trešdiena, 6. maijs'],
    // The year only when it differs from the reference day's.
    ['2027-01-14', 'en', '2026-12-31', 'Thursday, 14 January 2027'],
    ['2027-01-14', 'ru', '2026-12-31', 'четверг, 14 января 2027 г.'],
    ['2027-01-14', 'uk', '2026-12-31', 'четвер, 14 січня 2027 р.'],
    ['2027-01-14', 'pl', '2026-12-31', 'czwartek, 14 stycznia 2027'],
    ['2027-01-14', 'lv', '2026-12-31', 'ceturtdiena, 2027. gada 14. janvāris'],
    ['2026-12-14', 'en', '2026-12-31', 'Monday, 14 December'],
    ['2028-02-29', 'en', undefined, 'Tuesday, 29 February'],
  ] as const)('%s in %s (ref %s) = %s', (day, lang, ref, want) => {
    expect(formatDay(day, lang, ref)).toBe(want);
  });

  it('returns an invalid date unchanged and falls back to English for an unknown language', () => {
    expect(formatDay('2027-02-29', 'ru')).toBe('2027-02-29');
    expect(formatDay('soon', 'en')).toBe('soon');
    expect(formatDay('2026-05-06', 'xx' as Lang)).toBe('Wednesday, 6 May');
  });

  // The tables exist so the output does not depend on the ICU build; where full ICU is present they
  // must agree with it (English is the exception: ICU puts the month first).
  const icu = new Intl.DateTimeFormat('lv', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 4, 6))) === 'maijs';
  it.runIf(icu).each(['ru', 'uk', 'pl', 'lv'] as const)('%s matches full ICU for every day of 2026', (lang) => {
    const withYear = new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const noYear = new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
    for (let d = '2026-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      const at = new Date(d + 'T12:00:00Z');
      expect(formatDay(d, lang)).toBe(noYear.format(at));
      expect(formatDay(d, lang, '2025-06-01')).toBe(withYear.format(at));
    }
  });
});
