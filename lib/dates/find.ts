/**
 * Finder and resolver of time expressions.
 *
 * Design: the text is tokenized once (one precompiled regex), then a left-to-right scan tries, at
 * each token, a fixed set of small recursive-descent parsers that look ahead a bounded number of
 * tokens through Map/trie look-ups. Work per token is bounded, so the whole scan is linear and no
 * regex is built or run per call beyond the tokenizer. The longest parse at the leftmost position
 * wins and the scan resumes after it, which makes the output sorted and non-overlapping.
 *
 * Resolution rules (documented choices):
 * - A bare weekday is the next one after today: written on a Friday, "by Friday" / "в пятницу" is
 *   next week's Friday (a writer who means today says "today"). "this X" is the next one on or
 *   after today, so "this Friday" on a Friday is today. "next X" is X in the week after the current
 *   one (weeks start on ctx.weekStart). "last X" / past markers: the most recent X strictly before
 *   today.
 * - A date without a year is the next occurrence on or after today (previous one after a past
 *   marker such as "since"). Two-digit years are 20YY. Explicit years in the past set `past`.
 * - A weekday or date that the phrase leaves open goes back to its latest occurrence when its
 *   clause is in the past tense ("I sent it on Monday", "Счёт я отправил в пятницу"; see tense.ts),
 *   unless a deadline preposition governs it.
 * - Periods: `date` is the first day (today for the current period) unless a deadline preposition
 *   or "end of" governs it, then the last day. Weeks end on their Friday (the working week), so
 *   "by end of week" / EOW / "к концу недели" is that Friday; on a weekend it is the coming Friday.
 *   End of day / EOD / COB is today at 17:00. "by March" is 31 March (period end), "in March" the 1st.
 * - A time alone resolves to today, even if that time has already passed.
 * - English hours 1–6 without am/pm ("at 4:30", "tomorrow at 5") read as afternoon (business
 *   hours); "04:30" with a leading zero stays 04:30. "Midnight" is 23:59 of that day.
 * - Spans: "in/within N units" is now + N (upper bound of a range: "4-6 more hours" = 6 hours).
 *   "within" and its equivalents (в течение, протягом, w ciągu, laikā) also set `deadline`.
 * - A part of today named alone ("вечером", "до обеда", "rano", "pēc pusdienām") is today at a clock
 *   time for it (morning 09:00, noon 12:00, afternoon 14:00, evening 18:00). Once that part is over a
 *   promise means tomorrow's ("пришлю утром" written at 15:00); in a past clause a part not yet begun
 *   is yesterday's. In a sentence about habits ("вечером я обычно не работаю", "даже в выходные",
 *   "по выходным") neither a part of day nor a bare weekend names a day.
 * - "за апрель", "za październik", "par augustu" name the month a thing covers: the latest one begun,
 *   marked past. The middle of a period ("к середине июня", "do połowy stycznia") is its 15th, a
 *   week's Wednesday, a year's 1 July. Working hours "с 9 до 18" resolve to today at the start.
 * - A deadline on a moving holiday (Easter, Black Friday) that passed in the last 92 days is that
 *   one, missed, not next year's.
 * - "At once" (сразу, od razu, uzreiz) timed by an event ("как только придёт — сразу сообщим") or a
 *   habit is no date.
 * - Russian and Ukrainian typed in Latin letters ("zavtra", "do pyatnitsy", "v ponedilok") are
 *   detected as English, Polish or Latvian: for those a second pass reads them with their own words.
 */
import {
  addMonthsDayNum,
  addWorkingDayNum,
  dayNum,
  dayNumParts,
  dayNumToYmd,
  daysInMonth,
  easterDayNum,
  localDate,
  nthWeekdayDayNum,
  orthodoxEasterDayNum,
  pad2,
} from './calendar';
import {
  AMOUNT_WORDS,
  dateLexicon,
  startersOf,
  translitLexicon,
  translitStarters,
  type Starters,
  type Holiday,
  type HourNumV,
  type Lex,
  type PeriodUnit,
  type PrepV,
  type SpanUnit,
  type Which,
} from './lexicon';
import { tokenize, NUM, PUNCT, WORD, type Tok } from './tokenize';
import { pastClause } from './tense';
import { trieMatch } from './trie';
import type { DateContext, DateMention, Lang } from './types';

type Kind = DateMention['kind'];
type Ap = 'am' | 'pm' | 'night';

/** A parse: token range end, resolved day (day number) and flags. */
interface Res {
  end: number;
  kind: Kind;
  day: number;
  /** Minutes since midnight. */
  time?: number;
  deadline: boolean;
  past: boolean;
  /** Names one day, so a time may follow ("Friday at 5"). */
  precise: boolean;
  /** Part of day it implies, to read a following bare hour ("tonight at 8"). */
  dp?: Ap;
  /**
   * The day is the next occurrence only because nothing in the phrase said which ("on Monday",
   * "May 4", "the 14th"): the clause's tense may still send it back.
   */
  ahead?: boolean;
  /** A locative after "na" names where, not by when: pl "na wtorkowym spotkaniu", "na majówce". */
  noDl?: boolean;
}

/** What the prepositions in front of a core said. */
interface PC {
  dl: boolean;
  time: boolean;
  year: boolean;
  past: boolean;
  loc: boolean;
  any: boolean;
  /** Last word of the last preposition, for word-specific rules ("do północy"). */
  w: string;
  /** A bare hour may follow ("к 18", "о 10"): how strictly (PrepV.hour). */
  hour?: 'loose' | 'strict';
  /** Opens a range of hours ("с 9 до 18"). */
  from?: boolean;
  /** Names the period a thing covers ("за апрель"). */
  covered?: boolean;
}
const NO_PC: PC = { dl: false, time: false, year: false, past: false, loc: false, any: false, w: '' };
const PAST_PC: PC = { ...NO_PC, past: true };

interface P {
  toks: Tok[];
  n: number;
  lx: Lex;
  en: boolean;
  today: number;
  /** Weekday of today, 0 = Sunday. */
  wd: number;
  y: number;
  m: number;
  ws: 0 | 1;
  nowMs: number;
  tz: string;
  /** Local wall-clock minutes since midnight. */
  min: number;
  starters: Starters;
}

const EOD = 17 * 60;
const MAX_DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DASHES = new Set(['-', '–', '—', '‒', '−']);
// Glued to the left of a number these make it part of something else: "v1.2", "$14", "#12", "1.12.3".
const LEFT_BAD = new Set(['.', ',', ':', '/', '-', '+', '$', '€', '£', '#', '№', '%', '^', '=', '_', '\\', '&', '*', '×']);
const LEFT_BAD_SPACED = new Set(['$', '€', '£', '#', '№']);
// "the 21st century" is not a date.
const THE_NTH_BLOCK = new Set(
  'century centuries floor place anniversary birthday time times row grade round edition amendment percentile street avenue ave st minute hour day week month year person caller customer attempt version item line page chapter episode season term generation power position rank spot'.split(
    ' ',
  ),
);
// Words that may follow "in 2005" without making it an amount ("in 2000 cases").
const YEAR_NEXT_OK = new Set(
  'and or but when we i you they he she it the our my to for at on in with as so then there this that which after before is was will would because while until through onwards onward already yet if unless please a an too also'.split(
    ' ',
  ),
);

// ------------------------------------------------------------------ token helpers

/** The parse reaching further; the earlier one wins a tie (parsers are tried in priority order). */
function longer<T extends { end: number }>(a: T | null, b: T | null): T | null {
  return b && (!a || b.end > a.end) ? b : a;
}

function wordAt(p: P, k: number): string {
  return k < p.n && p.toks[k].t === WORD ? p.toks[k].low : '';
}
/** How many tokens from k (one word, or two: "pirmajā pusē") make an entry of `tails`; 0 for none. */
function tailLength(p: P, k: number, tails: Set<string>): number {
  const first = wordAt(p, k);
  if (!first) return 0;
  if (tails.has(first)) return 1;
  const second = brk(p, k + 1) ? '' : wordAt(p, k + 1);
  return second && tails.has(`${first} ${second}`) ? 2 : 0;
}
function punct(p: P, k: number, ch: string): boolean {
  return k < p.n && p.toks[k].t === PUNCT && p.toks[k].low === ch;
}
/** Token k touches the token before it. */
function glued(p: P, k: number): boolean {
  return k > 0 && k < p.n && !p.toks[k].gap;
}
/** Nothing more on this line. */
function brk(p: P, k: number): boolean {
  return k >= p.n || p.toks[k].nl;
}
function numTok(p: P, k: number, maxLen: number): number {
  if (k >= p.n) return -1;
  const t = p.toks[k];
  return t.t === NUM && t.low.length <= maxLen ? parseInt(t.low, 10) : -1;
}
function gluedNum(p: P, k: number): boolean {
  return k < p.n && p.toks[k].t === NUM && !p.toks[k].gap;
}
function sentenceStart(p: P, k: number): boolean {
  if (k === 0 || p.toks[k].nl) return true;
  const prev = p.toks[k - 1];
  return prev.t === PUNCT && (prev.low === '.' || prev.low === '!' || prev.low === '?' || prev.low === '…');
}

/** The number at j is not glued to something that makes it a price, version or decimal. */
function leftOk(p: P, j: number): boolean {
  if (j === 0) return true;
  const t = p.toks[j];
  const prev = p.toks[j - 1];
  if (t.gap) return !(prev.t === PUNCT && LEFT_BAD_SPACED.has(prev.low));
  if (prev.t !== PUNCT) return false;
  return !LEFT_BAD.has(prev.low);
}

/** What follows a numeric construct ending before k does not extend it into another number or amount. */
function rightOk(p: P, k: number): boolean {
  if (k >= p.n) return true;
  const t = p.toks[k];
  if (AMOUNT_WORDS.has(t.low) && !t.nl) return false;
  if (t.gap) return true;
  if (t.t !== PUNCT) return false;
  if (t.low === '%' || t.low === '‰' || t.low === '°') return false;
  if ((t.low === '.' || t.low === ',' || t.low === ':' || t.low === '/') && gluedNum(p, k + 1)) return false;
  return true;
}

function mergePc(prev: PC, v: PrepV, w: string): PC {
  return {
    dl: prev.dl || !!v.dl,
    time: !!v.time,
    year: !!v.year,
    past: prev.past || !!v.past,
    loc: !!v.loc,
    any: true,
    w,
    hour: v.hour,
    from: !!v.from,
    covered: !!v.covered,
  };
}

// ------------------------------------------------------------------ calendar resolution

