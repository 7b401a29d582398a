/**
 * Calendar arithmetic on "YYYY-MM-DD" strings and day numbers (days since 1970-01-01, UTC-based so
 * no DST ever shifts a day), plus the one place that turns an instant into a wall-clock date.
 */

export interface LocalDate {
  y: number;
  m: number;
  d: number;
  /** 0 = Sunday .. 6 = Saturday */
  weekday: number;
  hh: number;
  mm: number;
}

const MS_DAY = 86_400_000;
const YMD_RE = /^(-?\d{1,6})-(\d{1,2})-(\d{1,2})$/;

// Formatters are expensive to build (~50 µs); one per zone keeps findDates cheap.
const fmtCache = new Map<string, Intl.DateTimeFormat>();
const FMT_OPTS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
  era: 'short', // so years before 1 AD come out unambiguous instead of silently positive
};

function formatter(timeZone: string): Intl.DateTimeFormat {
  const key = typeof timeZone === 'string' ? timeZone : 'UTC';
  let f = fmtCache.get(key);
  if (f) return f;
  try {
    f = new Intl.DateTimeFormat('en-US', { ...FMT_OPTS, timeZone: key });
  } catch {
    // Unknown zone: the caller still gets a sensible answer instead of an exception.
    f = fmtCache.get('UTC') ?? new Intl.DateTimeFormat('en-US', { ...FMT_OPTS, timeZone: 'UTC' });
  }
  // Junk zone names must not grow the cache without bound.
  if (fmtCache.size > 64) fmtCache.clear();
  fmtCache.set(key, f);
  return f;
}

// formatToParts costs ~15 µs, more than the rest of a sentence's date scan; the analyser asks for the
// same `now` once per sentence, so the last answers are kept.
const localCache = new Map<string, LocalDate>();

/** Wall-clock date and time of `instant` in `timeZone` (falls back to UTC for an unknown zone). */
export function localDate(instant: Date, timeZone: string): LocalDate {
  let t = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(t)) t = 0;
  const key = t + ' ' + timeZone;
  const hit = localCache.get(key);
  if (hit) return { ...hit };
  const l = computeLocalDate(t, timeZone);
  if (localCache.size >= 128) localCache.clear();
  localCache.set(key, l);
  return { ...l };
}

function computeLocalDate(t: number, timeZone: string): LocalDate {
  let y = 1970;
  let m = 1;
  let d = 1;
  let hh = 0;
  let mm = 0;
  let bc = false;
  for (const p of formatter(timeZone).formatToParts(t)) {
    switch (p.type) {
      case 'year':
        y = parseInt(p.value, 10);
        break;
      case 'month':
        m = parseInt(p.value, 10);
        break;
      case 'day':
        d = parseInt(p.value, 10);
        break;
      case 'hour':
        hh = parseInt(p.value, 10) % 24;
        break;
      case 'minute':
        mm = parseInt(p.value, 10);
        break;
      case 'era':
        bc = p.value.startsWith('B');
        break;
    }
  }
  if (bc) y = 1 - y;
  return { y, m, d, weekday: weekdayOfDayNum(dayNum(y, m, d)), hh, mm };
}

/** "YYYY-MM-DD" of an instant in a zone, or of a y/m/d triple. */
export function ymd(instant: Date, timeZone: string): string;
export function ymd(y: number, m: number, d: number): string;
export function ymd(a: Date | number, b: string | number, c?: number): string {
  if (a instanceof Date) {
    const l = localDate(a, typeof b === 'string' ? b : 'UTC');
    return fmtYmd(l.y, l.m, l.d);
  }
  return dayNumToYmd(dayNum(a, Number(b), c ?? 1));
}

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function fmtYmd(y: number, m: number, d: number): string {
  const ys = y < 0 ? '-' + String(-y).padStart(4, '0') : String(y).padStart(4, '0');
  return ys + '-' + pad2(m) + '-' + pad2(d);
}

/** Days since 1970-01-01 for a proleptic Gregorian date; out-of-range m/d roll over like Date.UTC. */
export function dayNum(y: number, m: number, d: number): number {
  const dt = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
  dt.setUTCFullYear(y, m - 1, d);
  return Math.round(dt.getTime() / MS_DAY);
}

