/**
 * Time-zone offsets from `Intl.DateTimeFormat` alone (no tz database shipped), and wall-clock times
 * turned into instants the way calendars do it:
 *
 *   zoneOffsetMs(zone)(t)            offset of zone at instant t, in ms (Riga in summer: +3 h)
 *   wallToInstant(offsetOf, wallMs)  "2026-03-29 03:30 in Riga" (given as the UTC ms of those wall
 *                                    digits) -> instant. A wall time skipped by a DST change moves
 *                                    forward by the gap (03:30 -> 04:30); a repeated one takes the
 *                                    earlier instant. This is what Temporal calls "compatible".
 *
 * All instants are epoch milliseconds (numbers) because the ledger does this for thousands of threads.
 */

export type OffsetFn = (instant: number) => number;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const offsetFns = new Map<string, OffsetFn>();

/** Throws RangeError for a zone the runtime does not know: callers validate zones in settings. */
export function zoneOffsetMs(timeZone: string): OffsetFn {
  const cached = offsetFns.get(timeZone);
  if (cached) return cached;
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  const offsetOf: OffsetFn = (instant) => {
    let y = 1970;
    let mo = 1;
    let d = 1;
    let h = 0;
    let mi = 0;
    let s = 0;
    for (const part of format.formatToParts(instant)) {
      switch (part.type) {
        case 'year':
          y = +part.value;
          break;
        case 'month':
          mo = +part.value;
          break;
        case 'day':
          d = +part.value;
          break;
        case 'hour':
          h = +part.value % 24;
          break;
        case 'minute':
          mi = +part.value;
          break;
        case 'second':
          s = +part.value;
          break;
      }
    }
    const wall = Date.UTC(y, mo - 1, d, h, mi, s);
    // The formatter drops milliseconds, so compare against the instant truncated to the second.
    return wall - (instant - (((instant % 1000) + 1000) % 1000));
  };
  if (offsetFns.size > 32) offsetFns.clear();
  offsetFns.set(timeZone, offsetOf);
  return offsetOf;
}

/**
 * The instant at which the wall clock of a zone shows `wallMs` (the wall time's digits read as UTC).
 * Offsets a day either side bracket any single DST change, so the two candidates cover every case.
 */
export function wallToInstant(offsetOf: OffsetFn, wallMs: number): number {
  const before = offsetOf(wallMs - DAY_MS);
  const after = offsetOf(wallMs + DAY_MS);
  if (before === after) {
    const t = wallMs - before;
    if (offsetOf(t) === before) return t;
    // Two changes within two days (never seen in practice): trust the offset at the guess.
    return wallMs - offsetOf(t);
  }
  const early = wallMs - before;
  const late = wallMs - after;
  const earlyValid = offsetOf(early) === before;
  const lateValid = offsetOf(late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  // Skipped wall time: read it with the offset in force before the change, which lands past the gap.
  return early;
}