function weekStart(p: P): number {
  return p.today - ((p.wd - p.ws + 7) % 7);
}

function resolveWeekday(p: P, wd: number, which: Which | null, past: boolean): number {
  if (which === 'next') return weekStart(p) + 7 + ((wd - p.ws + 7) % 7);
  if (past || which === 'last') {
    const back = (p.wd - wd + 7) % 7;
    return p.today - (back === 0 ? 7 : back);
  }
  const ahead = (wd - p.wd + 7) % 7;
  // Naming today's weekday instead of saying "today" points at the next one: "до понедельника" written
  // on a Monday is next Monday. Only "this Friday" on a Friday keeps today.
  return p.today + (ahead === 0 && which !== 'this' ? 7 : ahead);
}

/** Next (or, when past, latest) occurrence of month/day relative to today. */
function nextMonthDay(p: P, m: number, d: number, past: boolean): number {
  let yy = p.y;
  for (let i = 0; i < 9; i++, yy += past ? -1 : 1) {
    if (d > daysInMonth(yy, m)) continue; // 29 February waits for a leap year
    const c = dayNum(yy, m, d);
    if (past ? c <= p.today : c >= p.today) return c;
  }
  return dayNum(p.y, m, Math.min(d, daysInMonth(p.y, m)));
}

/** "the 14th": this month if still ahead, else the next month that has that day. */
function nextDayOfMonth(p: P, d: number, past: boolean): number {
  let y = p.y;
  let m = p.m;
  for (let i = 0; i < 14; i++) {
    if (d <= daysInMonth(y, m)) {
      const c = dayNum(y, m, d);
      if (past ? c <= p.today : c >= p.today) return c;
    }
    m += past ? -1 : 1;
    if (m > 12) {
      m = 1;
      y++;
    } else if (m < 1) {
      m = 12;
      y--;
    }
  }
  return p.today;
}

function calRes(p: P, end: number, y: number | undefined, m: number, d: number, pc: PC): Res | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= MAX_DAYS[m])) return null;
  if (y !== undefined) {
    if (d > daysInMonth(y, m)) return null;
    const day = dayNum(y, m, d);
    return { end, kind: 'calendar', day, deadline: false, past: day < p.today, precise: true };
  }
  return { end, kind: 'calendar', day: nextMonthDay(p, m, d, pc.past), deadline: false, past: pc.past, precise: true, ahead: !pc.past };
}

/** [first day, last day] of a period relative to today. */
function periodRange(p: P, unit: PeriodUnit, which: Which): [number, number] {
  const off = which === 'next' ? 1 : which === 'last' ? -1 : 0;
  switch (unit) {
    case 'day':
      return [p.today, p.today];
    case 'week': {
      const base = weekStart(p) + 7 * off;
      let fri = base + ((5 - p.ws + 7) % 7);
      if (which === 'this') {
        // On a weekend "this week" / "end of the week" already means the coming working week.
        if (fri < p.today) fri += 7;
        return [p.today, fri];
      }
      return [base, fri];
    }
    case 'weekend': {
      let sat = p.wd === 0 ? p.today - 1 : p.today + ((6 - p.wd + 7) % 7);
      sat += 7 * off;
      return which === 'this' ? [Math.max(sat, p.today), sat + 1] : [sat, sat + 1];
    }
    case 'month': {
      const first = addMonthsDayNum(dayNum(p.y, p.m, 1), off);
      const { y, m } = dayNumParts(first);
      const last = dayNum(y, m, daysInMonth(y, m));
      return which === 'this' ? [p.today, last] : [first, last];
    }
    case 'quarter': {
      const qm = Math.floor((p.m - 1) / 3) * 3 + 1;
      const first = addMonthsDayNum(dayNum(p.y, qm, 1), 3 * off);
      const last = addMonthsDayNum(first, 3) - 1;
      return which === 'this' ? [p.today, last] : [first, last];
    }
    case 'year': {
      const y = p.y + off;
      return [which === 'this' ? p.today : dayNum(y, 1, 1), dayNum(y, 12, 31)];
    }
  }
}

function monthRange(p: P, m: number, y: number | undefined, which: Which | null, past: boolean): [number, number, boolean] {
  let yy: number;
  const back = which === 'last' || past;
  if (y !== undefined) yy = y;
  else if (back) yy = m < p.m ? p.y : p.y - 1;
  else if (which === 'next') yy = m > p.m ? p.y : p.y + 1;
  else yy = m >= p.m ? p.y : p.y + 1;
  let s = dayNum(yy, m, 1);
  const e = dayNum(yy, m, daysInMonth(yy, m));
  if (!back && s <= p.today && p.today <= e) s = p.today;
  return [s, e, e < p.today];
}

function seasonRange(p: P, sm: number, which: Which | null, past: boolean): [number, number, boolean] {
  // Day 0 of the month after the season = its last day; dayNum rolls months over into the next year.
  const occ = (Y: number): [number, number] => [dayNum(Y, sm, 1), dayNum(Y, sm + 3, 0)];
  let Y = p.y - 1;
  while (occ(Y)[1] < p.today) Y++;
  const back = which === 'last' || past;
  if (which === 'next') Y++;
  else if (back) Y--;
  let [s, e] = occ(Y);
  if (!back && s < p.today) s = p.today;
  return [s, e, e < p.today];
}

function holidayDay(h: Holiday, y: number): number {
  switch (h) {
    case 'xmas':
      return dayNum(y, 12, 25);
    case 'xmasEve':
      return dayNum(y, 12, 24);
    case 'oXmas':
      return dayNum(y, 1, 7);
    case 'ny':
      return dayNum(y, 1, 1);
    case 'nye':
      return dayNum(y, 12, 31);
    case 'easter':
      return easterDayNum(y);
    case 'easterMon':
      return easterDayNum(y) + 1;
    case 'oEaster':
      return orthodoxEasterDayNum(y);
    case 'memorial':
      return nthWeekdayDayNum(y, 5, 1, -1);
    case 'thanks':
      return nthWeekdayDayNum(y, 11, 4, 4);
    case 'labor':
      return nthWeekdayDayNum(y, 9, 1, 1);
    case 'halloween':
      return dayNum(y, 10, 31);
    case 'valentine':
      return dayNum(y, 2, 14);
    case 'jani':
      return dayNum(y, 6, 24);
    case 'ligo':
      return dayNum(y, 6, 23);
    case 'mothers':
      return nthWeekdayDayNum(y, 5, 0, 2);
    case 'fathers':
      return nthWeekdayDayNum(y, 6, 0, 3);
    case 'mayDay':
      return dayNum(y, 5, 1);
    case 'blackFriday':
      return nthWeekdayDayNum(y, 11, 4, 4) + 1;
    case 'cyberMonday':
      return nthWeekdayDayNum(y, 11, 4, 4) + 4;
  }
}

// ------------------------------------------------------------------ day parsers

function weekdayCore(p: P, j: number, pc: PC): Res | null {
  const { toks, lx } = p;
  let k = j;
  let which: Which | null = null;
  const mh = trieMatch(lx.mods, toks, j);
  if (mh) {
    which = mh.val.w;
    k = mh.end;
  }
  if (k >= p.n || toks[k].t !== WORD || (k > j && toks[k].nl)) return null;
  const w = toks[k].low;
  const wd = lx.weekdays.get(w);
  if (wd === undefined) return null;
  let end = k + 1;
  let dot = false;
  if (lx.wdAbbr.has(w) && punct(p, end, '.') && glued(p, end)) {
    end++;
    dot = true;
  }
  if (!which && lx.weakWeekdays.has(w)) {
    // "sun", "sat", "wed" are words; ru "в среде" is "in an environment".
    // A dot only marks an abbreviation when no new sentence starts after it ("the sun. Then").
    const abbrDot = dot && !brk(p, end) && !toks[end].cap && toks[end].t !== PUNCT;
    const article = k > 0 && (toks[k - 1].low === 'the' || toks[k - 1].low === 'a');
    // ru/uk "в" + locative "среде" is "in an environment"; an abbreviation ("в пт") has no case.
    let ok = p.en ? !article && (abbrDot || pc.any || (toks[k].cap && !sentenceStart(p, k))) : pc.any && (!pc.loc || lx.wdAbbr.has(w));
    // "sat evening", "Wed morning": a part of day after it leaves only the weekday reading.
    if (!ok && !article) ok = followedByDateOrTime(p, end) || (!brk(p, end) && !!trieMatch(lx.dpDate, toks, end));
    if (!ok) return null;
  }
  const past = which === 'last' || pc.past;
  let r: Res = { end, kind: 'weekday', day: resolveWeekday(p, wd, which, past), deadline: false, past, precise: true, ahead: !which && !past };
  if (plLocative(p, w)) r.noDl = true;
  // A calendar date right after the weekday decides the day: "Monday, March 18, 2002".
  let q = end;
  if (punct(p, q, ',')) q++;
  if (!brk(p, q)) {
    const c = calendarCore(p, q, { ...pc, any: true }, true);
    if (c) return c;
  }
  // "Friday next week", "в пятницу на следующей неделе", "piektdien nākamnedēļ".
  if (!which && !brk(p, end)) {
    const wr = weekRef(p, end);
    if (wr) r = { ...r, end: wr.end, day: wr.base + ((wd - p.ws + 7) % 7), past: wr.past, ahead: false };
  }
  return r;
}

function weekRef(p: P, k: number): { end: number; base: number; past: boolean } | null {
  const { toks, lx } = p;
  let q = k;
  const ph = trieMatch(lx.preps, toks, q);
  if (ph && !brk(p, ph.end)) q = ph.end;
  let which: Which | null = null;
  let end = -1;
  const sh = trieMatch(lx.singles, toks, q);
  if (sh && sh.val.u === 'week' && !sh.val.end) {
    which = sh.val.w;
    end = sh.end;
  } else {
    const mh = trieMatch(lx.mods, toks, q);
    if (mh && !mh.val.wdOnly && !brk(p, mh.end)) {
      const nh = trieMatch(lx.nouns, toks, mh.end);
      if (nh && nh.val.u === 'week' && !nh.val.endOnly) {
        which = mh.val.w;
        end = nh.end;
      }
    }
  }
  if (!which) return null;
  const base = weekStart(p) + (which === 'next' ? 7 : which === 'last' ? -7 : 0);
  return { end, base, past: which === 'last' };
}

