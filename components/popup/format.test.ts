import { describe, expect, it } from 'vitest';
import { formatDue, formatDuration, safeThreadLink } from './format';

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
