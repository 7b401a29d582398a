export type { DateContext, DateMention, Lang } from './types';
export { LANGS } from './types';
export { findDates } from './find';
export { formatDay } from './format';
export { addDays, addWorkingDays, localDate, weekdayOf, ymd, type LocalDate } from './calendar';