function followedByDateOrTime(p: P, k: number): boolean {
  let q = k;
  if (punct(p, q, ',')) q++;
  if (brk(p, q) || p.toks[q].t !== NUM) return false;
  return !!(numericDate(p, q, NO_PC) || dayMonth(p, q, NO_PC) || timeCore(p, q, NO_PC, undefined));
}

function relCore(p: P, j: number, pc: PC): Res | null {
  const { toks, lx } = p;
  const h = trieMatch(lx.rel, toks, j);
  if (!h) return null;
  const v = h.val;
  if (v.preps && !(pc.any && v.preps.has(pc.w))) return null;
  // pl "na wczoraj" is "urgently" ("zrobimy na wczoraj"), unless a past clause promised it for yesterday.
  if (lx.lang === 'pl' && toks[j].low === 'wczoraj' && j > 0 && toks[j - 1].low === 'na' && !toks[j].nl && !plPastBefore(p, j - 1)) return null;
  if (v.plainOnly && !plainPartOk(p, j, h.end)) return null;
  const base: Res = { end: h.end, kind: 'relative-day', day: p.today + v.off, deadline: !!v.dl, past: !!v.past, precise: true, dp: v.dp };
  if (v.noDl || plLocative(p, toks[j].low)) base.noDl = true;
  if (v.time !== undefined) base.time = v.time;
  if (!v.part) return base;
  // A part of today alone: "вечером я обычно не работаю" is a habit, not a day, and so is a stretch
  // of the day ("с утра до ночи", "no rīta līdz vēlai naktij").
  if (habitual(p, j, h.end)) return null;
  // "за один вечер", lv "vienā vakarā": how long, not when.
  if (j > 0 && !toks[j].nl && lx.nums.has(toks[j - 1].low)) return null;
  if (!brk(p, h.end + 1) && lx.rangeWords.has(wordAt(p, h.end)) && toks[h.end + 1].t === WORD) return null;
  if (pc.any && lx.rangeWords.has(pc.w)) {
    for (let b = j - 2; b >= 0 && b >= j - 4; b--) {
      const ph = trieMatch(lx.rel, toks, b);
      if (ph && ph.end === j - 1 && ph.val.part) return null; // the "до вечера" of "с утра до вечера"
    }
  }
  // "до вечера пятницы", "утром в понедельник": the day named next is its day.
  if (!brk(p, h.end)) {
    let q = h.end;
    let dpc: PC = { ...NO_PC, any: true, past: pc.past };
    const ph = trieMatch(lx.preps, toks, q);
    if (ph && !brk(p, ph.end)) {
      dpc = mergePc(dpc, ph.val, toks[ph.end - 1].low);
      q = ph.end;
    }
    const w = weekdayCore(p, q, dpc);
    const rh = w ? null : trieMatch(lx.rel, toks, q);
    if (w && w.time === undefined && w.kind === 'weekday') return { ...w, time: v.time, dp: v.dp, deadline: !!v.dl };
    if (rh && !rh.val.part && !rh.val.preps && rh.val.time === undefined) {
      return { ...base, end: rh.end, day: p.today + rh.val.off, past: !!rh.val.past };
    }
  }
  // Once the part is over a promise means the next day's ("пришлю утром" written at 15:00); a past
  // clause means the last one ("вечером упал сервер" written at 10:00 is yesterday evening).
  const [from, to] = v.part;
  if (pc.past) return { ...base, day: p.min < from ? base.day - 1 : base.day, past: true };
  return { ...base, day: p.min >= to ? base.day + 1 : base.day, ahead: true };
}

const PL_PAST_VERB = /(?:łem|łam|łeś|łaś|ł|ła|ło|li|ły|liśmy|łyśmy)$/;

/** A Polish past verb a few words before k in its sentence ("obiecałem makiety na wczoraj"). */
function plPastBefore(p: P, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 6 && !sentenceEnd(p.toks[q]); q--) {
    const t = p.toks[q];
    if (t.t === WORD && t.low.length >= 4 && PL_PAST_VERB.test(t.low)) return true;
  }
  return false;
}

/** A bare weekend or part of day in a sentence about habits ("всегда на связи, даже в выходные"). */
function habitual(p: P, s: number, e: number): boolean {
  const { toks, lx } = p;
  if (lx.habit.size === 0) return false;
  const isHabit = (k: number): boolean => {
    const t = toks[k];
    if (t.t === WORD) return lx.habit.has(t.low);
    // "24/7"
    return t.t === NUM && t.low === '24' && punct(p, k + 1, '/') && k + 2 < p.n && toks[k + 2].low === '7';
  };
  // Back to the sentence's start (at most 15 tokens), ahead a few words within it.
  for (let k = s - 1; k >= 0 && k >= s - 15 && !sentenceEnd(toks[k]); k--) {
    if (isHabit(k)) return true;
    if (toks[k].nl) break;
  }
  for (let k = e; k < p.n && k < e + 6 && !toks[k].nl && !sentenceEnd(toks[k]); k++) if (isHabit(k)) return true;
  return false;
}

function sentenceEnd(t: Tok): boolean {
  return t.t === PUNCT && (t.low === '.' || t.low === '!' || t.low === '?' || t.low === '…');
}

const LV_MARKED = /[āēīūčšžģķļņ]/;
const LV_PLAIN_BEFORE = new Set(['jau', 'vel', 'vēl', 'tad', 'šodien', 'sodien', 'rīt', 'rit', 'es', 'mes', 'mēs', 'gan', 'tikai']);
const LV_PLAIN_VERB = /(?:šos|sos|šu|su|sim|šot|sot)$/;

/**
 * A part of day typed plainly where the plain spelling is another word (lv "vakara" for "vakarā", also
 * "of the evening"): only where the genitive cannot be, at a clause end, after an adverb, or before
 * a future verb ("vakara paskatīšos").
 */
function plainPartOk(p: P, j: number, end: number): boolean {
  const { toks } = p;
  if (LV_MARKED.test(toks[j].low)) return true;
  if (brk(p, end) || toks[end].t === PUNCT) return true;
  if (j > 0 && !toks[j].nl && LV_PLAIN_BEFORE.has(toks[j - 1].low)) return true;
  return toks[end].t === WORD && LV_PLAIN_VERB.test(toks[end].low);
}

function holidayCore(p: P, j: number, pc: PC): Res | null {
  const { toks, lx } = p;
  let k = j;
  let which: Which | null = null;
  const mh = trieMatch(lx.mods, toks, j);
  if (mh && !mh.val.wdOnly && !brk(p, mh.end)) {
    which = mh.val.w;
    k = mh.end;
  }
  const h = trieMatch(lx.holidays, toks, k);
  if (!h) return null;
  const cap = toks[k].cap;
  // "Nowy Rok" capitalised, "od nowego roku" after a preposition; "w sylwestra" but not "do Sylwestra".
  if (h.val.cap && !cap && !(h.val.prep && pc.any)) return null;
  if (h.val.lower && (cap || !pc.any)) return null;
  // lv "Sveiki, Jāni," greets a Jānis.
  if (h.val.h === 'jani' && cap && greeted(p, k)) return null;
  let past = which === 'last' || pc.past;
  let day = holidayDay(h.val.h, p.y);
  if (past) {
    if (day >= p.today) day = holidayDay(h.val.h, p.y - 1);
  } else if (day < p.today) {
    // A deadline on a holiday that moves (Easter, Black Friday) and passed lately is that one, missed:
    // next year's falls on another day, so "the same day last year" would name the wrong one.
    if (!which && pc.dl && MOVING.has(h.val.h) && p.today - day <= MISSED_DAYS) past = true;
    else day = holidayDay(h.val.h, p.y + 1);
  }
  return { end: h.end, kind: 'calendar', day, deadline: false, past, precise: true, ahead: !which && !past, noDl: p.lx.lang === 'pl' && /ce$/.test(toks[h.end - 1].low) };
}

const MOVING = new Set<Holiday>(['easter', 'easterMon', 'oEaster', 'memorial', 'thanks', 'labor', 'mothers', 'fathers', 'blackFriday', 'cyberMonday']);
// How lately a deadline may have passed to be a missed one rather than next year's (as the coach reads dates).
const MISSED_DAYS = 92;

// Polish adjectives in the locative or instrumental: "na wtorkowym spotkaniu", "na wczorajszej naradzie".
const PL_ADJ_LOC = /(?:sz|ow|n|ni)(?:ym|im|ej|ych|ich|ymi|imi)$/;
function plLocative(p: P, w: string): boolean {
  return p.lx.lang === 'pl' && PL_ADJ_LOC.test(w);
}

const GREETINGS = new Set(['sveiki', 'sveiks', 'labdien', 'labrīt', 'labrit', 'labvakar', 'čau', 'cau', 'hei', 'paldies', 'atvainojiet', 'lūdzu', 'ludzu', 'mīļais', 'dārgais', 'cienījamais']);

/** A greeting right before k ("Sveiki, Jāni"): k is a name. */
function greeted(p: P, k: number): boolean {
  let q = k - 1;
  if (q >= 0 && punct(p, q, ',')) q--;
  return q >= 0 && GREETINGS.has(p.toks[q].low);
}

function calendarCore(p: P, j: number, pc: PC, afterWeekday: boolean): Res | null {
  if (j >= p.n) return null;
  const t = p.toks[j];
  if (t.t === NUM) {
    return numericDate(p, j, pc) ?? dayMonth(p, j, pc) ?? lvYearFirst(p, j, pc) ?? dayOfMonth(p, j, pc) ?? bareOrdinal(p, j, pc, afterWeekday);
  }
  if (t.t === WORD && p.en) {
    if (t.low === 'the') return theOrdinal(p, j, pc);
    return monthDay(p, j, pc);
  }
  return null;
}

