/**
 * Business-time arithmetic: working time between instants, deadlines, and where the clock starts.
 *
 *   const cal = new BusinessCalendar({ timeZone: 'Europe/Riga', workingDays: [1,2,3,4,5],
 *     workingHours: [{ start: '09:00', end: '13:00' }, { start: '14:00', end: '18:00' }],
 *     daysOff: [{ from: '2026-12-24', to: '2026-12-26' }] });
 *   // or businessCalendarFromSettings(settings) (cached per settings object)
 *
 *   cal.businessMs(from, to)       working ms in [from, to): 0 when a message arrived before hours and
 *                                  was answered before they started; nights, weekends, days off skipped
 *   cal.nextWorkingInstant(t)      t itself during hours, else the start of the next working period:
 *                                  the moment the clock starts for a message that arrived at t
 *   cal.position(t)                working ms since a fixed origin: many waits ending "now" cost one
 *                                  lookup each (businessMs(a, b) = position(b) - position(a))
 *   cal.addBusinessMs(t, ms)       earliest instant by which `ms` of working time has passed since t
 *   cal.addBusinessDays(t, n)      the same position in the working day, n working days later
 *   cal.deadline(t, target)        when a ResponseTarget ("1 business day") runs out for arrival t
 *   cal.targetProgress(t, now, target)   share of the target used, 0..(>1), measured in the target's unit
 *   cal.dayOf(t) / cal.isWorkingDay(day) / cal.workingDaysFrom(t, n)   local calendar days (day numbers)
 *   cal.startOfDay(day) / cal.instantAt(day, minutes)                 local wall times -> instants
 *
 * Instants are epoch ms. Wall-clock periods are mapped to instants per local day, so a day with a DST
 * change has its real length and 09:00 stays 09:00. Nothing is stored: change the hours and every past
 * figure is recomputed. Speed: a table of local days (midnight instant, working intervals, prefix sums
 * of working time) is built lazily, two Intl calls per day; after that businessMs is O(1) and
 * addBusinessMs a binary search.
 */
import { dayNumToYmd, parseYmd, weekdayOfDayNum } from '../dates/calendar';
import type { DayOff, ResponseTarget, Settings, WorkingPeriod } from '../storage/settings-schema';
import { parseHhmm, resolveTimeZone } from '../storage/settings-schema';
import { DAY_MS, HOUR_MS, MINUTE_MS, wallToInstant, zoneOffsetMs, type OffsetFn } from './zone';

export interface BusinessCalendarOptions {
  /** IANA zone; an unknown zone falls back to UTC rather than breaking the popup. */
  timeZone: string;
  /** 0 = Sunday .. 6 = Saturday. */
  workingDays: readonly number[];
  /** Periods for every working day ("HH:MM", end may be "24:00"). */
  workingHours: readonly WorkingPeriod[];
  /** Per-weekday periods, overriding workingHours on those days (an empty list: not a working day). */
  hoursByWeekday?: Partial<Record<number, readonly WorkingPeriod[]>>;
  daysOff?: readonly DayOff[];
}

/** Local calendar day: days since 1970-01-01 of the zone's wall-clock date. */
export type DayNumber = number;

// A guard against junk instants (year 0, year 9999) building tables of millions of days.
const MIN_INSTANT = Date.UTC(1990, 0, 1);
const MAX_INSTANT = Date.UTC(2200, 0, 1);
// How far ahead a deadline search may look before declaring the target unreachable.
const MAX_SEARCH_DAYS = 3 * 366;

function clampInstant(t: number): number {
  if (!Number.isFinite(t)) return t > 0 ? MAX_INSTANT : MIN_INSTANT;
  return t < MIN_INSTANT ? MIN_INSTANT : t > MAX_INSTANT ? MAX_INSTANT : t;
}

type MinutePeriod = readonly [number, number];

function toMinutePeriods(periods: readonly WorkingPeriod[] | undefined): MinutePeriod[] {
  const out: [number, number][] = [];
  for (const p of periods ?? []) {
    const s = parseHhmm(p.start);
    const e = parseHhmm(p.end);
    if (Number.isNaN(s) || Number.isNaN(e) || e <= s) continue;
    out.push([s, e]);
  }
  out.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const p of out) {
    const last = merged[merged.length - 1];
    if (last && p[0] <= last[1]) last[1] = Math.max(last[1], p[1]);
    else merged.push([p[0], p[1]]);
  }
  return merged;
}

