import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatDue, formatDuration, formatSchedule, formatWorkingTime, safeThreadLink, type Translate } from './format';

const HOUR = 3_600_000;

describe('formatDuration', () => {
  it('shows at most two units, counting days of the given length', () => {
    expect(formatDuration(45 * 60_000, 'en-US')).toMatch(/^45 min$/);
    expect(formatDuration(3 * HOUR + 20 * 60_000, 'en-US')).toMatch(/^3 hr,? 20 min$/);
    expect(formatDuration(29 * HOUR, 'en-US')).toMatch(/^1 day,? 5 hr$/);
    // Fourteen working hours with nine-hour working days: one day and five hours of work.
    expect(formatDuration(14 * HOUR, 'en-US', 9 * HOUR)).toMatch(/^1 day,? 5 hr$/);
    expect(formatDuration(48 * HOUR, 'en-US')).toMatch(/^2 days$/);
    expect(formatDuration(-5, 'en-US')).toMatch(/^0 min$/);
  });

  it('speaks the UI language', () => {
    expect(formatDuration(2 * HOUR, 'ru')).toMatch(/^2 ч$/);
  });
});

describe('formatDue', () => {
  it('names the due day in the user zone, even for a date-only promise late from midnight', () => {
    // Late from midnight at the start of 5 December in Riga (22:00 UTC on the 4th): due the 4th.
    expect(formatDue(Date.UTC(2026, 11, 4, 22, 0), false, 'Europe/Riga', 'en-GB')).toBe('Fri 4 Dec');
    expect(formatDue(Date.UTC(2026, 11, 4, 13, 0), true, 'Europe/Riga', 'en-GB')).toMatch(/^Fri 4 Dec,? 15:00$/);
  });
});

describe('safeThreadLink', () => {
  it('opens only https links into the mail apps', () => {
    expect(safeThreadLink('https://mail.google.com/mail/u/0/#inbox/abc')).toBe('https://mail.google.com/mail/u/0/#inbox/abc');
    expect(safeThreadLink('https://outlook.office.com/mail/id/AAQ')).toBe('https://outlook.office.com/mail/id/AAQ');
    for (const bad of ['', 'javascript:alert(1)', 'http://mail.google.com/mail/', 'https://mail.google.com.evil.example/', 'https://x@mail.google.com/', 'not a url']) {
      expect(safeThreadLink(bad)).toBeNull();
    }
  });
});

describe('formatWorkingTime', () => {
  // The locale files are flat `key: "text"` lines: enough to read them without a YAML parser.
  const messages = (language: string): Record<string, string> =>
    Object.fromEntries(
      readFileSync(new URL(`../../locales/${language}.yml`, import.meta.url), 'utf8')
        .split('\n')
        .map((line) => /^(\w+): (".*")$/.exec(line))
        .filter((m) => m !== null)
        .map((m) => [m[1], JSON.parse(m[2]) as string]),
    );
  const translator =
    (language: string): Translate =>
    (key, [value]) =>
      messages(language)[key].replace('$1', value);
  const NINE_HOURS = 9 * HOUR;
  // ms, length of a working day, language -> text
  const cases: [number, number, string, string][] = [
    [0, NINE_HOURS, 'en', '0 min of working time'],
    [45 * 60_000, NINE_HOURS, 'en', '45 min of working time'],
    [HOUR, NINE_HOURS, 'en', '1 working hour'],
    [3.5 * HOUR, NINE_HOURS, 'en', '3.5 working hours'],
    // Just under a working day: rounded down, never a whole "9 working hours" that is really a day.
    [NINE_HOURS - 60_000, NINE_HOURS, 'en', '8.9 working hours'],
    [NINE_HOURS, NINE_HOURS, 'en', '1 working day'],
    [12 * HOUR, NINE_HOURS, 'en', '1.3 working days'],
    [12 * HOUR, 24 * HOUR, 'en', '12 working hours'],
    [2 * NINE_HOURS, NINE_HOURS, 'en', '2 working days'],
    [NINE_HOURS, NINE_HOURS, 'ru', '1 рабочий день'],
    [3 * NINE_HOURS, NINE_HOURS, 'ru', '3 рабочих дня'],
    [5 * NINE_HOURS, NINE_HOURS, 'ru', '5 рабочих дней'],
    [12 * HOUR, NINE_HOURS, 'ru', '1,3 рабочего дня'],
    [2 * HOUR, NINE_HOURS, 'uk', '2 робочі години'],
    [5 * HOUR, NINE_HOURS, 'uk', '5 робочих годин'],
    [NINE_HOURS, NINE_HOURS, 'pl', '1 dzień roboczy'],
    [2 * NINE_HOURS, NINE_HOURS, 'pl', '2 dni robocze'],
    [1.5 * NINE_HOURS, NINE_HOURS, 'pl', '1,5 dnia roboczego'],
    [NINE_HOURS, NINE_HOURS, 'lv', '1 darba diena'],
    [2 * HOUR, NINE_HOURS, 'lv', '2 darba stundas'],
  ];
  it.each(cases)('%i ms, day of %i ms, %s -> %s', (ms, dayMs, language, expected) => {
    expect(formatWorkingTime(ms, dayMs, language, translator(language)).replace(/\u00a0/g, ' ')).toBe(expected);
  });

  it('has every plural form in every language', () => {
    for (const language of ['en', 'ru', 'uk', 'pl', 'lv']) {
      for (const unitName of ['Hours', 'Days']) for (const form of ['Zero', 'One', 'Few', 'Many', 'Other']) expect(messages(language)[`popupWorking${unitName}${form}`], `${language} ${unitName}${form}`).toMatch(/\$1 /);
    }
  });
});

describe('formatSchedule', () => {
  const nineToSix = [{ start: '09:00', end: '18:00' }];
  const cases: [number[], { start: string; end: string }[], string][] = [
    [[1, 2, 3, 4, 5], nineToSix, 'Mon–Fri 09:00–18:00'],
    [[1, 2, 3, 4, 6], [{ start: '09:00', end: '13:00' }, { start: '14:00', end: '18:00' }], 'Mon–Thu, Sat 09:00–13:00, 14:00–18:00'],
    [[0, 1, 2], nineToSix, 'Mon, Tue, Sun 09:00–18:00'],
    [[5, 6, 0], nineToSix, 'Fri–Sun 09:00–18:00'],
  ];
  it.each(cases)('%j %j -> %s', (days, periods, expected) => {
    expect(formatSchedule(days, periods, 'en-GB')).toBe(expected);
  });
});