/** ISO 2002-02-05, US 5/14 and 12/21/01 (English), European 14.05, 14/05, 14.05.2026, 14-05-2026. */
function numericDate(p: P, j: number, pc: PC): Res | null {
  const { toks } = p;
  if (j + 2 >= p.n) return null;
  const a = toks[j];
  const sep = toks[j + 1];
  const b = toks[j + 2];
  if (a.t !== NUM || sep.t !== PUNCT || sep.gap || b.t !== NUM || b.gap) return null;
  if (!leftOk(p, j)) return null;
  const s = sep.low;
  let y: number | undefined;
  let m: number;
  let d: number;
  let end: number;
  if (DASHES.has(s)) {
    if (!punct(p, j + 3, s) || !glued(p, j + 3) || !gluedNum(p, j + 4)) return null;
    const c = toks[j + 4].low;
    if (a.low.length === 4 && b.low.length <= 2 && c.length <= 2) {
      y = +a.low;
      m = +b.low;
      d = +c;
    } else if (!p.en && a.low.length <= 2 && b.low.length === 2 && c.length === 4) {
      d = +a.low;
      m = +b.low;
      y = +c;
    } else return null;
    end = j + 5;
  } else if (s === '/' || s === '.') {
    if (a.low.length > 2 || b.low.length > 2) return null;
    const A = +a.low;
    const B = +b.low;
    end = j + 3;
    if (punct(p, end, s) && glued(p, end) && gluedNum(p, end + 1)) {
      const yl = toks[end + 1].low.length;
      if (yl !== 2 && yl !== 4) return null; // version numbers: 1.10.2
      y = +toks[end + 1].low + (yl === 2 ? 2000 : 0);
      end += 2;
    }
    if (s === '.') {
      if (p.en && y === undefined) return null; // English "14.05" is a decimal
      // Without a year demand a two-digit month ("3.5" is a rating) and no time preposition ("в 10.05").
      if (y === undefined && (b.low.length !== 2 || (pc.time && !pc.dl))) return null;
      d = A;
      m = B;
      // Latvian dates end in a dot, with or without the year: "14.05.2026.", "18.05.".
      if (p.lx.lang === 'lv' && punct(p, end, '.') && glued(p, end) && !gluedNum(p, end + 1)) end++;
    } else if (p.en && A > 12 && B <= 12) {
      // No month 14, so "14/05" can only be day first; an ambiguous "5/6" keeps the US reading.
      if (y === undefined && b.low.length !== 2) return null; // "24/7"
      d = A;
      m = B;
    } else if (p.en) {
      m = A;
      d = B;
      // 1/2, 2/3, 3/4 are fractions.
      if (y === undefined && B <= 4 && A < B && !pc.any) return null;
    } else {
      if (y === undefined && b.low.length !== 2) return null; // "24/7"
      d = A;
      m = B;
    }
  } else return null;
  if (!rightOk(p, end)) return null;
  // "14.05.2026 г.", "14.05.2026 r.", "14.05.2026. gadā"
  if (y !== undefined && !p.en) {
    const yw = yearWordAt(p, end);
    if (yw > 0) end = yw;
  }
  return calRes(p, end, y, m, d, pc);
}

/** Optional year after a date: ", 2002", "2026 года", "2026 r.", "2026. gadā". */
function yearAfter(p: P, k: number): { y: number; end: number } | null {
  let q = k;
  // Only English separates the year with a comma ("March 18, 2002"); elsewhere a comma ends the date.
  if (p.en && punct(p, q, ',')) q++;
  if (brk(p, q) || p.toks[q].t !== NUM || p.toks[q].low.length !== 4) return null;
  const y = +p.toks[q].low;
  if (y < 1900 || y > 2099) return null;
  const yw = yearWordAt(p, q + 1);
  if (yw > 0) return { y, end: yw };
  if (!rightOk(p, q + 1)) return null;
  return { y, end: q + 1 };
}

function yearWordAt(p: P, e: number): number {
  let q = e;
  if (p.lx.lang === 'lv' && punct(p, q, '.') && glued(p, q)) q++;
  if (brk(p, q)) return -1;
  const h = trieMatch(p.lx.yearWords, p.toks, q);
  return h ? h.end : -1;
}

/** "14 May", "14th of May 2001", "14 мая", "14-го мая", "14 maja", "14. maijā". */
function dayMonth(p: P, j: number, pc: PC): Res | null {
  const { toks, lx } = p;
  const dd = numTok(p, j, 2);
  if (dd < 1 || dd > 31 || !leftOk(p, j)) return null;
  let k = j + 1;
  if (p.en) {
    if (glued(p, k) && lx.ordSuffix.has(wordAt(p, k))) k++;
    if (wordAt(p, k) === 'of') k++;
  } else if (punct(p, k, '-') && glued(p, k) && glued(p, k + 1) && lx.ordSuffix.has(wordAt(p, k + 1))) k += 2;
  else if (punct(p, k, '.') && glued(p, k) && !gluedNum(p, k + 1)) k++;
  if (brk(p, k) || toks[k].t !== WORD) return null;
  const mw = toks[k].low;
  const m = lx.months.get(mw);
  if (m === undefined || (p.en && mw === 'may' && !toks[k].cap)) return null;
  k++;
  if (lx.monthAbbr.has(mw) && punct(p, k, '.') && glued(p, k)) k++;
  const yr = yearAfter(p, k);
  return calRes(p, yr ? yr.end : k, yr?.y, m, dd, pc);
}

/** English month first: "May 14", "Oct 29th", "Dec. 13th", "March 18, 2002". */
function monthDay(p: P, j: number, pc: PC): Res | null {
  const { toks, lx } = p;
  const mw = toks[j].low;
  const m = lx.months.get(mw);
  if (m === undefined || (mw === 'may' && !toks[j].cap)) return null;
  let k = j + 1;
  if (lx.monthAbbr.has(mw) && punct(p, k, '.') && glued(p, k)) k++;
  if (brk(p, k)) return null;
  const dd = numTok(p, k, 2);
  if (dd < 1 || dd > 31) return null;
  k++;
  if (glued(p, k) && lx.ordSuffix.has(wordAt(p, k))) k++;
  else if (!rightOk(p, k) || (punct(p, k, ':') && glued(p, k))) return null;
  const yr = yearAfter(p, k);
  return calRes(p, yr ? yr.end : k, yr?.y, m, dd, pc);
}

/** "the 14th", "the 14th of May". */
function theOrdinal(p: P, j: number, pc: PC): Res | null {
  const { toks, lx } = p;
  const k = j + 1;
  if (brk(p, k)) return null;
  const dd = numTok(p, k, 2);
  if (dd < 1 || dd > 31 || !glued(p, k + 1) || !lx.ordSuffix.has(wordAt(p, k + 1))) return null;
  const e = k + 2;
  if (wordAt(p, e) === 'of' && !brk(p, e + 1)) {
    const mw = wordAt(p, e + 1);
    const m = lx.months.get(mw);
    if (m !== undefined && !(mw === 'may' && !toks[e + 1].cap)) {
      let q = e + 2;
      if (lx.monthAbbr.has(mw) && punct(p, q, '.') && glued(p, q)) q++;
      const yr = yearAfter(p, q);
      return calRes(p, yr ? yr.end : q, yr?.y, m, dd, pc);
    }
  }
  if (THE_NTH_BLOCK.has(wordAt(p, e)) || (punct(p, e, '-') && glued(p, e))) return null;
  return { end: e, kind: 'calendar', day: nextDayOfMonth(p, dd, pc.past), deadline: false, past: pc.past, precise: true, ahead: !pc.past };
}

/**
 * "by 14th", "Friday 14th", ru "до 14-го". Only after a preposition or weekday, but for the Russian and
 * Ukrainian genitive, which is a day on its own: "приеду 18-го", "созвонимся 5-го" ("Приеду 18-го" had
 * been given "до четверга" beside it, pool36).
 */
function bareOrdinal(p: P, j: number, pc: PC, afterWeekday: boolean): Res | null {
  if (!afterWeekday && !pc.any && !genitiveOrdinal(p, j)) return null;
  const { lx } = p;
  const dd = numTok(p, j, 2);
  if (dd < 1 || dd > 31 || !leftOk(p, j)) return null;
  let e: number;
  if (p.en) {
    if (!glued(p, j + 1) || !lx.ordSuffix.has(wordAt(p, j + 1))) return null;
    e = j + 2;
    if (THE_NTH_BLOCK.has(wordAt(p, e))) return null;
  } else if (lx.ordSuffix.size && punct(p, j + 1, '-') && glued(p, j + 1) && glued(p, j + 2) && lx.ordSuffix.has(wordAt(p, j + 2))) {
    e = j + 3;
  } else if (glued(p, j + 1) && GLUED_ORD.has(wordAt(p, j + 1))) {
    e = j + 2; // "к 20му", "до 20го"
  } else return null;
  if (!brk(p, e) && lx.countNouns.has(wordAt(p, e))) return null; // "до 5-го уровня"
  return { end: e, kind: 'calendar', day: nextDayOfMonth(p, dd, pc.past), deadline: false, past: pc.past, precise: true, ahead: !pc.past };
}

/** A ru/uk day number with the genitive ending, "18-го" or "18го", and no count noun after it ("5-го уровня"). */
function genitiveOrdinal(p: P, j: number): boolean {
  if (p.lx.lang !== 'ru' && p.lx.lang !== 'uk') return false;
  const hyphen = punct(p, j + 1, '-') && glued(p, j + 1) && glued(p, j + 2);
  const ending = wordAt(p, hyphen ? j + 2 : j + 1);
  return (hyphen || glued(p, j + 1)) && (ending === 'го' || ending === 'ого');
}

// Ordinal endings typed glued to the number ("20го", "25go"); not "90е", "5й".
const GLUED_ORD = new Set(['го', 'ого', 'му', 'ому', 'go']);
// Between two days of a range ("15-16 числа", "с 12 по 16 число") or of a pair ("10-го і 25-го числа").
const DAY_RANGE = new Set(['по', 'до', 'po', 'do']);
const DAY_PAIR = new Set(['и', 'і', 'й', 'та', 'или', 'або', ',', 'i']);

/** Past a day number's ordinal ending: "20-го", "20го", lv "20.". */
function ordEnd(p: P, k: number): number {
  const { lx } = p;
  if (lx.lang === 'lv') return punct(p, k, '.') && glued(p, k) ? k + 1 : k;
  if (punct(p, k, '-') && glued(p, k) && glued(p, k + 1) && lx.ordSuffix.has(wordAt(p, k + 1))) return k + 2;
  return glued(p, k) && GLUED_ORD.has(wordAt(p, k)) ? k + 1 : k;
}

/** A day of the month with its noun: "к 20 числу", "15-16 числа", "с 12 по 16 число", lv "20. datumā". */
function dayOfMonth(p: P, j: number, pc: PC): Res | null {
  const { lx, toks } = p;
  if (lx.dayWords.size === 0) return null;
  const dd = numTok(p, j, 2);
  if (dd < 1 || dd > 31 || !leftOk(p, j)) return null;
  const k = ordEnd(p, j + 1);
  let end = -1;
  if (!brk(p, k) && lx.dayWords.has(wordAt(p, k))) end = k + 1;
  else if (!brk(p, k + 1)) {
    const sep = toks[k];
    const range = (sep.t === PUNCT && DASHES.has(sep.low)) || DAY_RANGE.has(sep.low);
    const pair = !range && DAY_PAIR.has(sep.low);
    const d2 = range || pair ? numTok(p, k + 1, 2) : -1;
    if (d2 >= 1 && d2 <= 31) {
      const k2 = ordEnd(p, k + 2);
      // A range is one mention; the second day of a pair is a mention of its own.
      if (!brk(p, k2) && lx.dayWords.has(wordAt(p, k2))) end = range ? k2 + 1 : k;
    }
  }
  if (end < 0) return null;
  return { end, kind: 'calendar', day: nextDayOfMonth(p, dd, pc.past), deadline: false, past: pc.past, precise: true, ahead: !pc.past };
}