export class BusinessCalendar {
  readonly timeZone: string;
  private readonly offsetOf: OffsetFn;
  private readonly week: MinutePeriod[][];
  private readonly daysOff: Set<DayNumber>;
  private readonly workingWeek: boolean;

  // The day table covers local days [base, base + length). Flat arrays keep the hot path allocation-free.
  private base = 0;
  private length = 0;
  private midnight: number[] = [];
  /** Working intervals of day i: intervals[starts[i] .. starts[i + 1]) as [begin, end] pairs. */
  private starts: number[] = [];
  private intervals: number[] = [];
  /** Working ms before day i (relative to the table's first day). */
  private prefix: number[] = [];
  private readonly offsetSamples = new Map<DayNumber, number>();

  constructor(options: BusinessCalendarOptions) {
    let zone = options.timeZone;
    let offsetOf: OffsetFn;
    try {
      offsetOf = zoneOffsetMs(zone);
    } catch {
      zone = 'UTC';
      offsetOf = zoneOffsetMs(zone);
    }
    this.timeZone = zone;
    this.offsetOf = offsetOf;
    const common = toMinutePeriods(options.workingHours);
    const working = new Set(options.workingDays.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6));
    this.week = [];
    for (let wd = 0; wd < 7; wd++) {
      const own = options.hoursByWeekday?.[wd];
      this.week.push(own ? toMinutePeriods(own) : working.has(wd) ? common : []);
    }
    this.workingWeek = this.week.some((p) => p.length > 0);
    this.daysOff = new Set();
    for (const off of options.daysOff ?? []) {
      const from = parseYmd(off.from);
      const to = off.to ? parseYmd(off.to) : from;
      if (Number.isNaN(from) || Number.isNaN(to)) continue;
      for (let d = from; d <= to && d - from <= 366; d++) this.daysOff.add(d);
    }
  }

  /** Whether any weekday has working hours: without them no target can ever run out. */
  get hasWorkingTime(): boolean {
    return this.workingWeek;
  }

  // ---- day table -------------------------------------------------------------------------------

  /** Offset at UTC midnight of a day number, memoised: neighbouring days share their samples. */
  private offsetSample(day: DayNumber): number {
    let o = this.offsetSamples.get(day);
    if (o === undefined) {
      o = this.offsetOf(day * DAY_MS);
      if (this.offsetSamples.size > 4096) this.offsetSamples.clear();
      this.offsetSamples.set(day, o);
    }
    return o;
  }

  private buildDay(day: DayNumber, begins: number[], ends: number[]): number {
    const wallMidnight = day * DAY_MS;
    // The local day lies within [UTC midnight of day - 1, UTC midnight of day + 2] (offsets are within
    // ±14 h). The same offset at both ends means no change in between (nearly every day), so each
    // wall time is one subtraction away; DST changes are at least months apart.
    const oBefore = this.offsetSample(day - 1);
    const oAfter = this.offsetSample(day + 2);
    const toInstant = oBefore === oAfter ? (wall: number) => wall - oBefore : (wall: number) => wallToInstant(this.offsetOf, wall);
    const periods = this.daysOff.has(day) ? [] : this.week[weekdayOfDayNum(day)];
    let total = 0;
    for (const [s, e] of periods) {
      const b = toInstant(wallMidnight + s * MINUTE_MS);
      const en = toInstant(wallMidnight + e * MINUTE_MS);
      if (en <= b) continue;
      begins.push(b);
      ends.push(en);
      total += en - b;
    }
    return toInstant(wallMidnight);
  }

  /** Makes the table cover local days [from, to]. */
  private ensureDays(from: DayNumber, to: DayNumber): void {
    if (this.length > 0 && from >= this.base && to < this.base + this.length) return;
    const newBase = this.length === 0 ? from : Math.min(from, this.base);
    const newEnd = this.length === 0 ? to : Math.max(to, this.base + this.length - 1);
    // Rebuild in one pass; growing by at least a month at a time keeps rebuilds rare.
    const lo = this.length === 0 ? newBase : Math.min(newBase, this.base - (newBase < this.base ? 31 : 0));
    const hi = this.length === 0 ? newEnd : Math.max(newEnd, this.base + this.length - 1 + (newEnd >= this.base + this.length ? 31 : 0));
    const midnight: number[] = [];
    const starts: number[] = [];
    const intervals: number[] = [];
    const prefix: number[] = [];
    let cumulative = 0;
    const begins: number[] = [];
    const ends: number[] = [];
    for (let day = lo; day <= hi; day++) {
      const i = day - this.base;
      starts.push(intervals.length);
      prefix.push(cumulative);
      if (this.length > 0 && i >= 0 && i < this.length) {
        midnight.push(this.midnight[i]);
        for (let k = this.starts[i]; k < this.starts[i + 1]; k += 2) {
          intervals.push(this.intervals[k], this.intervals[k + 1]);
          cumulative += this.intervals[k + 1] - this.intervals[k];
        }
      } else {
        begins.length = 0;
        ends.length = 0;
        midnight.push(this.buildDay(day, begins, ends));
        for (let k = 0; k < begins.length; k++) {
          intervals.push(begins[k], ends[k]);
          cumulative += ends[k] - begins[k];
        }
      }
    }
    starts.push(intervals.length);
    prefix.push(cumulative);
    // Keep positions stable: the old first day keeps its prefix value, so positions handed out
    // earlier (position()) stay comparable with later ones however the table grows.
    if (this.length > 0) {
      const shift = this.prefix[0] - prefix[this.base - lo];
      if (shift !== 0) for (let k = 0; k < prefix.length; k++) prefix[k] += shift;
    }
    this.base = lo;
    this.length = hi - lo + 1;
    this.midnight = midnight;
    this.starts = starts;
    this.intervals = intervals;
    this.prefix = prefix;
  }

  /** Table index of the local day containing instant t (t already clamped). */
  private indexOf(t: number): number {
    // The local date is the UTC date or one either side: zone offsets stay within ±14 h.
    const utcDay = Math.floor(t / DAY_MS);
    this.ensureDays(utcDay - 1, utcDay + 2);
    let i = utcDay + 1 - this.base;
    while (i > 0 && this.midnight[i] > t) i--;
    return i;
  }

  /** Working ms from the calendar's (arbitrary, fixed) origin to t. */
  private cumulativeAt(t: number): number {
    const i = this.indexOf(t);
    let worked = this.prefix[i];
    for (let k = this.starts[i]; k < this.starts[i + 1]; k += 2) {
      const b = this.intervals[k];
      if (t <= b) break;
      const e = this.intervals[k + 1];
      worked += (t < e ? t : e) - b;
    }
    return worked;
  }

  // ---- public API ------------------------------------------------------------------------------

  /** Local calendar day of instant t. */
  dayOf(t: number): DayNumber {
    return this.indexOf(clampInstant(t)) + this.base;
  }

  /** "YYYY-MM-DD" of instant t in the calendar's zone. */
  ymdOf(t: number): string {
    return dayNumToYmd(this.dayOf(t));
  }

  /** Instant of local midnight (or the first instant of the day where midnight is skipped). */
  startOfDay(day: DayNumber): number {
    this.ensureDays(day, day + 1);
    return this.midnight[day - this.base];
  }

  /** The instant the zone's wall clock shows `minutes` past midnight on a local day. */
  instantAt(day: DayNumber, minutes: number): number {
    return wallToInstant(this.offsetOf, day * DAY_MS + minutes * MINUTE_MS);
  }

  /** Working ms on a local day. */
  workOnDay(day: DayNumber): number {
    this.ensureDays(day, day);
    const i = day - this.base;
    return this.prefix[i + 1] - this.prefix[i];
  }

  isWorkingDay(day: DayNumber): boolean {
    return this.workOnDay(day) > 0;
  }

  /** Whether t falls inside a working period. */
  isWorking(t: number): boolean {
    const c = clampInstant(t);
    const i = this.indexOf(c);
    for (let k = this.starts[i]; k < this.starts[i + 1]; k += 2) if (c >= this.intervals[k] && c < this.intervals[k + 1]) return true;
    return false;
  }

  /** Working time in [from, to), ms; 0 when to <= from. */
  businessMs(from: number, to: number): number {
    if (!(to > from)) return 0;
    return this.cumulativeAt(clampInstant(to)) - this.cumulativeAt(clampInstant(from));
  }

  /**
   * Working time from a fixed origin to t, in ms: position(b) - position(a) = businessMs(a, b) for
   * a <= b. Lets a caller measure many spans that share an end (every wait ends "now") with one
   * lookup for the shared end.
   */
  position(t: number): number {
    return this.cumulativeAt(clampInstant(t));
  }

  /** t during working hours, else the start of the next working period (Infinity if there is none). */
  nextWorkingInstant(t: number): number {
    if (!this.workingWeek) return Number.POSITIVE_INFINITY;
    const c = clampInstant(t);
    let i = this.indexOf(c);
    for (let n = 0; n <= MAX_SEARCH_DAYS; n++, i++) {
      if (i >= this.length) this.ensureDays(this.base + i, this.base + i + 31);
      for (let k = this.starts[i]; k < this.starts[i + 1]; k += 2) {
        if (c < this.intervals[k]) return this.intervals[k];
        if (c < this.intervals[k + 1]) return c;
      }
    }
    return Number.POSITIVE_INFINITY;
  }

  /** The earliest instant x with businessMs(t, x) >= ms; Infinity when the calendar never gets there. */
  addBusinessMs(t: number, ms: number): number {
    if (!(ms > 0)) return t;
    if (!this.workingWeek) return Number.POSITIVE_INFINITY;
    const c = clampInstant(t);
    const startIndex = this.indexOf(c);
    const target = this.cumulativeAt(c) + ms;
    // Grow the table forward until it holds the target.
    let lastIndex = this.length - 1;
    while (this.prefix[this.length] < target) {
      if (this.length - startIndex > MAX_SEARCH_DAYS) return Number.POSITIVE_INFINITY;
      this.ensureDays(this.base + this.length, this.base + this.length + 31);
      lastIndex = this.length - 1;
    }
    // First day whose end-of-day cumulative reaches the target.
    let lo = startIndex;
    let hi = lastIndex;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.prefix[mid + 1] >= target) hi = mid;
      else lo = mid + 1;
    }
    return this.pointInDay(lo, target - this.prefix[lo]);
  }

  /**
   * n working days after t, at the same amount of working time into the day (a message that came on
   * Friday at 15:00 is due Monday at 15:00). Outside hours the clock starts at the next working
   * period, so a Saturday message with n = 1 is due at the end of Monday. A shorter target day ends
   * at its close. Fractions of a day count as that share of the landing day's working time.
   */
  addBusinessDays(t: number, n: number): number {
    if (!(n > 0)) return t;
    const whole = Math.floor(n);
    const fraction = n - whole;
    let x = clampInstant(t);
    if (whole > 0) {
      const start = this.nextWorkingInstant(x);
      if (!Number.isFinite(start)) return Number.POSITIVE_INFINITY;
      const startIndex = this.indexOf(start);
      const intoDay = this.cumulativeAt(start) - this.prefix[startIndex];
      // Walk whole working days; an offset of zero lands at the close of the day before the target.
      const landing = intoDay === 0 ? whole - 1 : whole;
      let i = startIndex;
      for (let left = landing; left > 0; ) {
        i++;
        if (i - startIndex > MAX_SEARCH_DAYS * 2) return Number.POSITIVE_INFINITY;
        if (i >= this.length) this.ensureDays(this.base + i, this.base + i + 31);
        if (this.prefix[i + 1] > this.prefix[i]) left--;
      }
      const dayWork = this.prefix[i + 1] - this.prefix[i];
      x = intoDay === 0 ? this.intervals[this.starts[i + 1] - 1] : this.pointInDay(i, Math.min(intoDay, dayWork));
    }
    if (fraction > 0) {
      const next = this.nextWorkingInstant(x);
      if (!Number.isFinite(next)) return Number.POSITIVE_INFINITY;
      x = this.addBusinessMs(x, fraction * this.workOnDay(this.dayOf(next)));
    }
    return x;
  }

  /** Instant `worked` ms of working time into day i (worked > 0, at most the day's total). */
  private pointInDay(i: number, worked: number): number {
    let left = worked;
    for (let k = this.starts[i]; k < this.starts[i + 1]; k += 2) {
      const len = this.intervals[k + 1] - this.intervals[k];
      if (left <= len) return this.intervals[k] + left;
      left -= len;
    }
    return this.intervals[this.starts[i + 1] - 1];
  }

  /** When a response target runs out for a message that arrived at `arrival`. */
  deadline(arrival: number, target: ResponseTarget): number {
    switch (target.unit) {
      case 'hours':
        return arrival + target.amount * HOUR_MS;
      case 'business-hours':
        return this.addBusinessMs(arrival, target.amount * HOUR_MS);
      case 'business-days':
        return this.addBusinessDays(arrival, target.amount);
    }
  }

  /**
   * Share of the target used by `now`: 0 = clock not started, 1 = due now, above 1 = late. Business
   * targets compare working time, calendar targets calendar time. `due` is the deadline, if known.
   */
  targetProgress(arrival: number, now: number, target: ResponseTarget, due: number = this.deadline(arrival, target)): number {
    if (target.unit === 'hours') return (now - arrival) / (target.amount * HOUR_MS);
    if (!Number.isFinite(due)) return 0;
    const allowed = this.businessMs(arrival, due);
    if (allowed <= 0) return now >= due ? 1 : 0;
    return this.businessMs(arrival, now) / allowed;
  }

  /**
   * The first `count` working days from the day of t on (the day of t included when it is a working
   * day), as local day numbers. "Due in the next two working days" is any day up to the last of them.
   */
  workingDaysFrom(t: number, count: number): DayNumber[] {
    const out: DayNumber[] = [];
    if (!this.hasWorkingTime) return out;
    let day = this.dayOf(t);
    for (let guard = 0; out.length < count && guard < MAX_SEARCH_DAYS; guard++, day++) if (this.isWorkingDay(day)) out.push(day);
    return out;
  }

  /** Typical working ms per working day (the most common one), to express business time in days. */
  typicalWorkdayMs(): number {
    const counts = new Map<number, number>();
    for (const periods of this.week) {
      const total = periods.reduce((sum, [s, e]) => sum + (e - s) * MINUTE_MS, 0);
      if (total > 0) counts.set(total, (counts.get(total) ?? 0) + 1);
    }
    let best = 0;
    let bestCount = 0;
    for (const [total, count] of counts) if (count > bestCount || (count === bestCount && total > best)) [best, bestCount] = [total, count];
    return best || DAY_MS;
  }
}

