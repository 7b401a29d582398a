/** Languages Candor analyses. */
export type Lang = 'en' | 'ru' | 'uk' | 'pl' | 'lv';
export const LANGS: readonly Lang[] = ['en', 'ru', 'uk', 'pl', 'lv'];

/** Where "now" is, for resolving relative expressions ("tomorrow", "до пятницы"). */
export interface DateContext {
  /** The instant the text is read at. */
  now: Date;
  /** IANA time zone the writer lives in, e.g. "Europe/Riga". */
  timeZone: string;
  /** First day of the week: 1 = Monday (default), 0 = Sunday. */
  weekStart: 0 | 1;
}

/** A time expression found in text, resolved to the calendar. */
export interface DateMention {
  /** UTF-16 offsets into the text given to findDates. */
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  /** Resolved calendar day in the context's time zone, "YYYY-MM-DD". */
  date: string;
  /** "HH:MM" (24 h) when the expression names a time of day. */
  time?: string;
  /**
   * What kind of expression it was: a weekday, a calendar date, a relative day (today, tomorrow),
   * a period (next week, end of month: `date` is the period's last day when `deadline`, else its first),
   * a span from now (within 48 hours), a bare time, or "now" (right away, immediately).
   */
  kind: 'weekday' | 'calendar' | 'relative-day' | 'period' | 'span' | 'time' | 'now';
  /** True when a deadline preposition governs it: by / until / before, до / к, do / na, līdz. */
  deadline: boolean;
  /**
   * True when the day is in the past: the expression says so (yesterday, last week, вчера, a past
   * year) or its clause is past tense ("I sent it on Monday").
   */
  past: boolean;
}