/** Latvian year-first full date: "2026. gada 14. maijā". */
function lvYearFirst(p: P, j: number, pc: PC): Res | null {
  if (p.lx.lang !== 'lv' || p.toks[j].low.length !== 4) return null;
  const y = +p.toks[j].low;
  if (y < 1900 || y > 2099 || !leftOk(p, j)) return null;
  const yw = yearWordAt(p, j + 1);
  if (yw < 0 || brk(p, yw)) return null;
  const r = dayMonth(p, yw, pc);
  if (!r) return null;
  return calRes(p, r.end, y, dayNumParts(r.day).m, dayNumParts(r.day).d, pc);
}

function dateCore(p: P, j: number, pc: PC): Res | null {
  let best = weekdayCore(p, j, pc);
  best = longer(best, relCore(p, j, pc));
  best = longer(best, holidayCore(p, j, pc));
  return longer(best, calendarCore(p, j, pc, false));
}

/** After a day: a part of day ("Friday morning", "Friday EOD") and/or a time ("at 5pm", "до 17:00"). */
function extendDate(p: P, r0: Res): Res {
  const { toks, lx } = p;
  let r = r0;
  let k = r.end;
  let hint = r.dp;
  if (brk(p, k)) return r;
  const dh = trieMatch(lx.dpDate, toks, k);
  if (dh) {
    r = { ...r, end: dh.end };
    k = dh.end;
    if (dh.val.eod) return { ...r, time: EOD };
    if (dh.val.by !== undefined) return { ...r, time: dh.val.by, deadline: true };
    if (dh.val.ap) hint = dh.val.ap;
  }
  let q = k;
  if (punct(p, q, ',')) q++;
  if (brk(p, q)) return r;
  let tpc = NO_PC;
  const jh = trieMatch(lx.preps, toks, q);
  if (jh && !brk(p, jh.end)) {
    tpc = mergePc(NO_PC, jh.val, toks[jh.end - 1].low);
    q = jh.end;
  }
  const t = timeCore(p, q, tpc, hint);
  if (!t) return r;
  return { ...r, end: t.end, time: t.min, deadline: r.deadline || tpc.dl };
}

// ------------------------------------------------------------------ periods

interface PSpan {
  end: number;
  s: number;
  e: number;
  past: boolean;
  /** The phrase itself names the end (EOW, EOM). */
  isEnd?: boolean;
  /** End of a day: 17:00. */
  eod?: boolean;
  /** What kind of period, for its middle ("к середине июня"). */
  u?: PeriodUnit | 'season';
}

function periodCore(p: P, j: number, pc: PC): Res | null {
  const { toks, lx } = p;
  // "end of the week", "до конца недели", "do końca miesiąca"
  const eh = trieMatch(lx.endHeads, toks, j);
  if (eh) {
    let k = eh.end;
    if (p.en && wordAt(p, k) === 'the') k++;
    if (!brk(p, k)) {
      const r = endTarget(p, k, pc, false);
      if (r) return r;
    }
  }
  // Latvian puts "end" after the genitive: "līdz nedēļas beigām".
  if (lx.endTails.size) {
    const r = endTarget(p, j, pc, true);
    if (r) return r;
  }
  // ... and its start or middle there too: "decembra sākumā" names the period itself, "mēneša vidū" its middle.
  if (lx.startTails) {
    const st = periodSpan(p, j, pc, true);
    const tail = st && !brk(p, st.end) ? tailLength(p, st.end, lx.startTails) : 0;
    if (st && tail) {
      const w = wordAt(p, st.end);
      const mid = w === 'vidū' || w === 'vidu' ? midOf(p, st) : null;
      return { end: st.end + tail, kind: 'period', day: mid ?? st.s, time: undefined, deadline: false, past: mid !== null ? mid < p.today : st.past, precise: false };
    }
  }
  // The middle of a period: "к середине июня", "до середины месяца", "do połowy stycznia".
  const mh = trieMatch(lx.midHeads, toks, j);
  if (mh && !brk(p, mh.end)) {
    const st = periodSpan(p, mh.end, pc, true);
    const mid = st ? midOf(p, st) : null;
    if (st && mid !== null) return { end: st.end, kind: 'period', day: mid, deadline: false, past: mid < p.today, precise: false };
  }
  const sp = periodSpan(p, j, pc, false);
  if (!sp) return null;
  const r: Res = {
    end: sp.end,
    kind: 'period',
    day: pc.dl || sp.isEnd ? sp.e : sp.s,
    time: sp.eod ? EOD : undefined,
    deadline: false,
    past: sp.past,
    precise: false,
  };
  return sp.eod ? eodOn(p, r) : r;
}

/** The middle day of a period: the 15th of a month, a week's Wednesday, 1 July of a year. */
function midOf(p: P, sp: PSpan): number | null {
  const { y, m } = dayNumParts(sp.e);
  switch (sp.u) {
    case 'month':
      return dayNum(y, m, 15);
    case 'quarter':
    case 'season':
      return addMonthsDayNum(dayNum(y, m, 15), -1);
    case 'week':
      return sp.e - 2;
    case 'year':
      return dayNum(y, 7, 1);
    default:
      return null;
  }
}

/** An end-of-day phrase moves to the day named right after it: "COB tomorrow", "EOD on Friday". */
function eodOn(p: P, r: Res): Res {
  let q = r.end;
  if (brk(p, q)) return r;
  let pc = NO_PC;
  const ph = trieMatch(p.lx.preps, p.toks, q);
  if (ph && !brk(p, ph.end)) {
    pc = mergePc(NO_PC, ph.val, p.toks[ph.end - 1].low);
    q = ph.end;
  }
  const d = dateCore(p, q, pc);
  if (!d || !d.precise || d.time !== undefined) return r;
  return { ...r, end: d.end, day: d.day, past: d.past, ahead: d.ahead };
}

function endTarget(p: P, k: number, pc: PC, needTail: boolean): Res | null {
  let end = -1;
  let day = 0;
  let past = false;
  let eod = false;
  // End of a named day: "end of today", "до конца завтрашнего дня", "līdz piektdienas beigām".
  const d = relCore(p, k, NO_PC) ?? weekdayCore(p, k, { ...NO_PC, any: true });
  if (d) {
    end = d.end;
    day = d.day;
    past = d.past;
    eod = true;
  }
  const sp = periodSpan(p, k, pc, true);
  let dayNamed = !!d;
  if (sp && sp.end > end) {
    end = sp.end;
    day = sp.e;
    past = sp.past;
    eod = !!sp.eod;
    dayNamed = false;
  }
  if (end < 0) return null;
  if (needTail) {
    if (brk(p, end) || !p.lx.endTails.has(wordAt(p, end))) return null;
    end++;
  }
  const r: Res = { end, kind: 'period', day, time: eod ? EOD : undefined, deadline: false, past, precise: false };
  // "end of day Friday": the day comes after; "end of Friday" already named it.
  return eod && !dayNamed ? eodOn(p, r) : r;
}

/** "Q3", "Q1 2027": the next such quarter unless a year says which (the current one counts from today). */
function quarterSpan(p: P, k: number, pc: PC): PSpan | null {
  const { toks } = p;
  if (k + 1 >= p.n || toks[k].low !== 'q' || !toks[k].cap || !gluedNum(p, k + 1) || toks[k + 1].low.length !== 1) return null;
  const q = +toks[k + 1].low;
  if (q < 1 || q > 4 || !rightOk(p, k + 2) || (k + 2 < p.n && !toks[k + 2].gap && toks[k + 2].t !== PUNCT)) return null;
  const yr = brk(p, k + 2) ? null : yearAfter(p, k + 2);
  const range = (y: number): [number, number] => [dayNum(y, 3 * q - 2, 1), dayNum(y, 3 * q + 1, 0)];
  let y = yr ? yr.y : p.y;
  if (!yr) {
    if (pc.past) {
      if (range(y)[0] > p.today) y--;
    } else if (range(y)[1] < p.today) y++;
  }
  const [first, last] = range(y);
  const s = first <= p.today && p.today <= last && !pc.past ? p.today : first;
  return { end: yr ? yr.end : k + 2, s, e: last, past: last < p.today, u: 'quarter' };
}

function periodSpan(p: P, k: number, pc: PC, endOf: boolean): PSpan | null {
  const { toks, lx } = p;
  let best: PSpan | null = quarterSpan(p, k, pc);
  const sh = trieMatch(lx.singles, toks, k);
  if (sh) {
    const v = sh.val;
    if (v.u === 'season') {
      const [s, e, past] = seasonRange(p, v.s ?? 6, v.w, false);
      best = longer(best, { end: sh.end, s, e, past, u: 'season' });
    } else {
      const [s, e] = periodRange(p, v.u, v.w);
      best = longer(best, { end: sh.end, s, e, past: v.w === 'last', isEnd: v.end, eod: v.u === 'day', u: v.u });
    }
  }
  let q = k;
  let which: Which | null = null;
  const mh = trieMatch(lx.mods, toks, k);
  if (mh && !mh.val.wdOnly && !brk(p, mh.end)) {
    which = mh.val.w;
    q = mh.end;
  }
  const past = which === 'last' || pc.past;
  // week / month / weekend / year / "day" after "end of"
  const nh = trieMatch(lx.nouns, toks, q);
  if (nh) {
    const v = nh.val;
    let ok = v.endOnly ? endOf : endOf || !!which || !!v.free || (pc.any && !!v.prepOk);
    // "по выходным" and "даже в выходные" describe habits, not a weekend: "в эти выходные" is one.
    if (ok && v.u === 'weekend' && !which && !endOf && (pc.w === 'по' || habitual(p, k, nh.end))) ok = false;
    if (ok) {
      const w = which ?? 'this';
      const [s, e] = periodRange(p, v.u, w);
      best = longer(best, { end: nh.end, s, e, past: w === 'last', eod: v.u === 'day', u: v.u });
    }
  }
  // a named month: "in March", "в марте 2026", "līdz maija beigām", "martā"
  if (q < p.n && toks[q].t === WORD) {
    const mw = toks[q].low;
    const m = lx.months.get(mw);
    if (m !== undefined) {
      let e = q + 1;
      const abbr = lx.monthAbbr.has(mw);
      if (abbr && punct(p, e, '.') && glued(p, e)) e++;
      const yr = brk(p, e) ? null : yearAfter(p, e);
      let ok: boolean;
      if (p.en) {
        // "may"/"march" are verbs: months stand alone only capitalised and governed.
        ok = toks[q].cap && (!!which || pc.any || !!yr || endOf) && (!abbr || !!yr || pc.any);
      } else ok = !!which || pc.any || !!yr || endOf || (lx.monthFree.has(mw) && !monthIsName(p, q));
      if (ok) {
        const [s, e2, pst] = pc.covered && !which && !yr ? coveredMonth(p, m) : monthRange(p, m, yr?.y, which, pc.past);
        best = longer(best, { end: yr ? yr.end : e, s, e: e2, past: pst, u: 'month' });
      }
    }
  }
  const seh = trieMatch(lx.seasons, toks, q);
  if (seh && (!!which || endOf || pc.any || !!seh.val.free) && (!seh.val.preps || seh.val.preps.has(pc.w))) {
    const [s, e, pst] = seasonRange(p, seh.val.s, which, past);
    best = longer(best, { end: seh.end, s, e, past: pst, u: 'season' });
  }
  if (!which) best = longer(best, yearSpan(p, k, pc, endOf));
  return best;
}