/** Day number of "YYYY-MM-DD" (NaN when invalid), for comparing with BusinessCalendar.dayOf. */
export function dayNumber(ymd: string): DayNumber {
  return parseYmd(ymd);
}

export { dayNumToYmd as ymdOfDayNumber };

const calendarCache = new WeakMap<object, { zone: string; calendar: BusinessCalendar }>();

/** The calendar for a settings object, built once per object (settings are replaced, never mutated). */
export function businessCalendarFromSettings(settings: Pick<Settings, 'timeZone' | 'workingDays' | 'workingHours' | 'daysOff'>): BusinessCalendar {
  const zone = resolveTimeZone(settings);
  const cached = calendarCache.get(settings);
  if (cached && cached.zone === zone) return cached.calendar;
  const calendar = new BusinessCalendar({ timeZone: zone, workingDays: settings.workingDays, workingHours: settings.workingHours, daysOff: settings.daysOff });
  calendarCache.set(settings, { zone, calendar });
  return calendar;
}

/**
 * Compact wait for a badge (at most 4 characters): "0m", "45m", "3h", "2d", "12w". `dayMs` is how
 * long a day is in the unit being shown: 24 h for calendar time, a working day for business time.
 */
export function formatWaitCompact(ms: number, dayMs: number = DAY_MS): string {
  const safe = Number.isFinite(ms) && ms > 0 ? ms : 0;
  if (safe < HOUR_MS) return `${Math.floor(safe / MINUTE_MS)}m`;
  if (safe < dayMs) return `${Math.floor(safe / HOUR_MS)}h`;
  const days = Math.floor(safe / dayMs);
  if (days < 100) return `${days}d`;
  const weeks = Math.floor(days / 7);
  return weeks < 1000 ? `${weeks}w` : '999w';
}