export function dayNumToYmd(n: number): string {
  const dt = new Date(n * MS_DAY);
  if (Number.isNaN(dt.getTime())) return '1970-01-01';
  return fmtYmd(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function dayNumParts(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * MS_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function weekdayOfDayNum(n: number): number {
  // 1970-01-01 was a Thursday.
  return (((n + 4) % 7) + 7) % 7;
}

/** Day number of a "YYYY-MM-DD" string, or NaN when it is not one. */
export function parseYmd(s: string): number {
  const m = typeof s === 'string' ? YMD_RE.exec(s) : null;
  if (!m) return Number.NaN;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return Number.NaN;
  return dayNum(y, mo, d);
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Calendar-day arithmetic; an unparseable date comes back unchanged rather than throwing. */
export function addDays(ymdStr: string, n: number): string {
  const base = parseYmd(ymdStr);
  if (Number.isNaN(base) || !Number.isFinite(n)) return ymdStr;
  return dayNumToYmd(base + Math.trunc(n));
}

/** 0 = Sunday .. 6 = Saturday; NaN for an invalid date. */
export function weekdayOf(ymdStr: string): number {
  const n = parseYmd(ymdStr);
  return Number.isNaN(n) ? Number.NaN : weekdayOfDayNum(n);
}

/**
 * Moves n working days (negative: backwards), never landing on a weekend day. n = 0 returns the
 * date unchanged even if it is a weekend day: "0 days from now" is now.
 */
export function addWorkingDays(ymdStr: string, n: number, weekend: number[] = [0, 6]): string {
  const base = parseYmd(ymdStr);
  if (Number.isNaN(base) || !Number.isFinite(n)) return ymdStr;
  return dayNumToYmd(addWorkingDayNum(base, Math.trunc(n), weekend));
}

export function addWorkingDayNum(base: number, n: number, weekend: readonly number[] = [0, 6]): number {
  const off = new Array<boolean>(7).fill(false);
  let offCount = 0;
  for (const w of Array.isArray(weekend) ? weekend : []) {
    const i = Math.trunc(w);
    if (i >= 0 && i <= 6 && !off[i]) {
      off[i] = true;
      offCount++;
    }
  }
  // A week of nothing but weekend would never terminate; fall back to calendar days.
  if (offCount >= 7) return base + n;
  if (n === 0) return base;
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  const perWeek = 7 - offCount;
  // Any 7 consecutive days hold exactly perWeek working days, so whole weeks can be skipped in O(1).
  const weeks = Math.floor((left - 1) / perWeek);
  let t = base + step * 7 * weeks;
  left -= weeks * perWeek;
  while (left > 0) {
    t += step;
    if (!off[weekdayOfDayNum(t)]) left--;
  }
  return t;
}

/** Adds months keeping the day where possible (Jan 31 + 1 month = Feb 28/29). */
export function addMonthsDayNum(base: number, months: number): number {
  const { y, m, d } = dayNumParts(base);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12 + 12) % 12 + 1;
  return dayNum(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Western (Gregorian) Easter Sunday, Meeus/Jones/Butcher. */
export function easterDayNum(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNum(y, month, day);
}

/** Orthodox Easter: Julian computus shifted to the Gregorian calendar (+13 days, valid 1900–2099). */
export function orthodoxEasterDayNum(y: number): number {
  const a = y % 4;
  const b = y % 7;
  const c = y % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  return dayNum(y, month, day) + 13;
}

/** The n-th (1-based) given weekday of a month; n = -1 for the last one. */
export function nthWeekdayDayNum(y: number, m: number, weekday: number, n: number): number {
  if (n < 0) {
    const last = dayNum(y, m, daysInMonth(y, m));
    return last - ((weekdayOfDayNum(last) - weekday + 7) % 7);
  }
  const first = dayNum(y, m, 1);
  return first + ((weekday - weekdayOfDayNum(first) + 7) % 7) + 7 * (n - 1);
}