/**
 * lv months are lower-case: a capitalised "Marta", "Maija" inside a sentence is a name, and so is one
 * opening it typed without the mark of the locative ("Maija vēlāk atsūtīs", not "Maijā").
 */
function monthIsName(p: P, q: number): boolean {
  const t = p.toks[q];
  return t.cap && (!sentenceStart(p, q) || !LV_MARKED.test(t.low));
}

/** "за апрель": the latest such month begun, the period the thing covers (so it is past). */
function coveredMonth(p: P, m: number): [number, number, boolean] {
  const yy = m <= p.m ? p.y : p.y - 1;
  return [dayNum(yy, m, 1), dayNum(yy, m, daysInMonth(yy, m)), true];
}

/** "in 2005", "2026 году", "w 2026 roku", "2026. gadā", a bare "2002." */
function yearSpan(p: P, k: number, pc: PC, endOf: boolean): PSpan | null {
  const { toks } = p;
  if (k >= p.n || toks[k].t !== NUM || toks[k].low.length !== 4) return null;
  const y = +toks[k].low;
  if (y < 1900 || y > 2099 || !leftOk(p, k)) return null;
  let end = k + 1;
  const yw = yearWordAt(p, end);
  if (yw > 0) end = yw;
  else {
    if (!rightOk(p, end)) return null;
    const nx = end < p.n && !toks[end].nl ? toks[end] : null;
    const nextWord = nx && nx.t === WORD ? nx.low : '';
    if (pc.year || endOf) {
      if (nx && nx.t === NUM) return null;
      if (nextWord && !(p.en && YEAR_NEXT_OK.has(nextWord))) return null;
    } else {
      // A bare year only at the end of a clause, and not in a list of numbers; a bare number far
      // ahead ("правильный — 2045.") is an account or an amount.
      if (nx && (nx.t !== PUNCT || nx.low === ':' || nx.low === '/')) return null;
      if (k > 0 && toks[k - 1].t === NUM && !toks[k].nl) return null;
      if (y > p.y + 5) return null;
    }
  }
  // Latvian "2026. gada martā": the year qualifies a month.
  if (yw > 0 && p.lx.lang === 'lv' && !brk(p, end)) {
    const m = p.lx.months.get(wordAt(p, end));
    if (m !== undefined) {
      const [s, e, past] = monthRange(p, m, y, null, false);
      return { end: end + 1, s, e, past, u: 'month' };
    }
  }
  const s = y === p.y ? p.today : dayNum(y, 1, 1);
  return { end, s, e: dayNum(y, 12, 31), past: y < p.y, u: 'year' };
}

// ------------------------------------------------------------------ times

interface RawTime {
  end: number;
  h: number;
  mi: number;
  /** Has minutes. */
  explicit: boolean;
  ap?: 'am' | 'pm';
  /** Written with a dot (10.00). */
  dot: boolean;
  /** Followed by an hour word ("o'clock", "часов"). */
  hw: boolean;
  /** That hour word is also a unit of duration ("часа"). */
  hwUnit: boolean;
  /** Hour written as one digit without leading zero (or as a word up to twelve). */
  short: boolean;
  /** Written as a word ("шести", "trzeciej", "trijos"). */
  word?: HourNumV;
}

function ampmAt(p: P, e: number): { end: number; v: 'am' | 'pm' } | null {
  if (e >= p.n || p.toks[e].t !== WORD || p.toks[e].nl) return null;
  const w = p.toks[e].low;
  if (w === 'am' || w === 'pm') return { end: e + 1, v: w };
  if (w === 'a' || w === 'p') {
    const v = w === 'a' ? 'am' : 'pm';
    if (punct(p, e + 1, '.') && glued(p, e + 1) && wordAt(p, e + 2) === 'm' && glued(p, e + 2)) {
      let end = e + 3;
      if (punct(p, end, '.') && glued(p, end)) end++;
      return { end, v };
    }
    // "11:00a" only when glued, otherwise "a" is the article.
    if (glued(p, e)) return { end: e + 1, v };
  }
  return null;
}

function rawTime(p: P, k: number, allowDot: boolean, dlPrep: boolean, checkLeft: boolean): RawTime | null {
  const { toks } = p;
  if (k >= p.n) return null;
  const t = toks[k];
  if (t.t === WORD) return wordTime(p, k);
  if (t.t !== NUM || t.low.length > 2) return null;
  if (checkLeft && !leftOk(p, k)) return null;
  let h = +t.low;
  let mi = 0;
  let end = k + 1;
  let explicit = false;
  let dot = false;
  // A glued dash starts a range ("2-4pm"), which timeCore reads; any other glued separator must be
  // an hour/minute one.
  if (end + 1 < p.n && glued(p, end) && toks[end].t === PUNCT && !DASHES.has(toks[end].low) && gluedNum(p, end + 1)) {
    const sep = toks[end].low;
    const mm = toks[end + 1].low;
    if (mm.length !== 2) return null;
    if (sep === ':') {
      mi = +mm;
      end += 2;
      explicit = true;
      if (punct(p, end, ':') && glued(p, end) && gluedNum(p, end + 1) && toks[end + 1].low.length === 2) end += 2;
    } else if (sep === '.' && allowDot) {
      // "до 10.05" is a date; "plkst. 10.00" and "до 17.00" are times.
      if (dlPrep && +mm >= 1 && +mm <= 12) return null;
      mi = +mm;
      end += 2;
      explicit = true;
      dot = true;
    } else return null;
  }
  if (h > 23 || mi > 59) return null;
  const ap = ampmAt(p, end);
  let apv: 'am' | 'pm' | undefined;
  if (ap) {
    if (h < 1 || h > 12) return null;
    end = ap.end;
    apv = ap.v;
  }
  let hw = false;
  let hwUnit = false;
  if (!apv && !brk(p, end)) {
    const hh = trieMatch(p.lx.hourWords, toks, end);
    if (hh) {
      // ru "часа", uk "години" also count hours: "3 часа" alone is a duration, "в 3 часа" a time.
      hwUnit = !!trieMatch(p.lx.units, toks, end);
      end = hh.end;
      hw = true;
    }
  }
  if (!rightOk(p, end) && !(glued(p, end) && wordAt(p, end) === 'h')) return null;
  return { end, h, mi, explicit, ap: apv, dot, hw, hwUnit, short: t.low.length === 1 };
}

/** An hour as a word: "до шести", "в два часа", "о дев'ятій", "trijos". */
function wordTime(p: P, k: number): RawTime | null {
  const v = p.lx.hourNums.get(p.toks[k].low);
  if (!v) return null;
  let end = k + 1;
  let hw = false;
  let hwUnit = false;
  const hh = brk(p, end) ? null : trieMatch(p.lx.hourWords, p.toks, end);
  if (hh) {
    hwUnit = !!trieMatch(p.lx.units, p.toks, end);
    end = hh.end;
    hw = true;
  }
  return { end, h: v.h, mi: 0, explicit: false, dot: false, hw, hwUnit, short: v.h <= 12, word: v };
}

/** After "к 18", "о 10": not an amount or an age ("к 18 годам", "о 5 разів"). */
function hourTailOk(p: P, e: number, how: 'loose' | 'strict'): boolean {
  // "до 5-го уровня": an ordinal.
  if (glued(p, e) && p.toks[e].t === PUNCT && DASHES.has(p.toks[e].low)) return false;
  if (how === 'strict' || brk(p, e)) return bareNextOk(p, e);
  const t = p.toks[e];
  if (t.t === PUNCT) return true;
  if (t.t === NUM) return false;
  return amountTailOk(p, e) && !(p.lx.lang === 'ru' && (t.low.endsWith('ам') || t.low.endsWith('ям')));
}

/** The word after a number is no count noun, unit, month or currency ("с 10 до 15 человек"). */
function amountTailOk(p: P, e: number): boolean {
  if (brk(p, e)) return true;
  const t = p.toks[e];
  if (t.t !== WORD) return t.t === PUNCT;
  const { lx, toks } = p;
  return !lx.countNouns.has(t.low) && !lx.months.has(t.low) && !lx.dayWords.has(t.low) && !AMOUNT_WORDS.has(t.low) && !trieMatch(lx.units, toks, e);
}

function bareNextOk(p: P, e: number): boolean {
  if (brk(p, e)) return true;
  const t = p.toks[e];
  if (t.t === PUNCT) return true;
  if (t.t === NUM) return false;
  const { lx, toks } = p;
  return lx.bareHourNext.has(t.low) || lx.weekdays.has(t.low) || !!trieMatch(lx.rel, toks, e) || !!trieMatch(lx.dpDate, toks, e);
}

