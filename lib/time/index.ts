/** Business-time arithmetic and zone offsets; see ./business-time.ts for the API. */
export { BusinessCalendar, businessCalendarFromSettings, dayNumber, formatWaitCompact, ymdOfDayNumber, type BusinessCalendarOptions, type DayNumber } from './business-time';
export { DAY_MS, HOUR_MS, MINUTE_MS, wallToInstant, zoneOffsetMs, type OffsetFn } from './zone';
