/**
 * Durations, dates and links as the popup shows them. Units come from Intl (so they read right in
 * every UI language without a message per unit and per plural form).
 */
import { hostOf } from '@/lib/mail/selectors';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const CALENDAR_DAY_MS = 24 * HOUR_MS;

export function uiLocale(): string {
  try {
    const fromBrowser = browser.i18n?.getUILanguage?.();
    if (fromBrowser) return fromBrowser;
  } catch {
    // The fake browser in tests has no i18n: fall through to the page's language.
  }
  return globalThis.navigator?.language || 'en';
}

function unit(locale: string, name: 'day' | 'hour' | 'minute', value: number): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 0 }).format(value);
}

/**
 * Two units at most ("2 days, 3 hr", "3 hr, 20 min", "45 min"). `dayMs` is the length of a day in
 * the time being shown: 24 hours for calendar time, the usual working day for working time.
 */
export function formatDuration(ms: number, locale: string, dayMs: number = CALENDAR_DAY_MS): string {
  const safe = Number.isFinite(ms) && ms > 0 ? ms : 0;
  const day = dayMs > 0 ? dayMs : CALENDAR_DAY_MS;
  const list = new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' });
  if (safe < HOUR_MS) return unit(locale, 'minute', Math.floor(safe / MINUTE_MS));
  if (safe < day) {
    const hours = Math.floor(safe / HOUR_MS);
    const minutes = Math.floor((safe - hours * HOUR_MS) / MINUTE_MS);
    return minutes ? list.format([unit(locale, 'hour', hours), unit(locale, 'minute', minutes)]) : unit(locale, 'hour', hours);
  }
  const days = Math.floor(safe / day);
  const hours = Math.floor((safe - days * day) / HOUR_MS);
  return hours ? list.format([unit(locale, 'day', days), unit(locale, 'hour', hours)]) : unit(locale, 'day', days);
}

/** A due date as the user reads it in their own zone: "Fri, 4 Dec" or "Fri, 4 Dec, 15:00". */
export function formatDue(dueAt: number, hasTime: boolean, timeZone: string, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', timeZone };
  // A date-only promise is late from the next midnight: show the day it was due, not that midnight.
  const shown = hasTime ? dueAt : dueAt - 1;
  if (hasTime) Object.assign(options, { hour: '2-digit', minute: '2-digit' });
  return new Intl.DateTimeFormat(locale, options).format(shown);
}

/**
 * The link to open, or null. Links come from mail pages, so only https links into the mail apps are
 * opened: a `javascript:` or look-alike URL stored by a hostile page must not become a tab.
 */
export function safeThreadLink(link: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' && hostOf(url.hostname) !== null && url.port === '' && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

// ---- working time, worded so it never reads as calendar time -------------------------------------

/** Looks a message up by name; the popup passes i18n.t, tests a fake. */
export type Translate = (key: WorkingUnitKey | 'popupWorkingMinutes', substitutions: string[]) => string;

const PLURAL_SUFFIX: Record<Intl.LDMLPluralRule, 'Zero' | 'One' | 'Few' | 'Many' | 'Other'> = { zero: 'Zero', one: 'One', two: 'Other', few: 'Few', many: 'Many', other: 'Other' };
export type WorkingUnitKey = `popupWorking${'Hours' | 'Days'}${'Zero' | 'One' | 'Few' | 'Many' | 'Other'}`;

/** "1 working day", "1.3 working days", "12 working hours": the plural form the number takes in the locale. */
export function formatWorkingUnits(amount: number, unitName: 'Hours' | 'Days', locale: string, t: Translate): string {
  // Tenths, rounded down: 8.96 working hours must not print as "9", a whole working day.
  const shown = Math.floor(amount * 10 + 1e-9) / 10;
  const digits = Number.isInteger(shown) ? 0 : 1;
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(shown);
  const rule = new Intl.PluralRules(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).select(shown);
  return t(`popupWorking${unitName}${PLURAL_SUFFIX[rule]}`, [number]);
}

/**
 * Working time as its own unit: under an hour "45 min of working time", under a working day
 * "3.5 working hours", from there "1.3 working days" (a day being `dayMs` of work, not 24 hours).
 */
export function formatWorkingTime(ms: number, dayMs: number, locale: string, t: Translate): string {
  const safe = Number.isFinite(ms) && ms > 0 ? ms : 0;
  if (safe < HOUR_MS) return t('popupWorkingMinutes', [unit(locale, 'minute', Math.floor(safe / MINUTE_MS))]);
  if (dayMs <= 0 || safe < dayMs) return formatWorkingUnits(safe / HOUR_MS, 'Hours', locale, t);
  return formatWorkingUnits(safe / dayMs, 'Days', locale, t);
}

/**
 * The working week in a line: "Mon–Fri 09:00–18:00", "Mon–Thu, Sat 09:00–13:00, 14:00–18:00".
 * `workingDays` are 0 (Sunday) .. 6; runs of three or more days become a range, in week order from Monday.
 */
export function formatSchedule(workingDays: readonly number[], periods: readonly { start: string; end: string }[], locale: string): string {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2026-11-30 was a Monday.
  const name = (day: number) => weekday.format(Date.UTC(2026, 10, 29 + (day === 0 ? 7 : day)));
  const order = [1, 2, 3, 4, 5, 6, 0].filter((d) => workingDays.includes(d));
  const runs: number[][] = [];
  for (const d of order) {
    const run = runs[runs.length - 1];
    const position = (x: number) => (x === 0 ? 7 : x);
    if (run && position(d) === position(run[run.length - 1]) + 1) run.push(d);
    else runs.push([d]);
  }
  const days = runs.map((r) => (r.length >= 3 ? `${name(r[0])}–${name(r[r.length - 1])}` : r.map(name).join(', '))).join(', ');
  const hours = periods.map((p) => `${p.start}–${p.end}`).join(', ');
  return `${days} ${hours}`;
}