function timeCore(p: P, j: number, pc: PC, hint: Ap | undefined): { end: number; min: number; rawMin?: number } | null {
  const { toks, lx } = p;
  if (j >= p.n) return null;
  let k = j;
  let marker = pc.time;
  let inline = false;
  const mh = trieMatch(lx.timeMarkers, toks, k);
  if (mh && !brk(p, mh.end)) {
    k = mh.end;
    marker = true;
    inline = true;
  }
  const th = trieMatch(lx.tod, toks, k);
  if (th && (!th.val.preps || th.val.preps.has(pc.w))) return { end: th.end, min: th.val.min };
  const st = rawTime(p, k, marker, pc.dl && !inline, true);
  if (!st) return null;
  const leadZero = toks[k].low.length === 2 && toks[k].low[0] === '0';
  let end = st.end;
  let ap = st.ap;
  const w = st.word;
  let ok =
    st.explicit ||
    !!ap ||
    (st.hw && (marker || !st.hwUnit)) ||
    (w
      ? !!w.solo && (marker || !!w.free) && (bareNextOk(p, end) || (pc.hour === 'loose' && hourTailOk(p, end, 'loose')))
      : marker && (inline || (lx.bareHour && bareNextOk(p, end)))) ||
    // ru/uk want an hour word after "в" ("в 10 раз"), but not after "к", "до", "о": "к 18", "до 18.", "о 10".
    (!w && !!pc.hour && hourTailOk(p, end, pc.hour));
  // "в формате 9:16" is the vertical video format.
  if (!marker && st.h === 9 && st.mi === 16 && !ap) return null;
  // A range keeps the start: "10:00 - 11:00a", "с 10:00 до 12:00", "2-4pm".
  if (!brk(p, end)) {
    let q = end;
    let isRange = false;
    if (toks[q].t === PUNCT && DASHES.has(toks[q].low)) isRange = true;
    else if (lx.rangeWords.has(wordAt(p, q))) isRange = true;
    if (isRange && !brk(p, q + 1)) {
      const et = rawTime(p, q + 1, marker || st.dot, false, false);
      // "7-8:00": an H:MM end makes the bare start an hour too.
      if (et && (et.explicit || et.ap) && (st.explicit || st.ap || et.ap || marker || !et.dot)) {
        end = et.end;
        if (!ap && et.ap && st.h <= 12) ap = et.ap;
        ok = true;
      } else if (et && !p.en && pc.from && !st.explicit && !ap && !et.ap && hourRange(st.h, et.h) && amountTailOk(p, et.end)) {
        // Working hours: "с 9 до 18", "з дев'ятої до шостої", "od 9 do 17", "no 9 līdz 18" (not "с 5 до 10 лет").
        end = et.end;
        ok = true;
      }
    }
  }
  let dpv = hint;
  if (!brk(p, end)) {
    const dh = trieMatch(lx.dpTime, toks, end);
    if (dh) {
      end = dh.end;
      if (dh.val.ap) {
        dpv = dh.val.ap;
        if (marker) ok = true; // "в 5 вечера", "at 5 in the afternoon"
        // "5 утра", "4 no rīta" need nothing more ("2 ночи" may be two nights, "3 дня" three days).
        else if (!p.en && dh.val.ap === 'am' && !st.explicit && st.h >= 1 && st.h <= 12) ok = true;
      }
    }
  }
  if (!ok) return null;
  let h = st.h;
  if (ap) h = (h % 12) + (ap === 'pm' ? 12 : 0);
  else if (dpv) h = hourInDaypart(h, dpv);
  // Business-hours reading of "at 4:30", "в 3 часа": nobody books a client for 3 a.m. A 24-hour
  // clock makes "3:00" ambiguous outside English, so there only hour-only forms are read that way.
  else if (st.short && h >= 1 && h <= 6 && (p.en || !st.explicit)) h += 12;
  // A part of day named after the day ("7-8:00 sat evening") may still settle a bare hour.
  const open = !ap && !dpv && !leadZero && st.h >= 1 && st.h <= 12;
  return { end, min: h * 60 + st.mi, rawMin: open ? st.h * 60 + st.mi : undefined };
}

/** A plausible span of working hours, the end on a 24-hour or a 12-hour clock ("с 9 до 6"). */
function hourRange(from: number, to: number): boolean {
  return from >= 6 && from <= 22 && ((to > from && to <= 23) || (to >= 1 && to <= 12 && to + 12 > from));
}

function hourInDaypart(h: number, dp: Ap): number {
  if (dp === 'pm') return h < 12 ? h + 12 : h;
  if (dp === 'night') return h === 12 ? 0 : h >= 6 && h < 12 ? h + 12 : h;
  return h === 12 ? 0 : h;
}

/** A time, optionally followed by the day it is on: "5pm tomorrow", "17:00 в пятницу". */
function timeExt(p: P, j: number, pc: PC): Res | null {
  const t = timeCore(p, j, pc, undefined);
  if (!t) return null;
  const { toks, lx } = p;
  let r: Res = { end: t.end, kind: 'time', day: p.today, time: t.min, deadline: false, past: false, precise: false };
  let q = t.end;
  if (punct(p, q, ',')) q++;
  if (brk(p, q)) return r;
  let dpc = NO_PC;
  const jh = trieMatch(lx.preps, toks, q);
  if (jh && !brk(p, jh.end)) {
    dpc = mergePc(NO_PC, jh.val, toks[jh.end - 1].low);
    q = jh.end;
  }
  const d = dateCore(p, q, dpc);
  if (d && d.precise && d.time === undefined) {
    let end = d.end;
    let dp = d.dp;
    const dh = brk(p, end) ? null : trieMatch(lx.dpDate, toks, end);
    if (dh?.val.ap) {
      end = dh.end;
      dp = dh.val.ap;
    }
    let min = t.min;
    if (dp && t.rawMin !== undefined) {
      min = hourInDaypart(Math.floor(t.rawMin / 60), dp) * 60 + (t.rawMin % 60); // "at 8 tonight"
    }
    r = { ...d, end, time: min, deadline: d.deadline || dpc.dl };
  }
  return r;
}

// ------------------------------------------------------------------ spans and "now"

function quantity(p: P, k: number): { n: number; end: number; article: boolean } | null {
  const { toks, lx } = p;
  if (k >= p.n) return null;
  const t = toks[k];
  let v: number;
  let end = k + 1;
  if (t.t === NUM) {
    if (t.low.length > 3) return null;
    // 1.5 hours, 2,5 дня: fractional spans are left alone.
    if ((punct(p, end, '.') || punct(p, end, ',')) && glued(p, end) && gluedNum(p, end + 1)) return null;
    v = +t.low;
  } else if (t.t === WORD) {
    const x = lx.nums.get(t.low);
    if (x === undefined) return null;
    v = x;
    // "twenty-four", "сорок восемь"
    if (x >= 20 && x % 10 === 0) {
      let q = end;
      if (punct(p, q, '-') && glued(p, q)) q++;
      const w = wordAt(p, q);
      const y = lx.nums.get(w);
      if (y !== undefined && y < 10 && w !== 'a' && w !== 'an' && !brk(p, q)) {
        v = x + y;
        end = q + 1;
      }
    }
  } else return null;
  // "4-6 more hours", "2–3 дня": the upper bound
  if (end + 1 < p.n && toks[end].t === PUNCT && DASHES.has(toks[end].low) && !toks[end + 1].nl) {
    const v2 = numTok(p, end + 1, 3);
    if (v2 >= 0 && toks[end + 1].t === NUM) {
      v = Math.max(v, v2);
      end += 2;
    }
  }
  return { n: v, end, article: t.low === 'a' || t.low === 'an' };
}

function spanCore(p: P, j: number, pc: PC): Res | null {
  const { toks, lx } = p;
  let k = j;
  let pre: { within?: boolean; past?: boolean } | null = null;
  const ph = trieMatch(lx.spanPre, toks, j);
  if (ph && !brk(p, ph.end)) {
    // "120 zł za godzinę" is a rate.
    if (j > 0 && !toks[j].nl && (toks[j - 1].t === NUM || AMOUNT_WORDS.has(toks[j - 1].low))) return null;
    pre = ph.val;
    k = ph.end;
  }
  let n = 1;
  let q = k;
  const qt = quantity(p, k);
  let more = false;
  if (qt) {
    n = qt.n;
    q = qt.end;
    if (p.en && wordAt(p, q) === 'more') {
      q++;
      more = true;
    }
  }
  if (q >= p.n || (q > j && toks[q].nl)) return null;
  const uh = trieMatch(lx.units, toks, q);
  if (!uh) return null;
  const u = uh.val;
  if (!qt) {
    // A bare unit means one only in its singular form, and in English only as "the hour".
    if (!u.sg || (p.en && toks[q].low !== 'the')) return null;
    if (!pre && j > 0 && lx.quantifiers.has(toks[j - 1].low)) return null;
  }
  let end = uh.end;
  // lv "pēc stundas likmes" (at the hourly rate), "pēc 1 stundas brīdinājuma" (at an hour's notice).
  if (!brk(p, end) && SPAN_RATE_NEXT.has(wordAt(p, end))) return null;
  let past = !!pre?.past;
  let within = !!pre?.within;
  const po = brk(p, end) ? null : trieMatch(lx.spanPost, toks, end);
  if (po) {
    end = po.end;
    past = past || !!po.val.past;
    within = within || !!po.val.within;
  }
  // "a week from Friday", "two days after the 14th", "a day before Friday": counted from that day.
  let anchor: Res | null = null;
  let anchorSign = 1;
  const rel = p.en && !po && !pre && qt && !brk(p, end + 1) ? wordAt(p, end) : '';
  if (rel === 'from' || rel === 'after' || rel === 'before') {
    const a = dateCore(p, end + 1, { ...NO_PC, any: true });
    if (a && a.precise && a.time === undefined) {
      anchor = a;
      anchorSign = rel === 'before' ? -1 : 1;
      end = a.end;
    }
  }
  if (!pre && !po && !more && !anchor) return null; // "2 days" alone is a duration, not a date
  if (qt?.article && !pre && !po && !anchor) return null; // "a day more" is not a date; "a week ago" is
  // "in a minute", "через минуту", "za minutę" mean "shortly"; only a counted minute is a time.
  if (u.u === 'min' && (!qt || qt.article) && !past) return null;
  if (p.en && wordAt(p, end) === 'or') return null; // "in a day or two" is vague
  const N = n * (u.k ?? 1);
  if (anchor) {
    // From a day, not an instant: hours only count once they add up to whole days.
    const day =
      u.u === 'min' || u.u === 'hour'
        ? anchor.day + anchorSign * Math.floor((N * (u.u === 'min' ? 1 : 60)) / 1440)
        : addSpanDays(anchor.day, u.u, anchorSign * N);
    return { end, kind: 'span', day, deadline: false, past: day < p.today, precise: true };
  }
  const sign = past ? -1 : 1;
  let day: number;
  if (u.u === 'min' || u.u === 'hour') {
    // Real elapsed time from the instant, so a DST switch can move the day ("within 24 hours").
    const l = localDate(new Date(p.nowMs + sign * N * (u.u === 'min' ? 60_000 : 3_600_000)), p.tz);
    day = dayNum(l.y, l.m, l.d);
  } else day = addSpanDays(p.today, u.u, sign * N);
  return { end, kind: 'span', day, deadline: within && !past, past, precise: false };
}

const SPAN_RATE_NEXT = new Set(['likmes', 'likme', 'likmi', 'likmē', 'tarifa', 'tarifu', 'brīdinājuma', 'bridinajuma', 'brīdinājumu', 'apmaksas', 'samaksas']);

function addSpanDays(from: number, u: Exclude<SpanUnit, 'min' | 'hour'>, n: number): number {
  switch (u) {
    case 'day':
      return from + n;
    case 'bday':
      return addWorkingDayNum(from, n);
    case 'week':
      return from + 7 * n;
    case 'month':
      return addMonthsDayNum(from, n);
    case 'year':
      return addMonthsDayNum(from, 12 * n);
  }
}

function nowCore(p: P, j: number): Res | null {
  const { toks, lx } = p;
  const h = trieMatch(lx.now, toks, j);
  if (!h) return null;
  if (j > 0 && !toks[j].nl && lx.neg.has(toks[j - 1].low)) return null; // "not immediately"
  if (!brk(p, h.end) && lx.nowBlock.has(wordAt(p, h.end))) return null; // "immediately after X"
  // ... nor "at once" as a habit: "każdą poprawkę wprowadzę od ręki".
  if (eventTimed(p, j, h.end) || habitual(p, j, h.end)) return null;
  return { end: h.end, kind: 'now', day: p.today, deadline: false, past: false, precise: false };
}

// Joining words after which "at once" follows the action before it: "поправлю шапку и сразу скину".
const SEQ_JOIN = new Set(['и', 'і', 'й', 'та', 'i', 'oraz', 'un']);

/**
 * "At once" timed by an event rather than by now: "как только придёт — сразу сообщим", "Переделают —
 * сразу перешлю", "поправлю шапку и сразу скину", "сразу сообщу, когда двинется".
 */
function eventTimed(p: P, s: number, e: number): boolean {
  const { toks, lx } = p;
  if (lx.eventWords.size === 0) return false;
  if (s > 0 && !toks[s].nl) {
    const prev = toks[s - 1];
    if ((prev.t === PUNCT && DASHES.has(prev.low)) || SEQ_JOIN.has(prev.low)) return true;
  }
  for (let k = s - 1; k >= 0 && k >= s - 15 && !sentenceEnd(toks[k]); k--) {
    if (toks[k].t === WORD && lx.eventWords.has(toks[k].low)) return true;
    if (toks[k].nl) break;
  }
  for (let k = e; k < p.n && k < e + 8 && !toks[k].nl && !sentenceEnd(toks[k]); k++) {
    if (toks[k].t === WORD && lx.eventWords.has(toks[k].low)) return true;
  }
  return false;
}

// ------------------------------------------------------------------ driver

function core(p: P, j: number, pc: PC): Res | null {
  const d = dateCore(p, j, pc);
  let best = d ? extendDate(p, d) : null;
  best = longer(best, periodCore(p, j, pc));
  best = longer(best, timeExt(p, j, pc));
  best = longer(best, spanCore(p, j, pc));
  if (!pc.any) best = longer(best, nowCore(p, j));
  if (best && pc.dl && !best.noDl) best.deadline = true;
  return best;
}

/** Token k can start a core parse: a number or a word some parser begins with. */
function canOpen(p: P, k: number): boolean {
  const t = p.toks[k];
  return t.t === NUM || (t.t === WORD && p.starters.core.has(t.low));
}

function mention(p: P, i: number, base: PC): Res | null {
  const { toks, lx } = p;
  let best = canOpen(p, i) ? core(p, i, base) : null;
  let j = i;
  let pc = base;
  // Up to two stacked prepositions: "najpóźniej do piątku", "due by Friday".
  for (let depth = 0; depth < 2; depth++) {
    if (!p.starters.prep.has(toks[j].low)) break;
    const h = trieMatch(lx.preps, toks, j);
    if (!h || brk(p, h.end)) break;
    pc = mergePc(pc, h.val, toks[h.end - 1].low);
    j = h.end;
    if (!canOpen(p, j) && !p.starters.prep.has(toks[j].low)) break;
    const r = core(p, j, pc);
    if (r && (!best || r.end > best.end)) best = r;
  }
  return best;
}

/** findDates without the safety net; tests use it to prove the net is never needed. */
export function findDatesUnchecked(text: string, lang: Lang, ctx: DateContext): DateMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lx = dateLexicon(lang);
  const tz = ctx && typeof ctx.timeZone === 'string' ? ctx.timeZone : 'UTC';
  const t = ctx && ctx.now instanceof Date ? ctx.now.getTime() : Number.NaN;
  const nowMs = Number.isFinite(t) ? t : Date.now();
  const l = localDate(new Date(nowMs), tz);
  const today = dayNum(l.y, l.m, l.d);
  const toks = tokenize(text);
  const p: P = {
    toks,
    n: toks.length,
    lx,
    en: lx.lang === 'en',
    today,
    wd: l.weekday,
    y: l.y,
    m: l.m,
    ws: ctx && ctx.weekStart === 0 ? 0 : 1,
    nowMs,
    tz,
    min: l.hh * 60 + l.mm,
    starters: startersOf(lx.lang),
  };
  let found = scan(p, false);
  // Russian or Ukrainian typed in Latin letters ("zavtra skinu", "do pyatnitsy") is detected as
  // English, Polish or Latvian: its own words are read too, where the language's words found nothing.
  if ((lx.lang === 'en' || lx.lang === 'pl' || lx.lang === 'lv') && hasTranslitWord(toks, lx.lang)) {
    const tr = scan({ ...p, lx: translitLexicon(), en: false, starters: translitStarters() }, true);
    if (tr.length) found = mergeFound(found, tr);
  }
  const out: DateMention[] = [];
  for (const { i, r } of found) {
    const start = toks[i].s;
    const end = toks[r.end - 1].e;
    const m: DateMention = {
      start,
      end,
      text: text.slice(start, end),
      date: dayNumToYmd(r.day),
      kind: r.kind,
      deadline: r.deadline,
      past: r.past,
    };
    if (r.time !== undefined) m.time = pad2(Math.floor(r.time / 60)) + ':' + pad2(r.time % 60);
    out.push(m);
  }
  return out;
}

interface Found {
  /** First token. */
  i: number;
  r: Res;
}

/** Every mention, left to right, longest first. `translit`: only those with a word of their own ("v 3 nochi", not "do 18:00"). */
function scan(p: P, translit: boolean): Found[] {
  const { toks, lx } = p;
  const out: Found[] = [];
  for (let i = 0; i < p.n; ) {
    let r = mention(p, i, NO_PC);
    // "I sent it on Monday": a day picked as the next one goes back when its clause is past tense.
    // Deadlines stay ahead: "I was asked to finish by Friday".
    if (r && r.ahead && !r.deadline && pastClause(toks, i, r.end, lx.lang, !!r.noDl)) {
      const back = mention(p, i, PAST_PC);
      if (back && back.end === r.end) r = back;
    }
    if (r && r.end > i && (!translit || ownWord(p, i, r.end))) {
      out.push({ i, r });
      i = r.end;
    } else i++;
  }
  return out;
}

// Prepositions transliterated Russian shares with Polish and English ("do", "na", "po").
const TRANSLIT_SHORT = new Set(['do', 'na', 'po', 'ot', 'za', 'ob', 'vo', 'so', 'ko', 'iz', 'vid']);
const translitWords = new Map<Lang, Set<string>>();

function lexWords(lx: Lex, core: Set<string>): string[] {
  const all = [...core];
  for (const t of [lx.dpDate, lx.dpTime, lx.hourWords]) all.push(...(t.next?.keys() ?? []));
  return all;
}

/**
 * The text has a word only transliterated Russian or Ukrainian would give a date ("zavtra", "nochi"),
 * not one the language has too (Polish "dni", "minut"): most Latin text has none.
 */
function hasTranslitWord(toks: Tok[], lang: Lang): boolean {
  let words = translitWords.get(lang);
  if (!words) {
    const own = new Set(lexWords(dateLexicon(lang), startersOf(lang).core));
    words = new Set(lexWords(translitLexicon(), translitStarters().core).filter((w) => w.length >= 3 && !TRANSLIT_SHORT.has(w) && !own.has(w)));
    translitWords.set(lang, words);
  }
  for (const t of toks) if (t.t === WORD && words.has(t.low)) return true;
  return false;
}

/** A transliterated mention has a word longer than a preposition: "v 3 nochi", not "do 18:00". */
function ownWord(p: P, i: number, end: number): boolean {
  for (let k = i; k < end; k++) {
    const t = p.toks[k];
    if (t.t === WORD && t.low.length >= 3 && !TRANSLIT_SHORT.has(t.low)) return true;
  }
  return false;
}

/** Two sorted, non-overlapping lists as one: where they overlap the longer mention wins, the first list on a tie. */
function mergeFound(a: Found[], b: Found[]): Found[] {
  const all = [...a.map((f) => ({ f, pri: 0 })), ...b.map((f) => ({ f, pri: 1 }))];
  all.sort((x, y) => x.f.i - y.f.i || y.f.r.end - y.f.i - (x.f.r.end - x.f.i) || x.pri - y.pri);
  const out: Found[] = [];
  for (const { f } of all) {
    const last = out[out.length - 1];
    if (last && f.i < last.r.end) {
      // Overlap: keep the longer one.
      if (f.r.end - f.i > last.r.end - last.i) {
        out.pop();
        while (out.length && out[out.length - 1].r.end > f.i) out.pop();
        out.push(f);
      }
      continue;
    }
    out.push(f);
  }
  return out;
}

/**
 * Every time expression in `text`, sorted by start and non-overlapping. Offsets are UTF-16 indices
 * into `text`. Never throws: malformed input yields what could be found, or [].
 */
export function findDates(text: string, lang: Lang, ctx: DateContext): DateMention[] {
  try {
    return findDatesUnchecked(text, lang, ctx);
  } catch {
    return [];
  }
}
