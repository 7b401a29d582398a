/**
 * Per-language word lists for the date finder. Everything is built once at module load; the
 * finder itself only does Map/trie look-ups. All keys are lower-case with apostrophes as "'".
 */
import type { Lang } from './types';
import { trie, wordMap, wordSet, type TrieNode } from './trie';

export type Which = 'this' | 'next' | 'last';
export type PeriodUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year';
export type SpanUnit = 'min' | 'hour' | 'day' | 'bday' | 'week' | 'month' | 'year';
export type Holiday =
  | 'xmas'
  | 'xmasEve'
  | 'oXmas'
  | 'ny'
  | 'nye'
  | 'easter'
  | 'easterMon'
  | 'oEaster'
  | 'memorial'
  | 'thanks'
  | 'labor'
  | 'halloween'
  | 'valentine'
  | 'jani'
  | 'ligo'
  | 'mothers'
  | 'fathers'
  | 'mayDay'
  | 'blackFriday'
  | 'cyberMonday';

/** A preposition in front of a date. */
export interface PrepV {
  /** Governs a deadline: by, до, do, līdz. */
  dl?: boolean;
  /** May introduce a bare hour or an H.MM time ("at 5", "plkst. 10.00"). */
  time?: boolean;
  /** May introduce a bare year ("in 2005"). */
  year?: boolean;
  /** Points backwards ("since"). */
  past?: boolean;
  /** Takes the locative in ru/uk ("в среде" = in an environment, not on Wednesday). */
  loc?: boolean;
  /**
   * May introduce a bare hour where the language otherwise wants an hour word: "loose" unless an
   * amount follows ("к 18 годам"), "strict" only before punctuation or a joining word ("до 18.").
   */
  hour?: 'loose' | 'strict';
  /** Opens a range of hours ("с 9 до 18", "od 9 do 17"). */
  from?: boolean;
  /** Names the period a thing covers ("отчёт за апрель", "faktura za październik", "rēķins par augustu"): a month is the latest one begun. */
  covered?: boolean;
}
export interface ModV {
  w: Which;
  /** Only before weekday names (ru "это" is also "this is"). */
  wdOnly?: boolean;
}
export interface RelV {
  off: number;
  past?: boolean;
  /** Part of day it implies, used to read a following bare hour ("tonight at 8"). */
  dp?: 'am' | 'pm';
  /** Clock time it stands for, minutes since midnight ("вечером" 18:00, "до обеда" 12:00). */
  time?: number;
  /** Only after one of these prepositions (uk "вечора" alone is "Доброго вечора"). */
  preps?: Set<string>;
  /**
   * A part of today named alone ("вечером", "rano", "pēc pusdienām"): [from, to) in minutes. Once
   * `to` has passed a promise means the next day's; in a past clause, a part not yet begun is
   * yesterday's. Habitual sentences ("вечером я обычно не работаю") name no day.
   */
  part?: readonly [number, number];
  /** Governs a deadline by itself ("до обеда", "przed południem"). */
  dl?: boolean;
  /** Never a deadline, whatever governs it: "до вчорашньої зустрічі" joins yesterday's meeting. */
  noDl?: boolean;
  /** A plain spelling that is also another word (lv "vakara": of the evening): only where it cannot be that. */
  plainOnly?: boolean;
}
export interface NounV {
  u: PeriodUnit;
  /** Only meaningful after "end of" ("end of day"). */
  endOnly?: boolean;
  /** Stands without a modifier after a preposition ("на выходных", "over the weekend"). */
  prepOk?: boolean;
  /** Stands alone ("nedēļas nogalē"). */
  free?: boolean;
}
export interface SingleV {
  u: PeriodUnit | 'season';
  w: Which;
  /** Means the period's end (EOD, EOW). */
  end?: boolean;
  /** Season start month. */
  s?: number;
}
export interface SeasonV {
  s: number;
  free?: boolean;
  /** Only after one of these prepositions (pl "na lata" is "for years", "do lata" by summer). */
  preps?: Set<string>;
}
export interface HolidayV {
  h: Holiday;
  /** English-style proper noun: only counts capitalised. */
  cap?: boolean;
  /** Also a name when capitalised (pl "sylwester"): only lower-case. */
  lower?: boolean;
  /** Only after a preposition ("w sylwestra", "od nowego roku"). */
  prep?: boolean;
}
/** A number word read as an hour. */
export interface HourNumV {
  h: number;
  /** Names an hour alone after an hour preposition ("до шести", "о дев'ятій", "o trzeciej", "trijos"). */
  solo?: boolean;
  /** Needs no preposition at all (lv "trijos naktī"). */
  free?: boolean;
}
export interface UnitV {
  u: SpanUnit;
  /** Multiplier: fortnight = 2 weeks, сутки = 24 hours. */
  k?: number;
  /** Singular form that implies "one" on its own ("через неделю", "within the hour"). */
  sg?: boolean;
}
export interface SpanPreV {
  within?: boolean;
  past?: boolean;
}
export interface DaypartV {
  ap?: 'am' | 'pm' | 'night';
  /** End of the working day: 17:00. */
  eod?: boolean;
  /** A deadline within the day, at this time: "завтра до обеда" is by 12:00 tomorrow. */
  by?: number;
}
export interface TodV {
  min: number;
  /** When set, only after one of these prepositions (pl "południe" is also "south"). */
  preps?: Set<string>;
}

export interface Lex {
  lang: Lang;
  preps: TrieNode<PrepV>;
  mods: TrieNode<ModV>;
  weekdays: Map<string, number>;
  /** Forms that are also ordinary words and need support (en "sun", ru "среде"). */
  weakWeekdays: Set<string>;
  /** Weekday abbreviations that may carry a dot ("Wed."). */
  wdAbbr: Set<string>;
  months: Map<string, number>;
  /** Month abbreviations: only next to a day number or year. */
  monthAbbr: Set<string>;
  /** Month forms that stand alone as "in <month>" (lv locatives: "martā"). */
  monthFree: Set<string>;
  rel: TrieNode<RelV>;
  nouns: TrieNode<NounV>;
  singles: TrieNode<SingleV>;
  endHeads: TrieNode<true>;
  endTails: Set<string>;
  /** Words after a period's genitive that name its start or middle (lv "decembra sākumā"): the period itself. */
  startTails?: Set<string>;
  seasons: TrieNode<SeasonV>;
  holidays: TrieNode<HolidayV>;
  units: TrieNode<UnitV>;
  nums: Map<string, number>;
  spanPre: TrieNode<SpanPreV>;
  spanPost: TrieNode<SpanPreV>;
  now: TrieNode<true>;
  nowBlock: Set<string>;
  neg: Set<string>;
  dpDate: TrieNode<DaypartV>;
  dpTime: TrieNode<DaypartV>;
  hourWords: TrieNode<true>;
  timeMarkers: TrieNode<true>;
  yearWords: TrieNode<true>;
  tod: TrieNode<TodV>;
  ordSuffix: Set<string>;
  /** Range joiners between two times besides dashes ("to", "до", "do", "līdz"). */
  rangeWords: Set<string>;
  /** Words that block an implied "one" before a unit ("pāris stundas laikā"). */
  quantifiers: Set<string>;
  /** Bare "at 5" style hours allowed after a time preposition (not in ru/uk: "в 5 раз"). */
  bareHour: boolean;
  /** Words that may follow a bare hour ("at 5 tomorrow"). */
  bareHourNext: Set<string>;
  /** Number words read as hours ("в три часа ночи", "до шести", "o trzeciej w nocy", "trijos naktī"). */
  hourNums: Map<string, HourNumV>;
  /**
   * Words that make a bare weekend or part of day habitual ("всегда", "даже в выходные", "по будням",
   * "navit u vykhidni"): it then names no day.
   */
  habit: Set<string>;
  /** "число" after a day of the month ("к 20 числу", "до 15 числа"); lv "datums" after "20.". */
  dayWords: Set<string>;
  /** The middle of a period: "к середине июня", "do połowy stycznia". */
  midHeads: TrieNode<true>;
  /** Words after "с 9 до 18" that make it an amount or an age ("с 10 до 15 человек", "с 5 до 10 лет"). */
  countNouns: Set<string>;
  /**
   * Words that time "at once" by an event instead of by now: "как только придёт — сразу сообщим",
   * "jak tylko przyjdą, od razu", "tiklīdz saņemsim, uzreiz".
   */
  eventWords: Set<string>;
}

const DL = { dl: true, time: true, year: true };
const T = { time: true, year: true };

function weekdayForms(groups: string[]): Map<string, number> {
  return wordMap(groups.map((g, i) => [g, i] as const));
}
function monthForms(groups: string[]): Map<string, number> {
  return wordMap(groups.map((g, i) => [g, i + 1] as const));
}
const noon = 720;
// "Midnight" as a deadline means the end of that day, so it reads as 23:59 of the same date.
const midnight = 23 * 60 + 59;

// Parts of today named alone, [from, to) in minutes (RelV.part).
const MORNING = [5 * 60, 12 * 60] as const;
const SINCE_MORNING = [5 * 60, 24 * 60] as const;
const BEFORE_LUNCH = [0, 13 * 60] as const;
const LUNCH = [11 * 60, 15 * 60] as const;
const AFTERNOON = [12 * 60, 18 * 60] as const;
const EVENING = [17 * 60, 24 * 60] as const;

/** "stem" + each ending, as a comma list. */
function adjForms(stem: string, endings: readonly string[]): string {
  return endings.map((e) => stem + e).join(', ');
}
const RU_ADJ_SG = ['ий', 'его', 'ему', 'им', 'ем', 'яя', 'ей', 'юю', 'ее'];
const RU_ADJ = [...RU_ADJ_SG, 'ие', 'их', 'ими'];
const UK_ADJ_SG = ['ій', 'ього', 'ьому', 'ім', 'я', 'ьої', 'ю', 'є', 'ьою'];
const UK_ADJ = [...UK_ADJ_SG, 'і', 'іх', 'іми'];
const PL_ADJ_SG = ['y', 'ego', 'emu', 'ym', 'a', 'ej', 'ą', 'e'];
const PL_ADJ = [...PL_ADJ_SG, 'ych', 'ymi'];

/** Hour words: `solo` ones name an hour alone after an hour preposition, the others want "часа" or a part of day. */
function hourNums(
  solo: ReadonlyArray<readonly [string, number]>,
  other: ReadonlyArray<readonly [string, number]> = [],
  free = false,
): Map<string, HourNumV> {
  const m = new Map<string, HourNumV>();
  for (const [list, h] of other) for (const w of list.split(',')) m.set(w.trim(), { h });
  for (const [list, h] of solo) for (const w of list.split(',')) m.set(w.trim(), { h, solo: true, free });
  return m;
}

// ---------------------------------------------------------------- English
const en = (): Lex => ({
  lang: 'en',
  preps: trie<PrepV>([
    ['by, until, till, til, before, no later than, not later than, due, due by, due on, due before', DL],
    ['at, @, around, about, from, after, starting, starting at, starting from', T],
    ['since', { ...T, past: true }],
    ['in, during, over, throughout, for, of, early, late, mid, mid -, as of, starting on, sometime, sometime in', { year: true }],
    ['on', {}],
  ]),
  mods: trie<ModV>([
    ['this, this coming, coming', { w: 'this' }],
    ['next, this next', { w: 'next' }],
    ['last, this past, past, previous', { w: 'last' }],
  ]),
  // The possessive is part of the token: "last Sunday's game".
  weekdays: weekdayForms([
    // Plurals name a weekly day ("on Fridays"): its next occurrence is the first date it gives.
    "sunday, sunday's, sundays, sun",
    "monday, monday's, mondays, mon",
    "tuesday, tuesday's, tuesdays, tue, tues",
    "wednesday, wednesday's, wednesdays, wed, weds",
    "thursday, thursday's, thursdays, thu, thur, thurs",
    "friday, friday's, fridays, fri",
    "saturday, saturday's, saturdays, sat",
  ]),
  weakWeekdays: wordSet('sun, sat, wed, weds, mon'),
  wdAbbr: wordSet('sun, mon, tue, tues, wed, weds, thu, thur, thurs, fri, sat'),
  months: monthForms([
    'january, jan',
    'february, feb',
    'march, mar',
    'april, apr',
    'may',
    'june, jun',
    'july, jul',
    'august, aug',
    'september, sep, sept',
    'october, oct',
    'november, nov',
    'december, dec',
  ]),
  monthAbbr: wordSet('jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec'),
  monthFree: new Set(),
  rel: trie<RelV>([
    ["today, today's", { off: 0 }],
    ["tonight, tonight's, tonite, 2nite, this evening", { off: 0, dp: 'pm' }],
    ['this afternoon', { off: 0, dp: 'pm' }],
    ['this morning', { off: 0, dp: 'am' }],
    ["tomorrow, tomorrow's, tmrw, tmr, tomoz, tommorow, tomorow, 2moro, 2morrow", { off: 1 }],
    ['the day after tomorrow, day after tomorrow', { off: 2 }],
    ["yesterday, yesterday's", { off: -1, past: true }],
    ['last night, last evening', { off: -1, past: true, dp: 'pm' }],
    ['the day before yesterday, day before yesterday', { off: -2, past: true }],
  ]),
  nouns: trie<NounV>([
    ["week, week's", { u: 'week' }],
    ["weekend, weekend's", { u: 'weekend' }],
    ['the weekend', { u: 'weekend', prepOk: true }],
    ["month, month's", { u: 'month' }],
    ["quarter, quarter's", { u: 'quarter' }],
    ["year, year's", { u: 'year' }],
    ['day, business, business day, working day, workday, work day, play', { u: 'day', endOnly: true }],
  ]),
  singles: trie<SingleV>([
    ['eod, e.o.d., eob, cob, c.o.b., eop, end of day, close of business, end of business, close of play, end of play', { u: 'day', w: 'this', end: true }],
    ['eow', { u: 'week', w: 'this', end: true }],
    ['eom', { u: 'month', w: 'this', end: true }],
    ['eoq', { u: 'quarter', w: 'this', end: true }],
    ['eoy', { u: 'year', w: 'this', end: true }],
  ]),
  endHeads: trie<true>([['end of, the end of, close of, the close of', true]]),
  endTails: new Set(),
  seasons: trie<SeasonV>([
    ['spring, the spring', { s: 3 }],
    ['summer, the summer', { s: 6 }],
    ['autumn, fall, the autumn, the fall', { s: 9 }],
    ['winter, the winter', { s: 12 }],
  ]),
  holidays: trie<HolidayV>([
    ['christmas, christmas day, xmas', { h: 'xmas', cap: true }],
    ['christmas eve', { h: 'xmasEve', cap: true }],
    ["new year's, new year's day, new years, new years day, new year", { h: 'ny', cap: true }],
    ["new year's eve, new years eve", { h: 'nye', cap: true }],
    ['easter, easter sunday', { h: 'easter', cap: true }],
    ['easter monday', { h: 'easterMon', cap: true }],
    ['memorial day', { h: 'memorial', cap: true }],
    ['thanksgiving, thanksgiving day', { h: 'thanks', cap: true }],
    ['labor day, labour day', { h: 'labor', cap: true }],
    ['halloween', { h: 'halloween', cap: true }],
    ["valentine's day, valentines day", { h: 'valentine', cap: true }],
    // The US dates: the UK's Mothering Sunday follows Easter and is rarely written this way.
    ["mother's day, mothers day", { h: 'mothers', cap: true }],
    ["father's day, fathers day", { h: 'fathers', cap: true }],
    ['black friday', { h: 'blackFriday', cap: true }],
    ['cyber monday', { h: 'cyberMonday', cap: true }],
  ]),
  units: trie<UnitV>([
    ['minute, minutes, mins, min', { u: 'min' }],
    ['hour', { u: 'hour', sg: true }],
    ['the hour', { u: 'hour', sg: true }],
    ['hours, hrs, hr, h', { u: 'hour' }],
    ['day', { u: 'day', sg: true }],
    ['days', { u: 'day' }],
    ['business day, working day, work day, workday', { u: 'bday', sg: true }],
    ['business days, working days, work days, workdays', { u: 'bday' }],
    ['week', { u: 'week', sg: true }],
    ['weeks, wks, wk', { u: 'week' }],
    ['fortnight', { u: 'week', k: 2, sg: true }],
    ['month', { u: 'month', sg: true }],
    ['months', { u: 'month' }],
    ['year', { u: 'year', sg: true }],
    ['years', { u: 'year' }],
  ]),
  nums: wordMap([
    ['a, an, one', 1],
    ['two', 2],
    ['three', 3],
    ['four', 4],
    ['five', 5],
    ['six', 6],
    ['seven', 7],
    ['eight', 8],
    ['nine', 9],
    ['ten', 10],
    ['eleven', 11],
    ['twelve', 12],
    ['thirteen', 13],
    ['fourteen', 14],
    ['fifteen', 15],
    ['sixteen', 16],
    ['seventeen', 17],
    ['eighteen', 18],
    ['nineteen', 19],
    ['twenty', 20],
    ['thirty', 30],
    ['forty', 40],
    ['fifty', 50],
    ['sixty', 60],
    ['seventy', 70],
    ['eighty', 80],
    ['ninety', 90],
  ]),
  spanPre: trie<SpanPreV>([
    ['in, in the next, in another', {}],
    ['within, within the next, within another, over the next, during the next, in the coming', { within: true }],
  ]),
  spanPost: trie<SpanPreV>([
    ['ago', { past: true }],
    ['from now, from today', {}],
  ]),
  now: trie<true>([['right away, immediately, straight away, straightaway, right off the bat, right now', true]]),
  nowBlock: wordSet(
    'after, before, following, upon, on, when, once, as, preceding, prior, adjacent, apparent, obvious, clear, evident, visible, noticeable, recognizable, recognisable, behind, below, above, next, afterwards, afterward, thereafter, to, from, in',
  ),
  neg: wordSet("not, never, don't, won't, can't, cannot, wasn't, isn't, didn't"),
  dpDate: trie<DaypartV>([
    ['morning, in the morning', { ap: 'am' }],
    ['afternoon, in the afternoon, evening, in the evening', { ap: 'pm' }],
    ['night, at night', { ap: 'night' }],
    ['eod, eob, cob, c.o.b., e.o.d., end of day, end of the day, close of business, end of business', { eod: true }],
  ]),
  dpTime: trie<DaypartV>([
    ['in the morning', { ap: 'am' }],
    ['in the afternoon, in the evening', { ap: 'pm' }],
    ['at night', { ap: 'night' }],
    ['sharp', {}],
  ]),
  hourWords: trie<true>([["o'clock, oclock, o clock, noon", true]]),
  timeMarkers: trie<true>([]),
  yearWords: trie<true>([]),
  tod: trie<TodV>([
    ['noon, midday, mid-day, 12 noon', { min: noon }],
    ['midnight, 12 midnight', { min: midnight }],
  ]),
  ordSuffix: wordSet('st, nd, rd, th'),
  rangeWords: wordSet('to'),
  quantifiers: wordSet('few, couple, several, some, many'),
  bareHour: true,
  bareHourNext: wordSet('on, today, tomorrow, tonight, this, next, sharp, or, and, latest, at'),
  hourNums: new Map(),
  habit: new Set(),
  dayWords: new Set(),
  midHeads: trie<true>([]),
  countNouns: new Set(),
  eventWords: new Set(),
});

// ---------------------------------------------------------------- Russian
const ru = (): Lex => ({
  lang: 'ru',
  preps: trie<PrepV>([
    ['не позднее, не позже, не позднее чем, не позже чем, вплоть до, крайний срок', DL],
    // A bare hour after these is a time: "до 18.", "к 18, если", "после 18?" (not after "в": "в 10 раз").
    ['до', { ...DL, hour: 'strict' }],
    ['к, ко, часам к, часикам к', { ...DL, hour: 'loose' }],
    ['в, во', { ...T, loc: true }],
    ['с, со, от', { ...T, from: true }],
    ['после, около', { ...T, hour: 'loose' }],
    ['начиная с, начиная со, не раньше, не ранее, не раньше чем', T],
    ['позже, позднее, раньше, в районе, где-то в районе', {}],
    ['на, по', { loc: true }],
    // "отчёт за апрель", "счета за ноябрь": the month the thing covers.
    ['за', { covered: true }],
    // Part of a period: "в начале декабря" names the period itself ("в середине" is a middle: midHeads).
    ['в начале, в первой половине, во второй половине, в первых числах', {}],
  ]),
  mods: trie<ModV>([
    [
      'этот, эту, эта, этой, этом, этого, этому, этим, этих, эти, ближайших, ближайший, ближайшую, ближайшая, ближайшей, ближайшем, ближайшего, ближайшему, текущий, текущую, текущей, текущем, текущего, текущему',
      { w: 'this' },
    ],
    ['это', { w: 'this', wdOnly: true }],
    [
      'след, след., следующий, следующую, следующая, следующей, следующем, следующего, следующему, следующим, следующих, будущих, будущий, будущую, будущей, будущем, будущего, будущему, будущим',
      { w: 'next' },
    ],
    [
      'прошлый, прошлую, прошлая, прошлой, прошлом, прошлого, прошлому, прошлым, прошлых, прошедших, прошедший, прошедшую, прошедшей, прошедшем, прошедшего, минувший, минувшую, минувшей, минувшем, предыдущий, предыдущую, предыдущей, предыдущем',
      { w: 'last' },
    ],
  ]),
  weekdays: weekdayForms([
    // Dative plurals name a weekly day ("по пятницам"): its next occurrence is the first date it gives.
    'воскресенье, воскресенья, воскресенью, воскресеньем, воскресение, воскресеньям, вс',
    'понедельник, понедельника, понедельнику, понедельником, понедельнике, понедельникам, пн',
    'вторник, вторника, вторнику, вторником, вторнике, вторникам, вт',
    'среда, среды, среде, среду, средой, средам, ср',
    'четверг, четверга, четвергу, четвергом, четверге, четвергам, чт',
    'пятница, пятницы, пятнице, пятницу, пятницей, пятницам, пт',
    'суббота, субботы, субботе, субботу, субботой, субботам, сб',
  ]),
  // "среда" is also "environment": "в среде разработки", "окружающей среды". The two-letter
  // abbreviations ("до пт", "с пн по ср") need a preposition too: "ср." is also "compare".
  weakWeekdays: wordSet('среда, среды, среде, средой, вс, пн, вт, ср, чт, пт, сб'),
  wdAbbr: wordSet('вс, пн, вт, ср, чт, пт, сб'),
  months: monthForms([
    'январь, января, январе, январю, янв',
    'февраль, февраля, феврале, февралю, фев, февр',
    'март, марта, марте, марту, мар',
    'апрель, апреля, апреле, апрелю, апр',
    'май, мая, мае, маю',
    'июнь, июня, июне, июню, июн',
    'июль, июля, июле, июлю, июл',
    'август, августа, августе, августу, авг',
    'сентябрь, сентября, сентябре, сентябрю, сен, сент',
    'октябрь, октября, октябре, октябрю, окт',
    'ноябрь, ноября, ноябре, ноябрю, ноя, нояб',
    'декабрь, декабря, декабре, декабрю, дек',
  ]),
  monthAbbr: wordSet('янв, фев, февр, мар, апр, июн, июл, авг, сен, сент, окт, ноя, нояб, дек'),
  monthFree: new Set(),
  rel: trie<RelV>([
    ['сегодня, сегодняшнего дня, сегодняшний день, сегодняшнему дню, седня, сёдня', { off: 0 }],
    // The adjectives: "вчерашний созвон", "завтрашняя встреча". Not the plurals of "today's"
    // ("сегодняшние реалии" are nowadays').
    [adjForms('сегодняшн', RU_ADJ_SG), { off: 0 }],
    [adjForms('завтрашн', RU_ADJ), { off: 1 }],
    [adjForms('вчерашн', RU_ADJ), { off: -1, past: true, noDl: true }],
    [adjForms('позавчерашн', RU_ADJ), { off: -2, past: true, noDl: true }],
    // Parts of today named alone: "пришлю вечером", "к вечеру будет", "до обеда успею".
    ['вечером', { off: 0, dp: 'pm', time: 18 * 60, part: EVENING }],
    ['вечеру', { off: 0, dp: 'pm', time: 18 * 60, part: EVENING, preps: wordSet('к, ко') }],
    ['вечера', { off: 0, dp: 'pm', time: 18 * 60, part: EVENING, preps: wordSet('до, с, со, после') }],
    ['утром', { off: 0, dp: 'am', time: 9 * 60, part: MORNING }],
    // "с утра" is often "since the morning" ("сервер лежит с утра"): it never moves to tomorrow.
    ['с утра, с самого утра', { off: 0, dp: 'am', time: 9 * 60, part: SINCE_MORNING }],
    ['обеда', { off: 0, time: noon, part: BEFORE_LUNCH, preps: wordSet('до') }],
    ['обеду', { off: 0, time: noon, part: BEFORE_LUNCH, preps: wordSet('к, ко') }],
    ['в обед', { off: 0, dp: 'pm', time: 13 * 60, part: LUNCH }],
    ['после обеда', { off: 0, dp: 'pm', time: 14 * 60, part: AFTERNOON }],
    // "к утру" is by tomorrow morning.
    ['утру', { off: 1, dp: 'am', preps: wordSet('к, ко') }],
    ['прошлой ночью, прошлую ночь, прошедшей ночью, минувшей ночью', { off: -1, past: true }],
    // Mail's typos: "Смету скину завтро" had been read as no day, and given one (pool48).
    ['завтра, завтрашнего дня, завтрашний день, завтрашнему дню, завтро, зафтра', { off: 1 }],
    ['послезавтра', { off: 2 }],
    ['вчера', { off: -1, past: true }],
    ['позавчера', { off: -2, past: true }],
  ]),
  nouns: trie<NounV>([
    ['неделя, недели, неделю, неделей', { u: 'week' }],
    ['неделе', { u: 'week', prepOk: true }],
    ['выходные, выходных, выходным, выходными, уикенд, уикенда, уикенде, уикенду', { u: 'weekend', prepOk: true }],
    ['месяц, месяца, месяце, месяцу, месяцем', { u: 'month' }],
    ['квартал, квартала, квартале, кварталу', { u: 'quarter' }],
    ['год, года, году, годом', { u: 'year' }],
    ['день, дня, дню, рабочий день, рабочего дня, рабочему дню, рабочем дне', { u: 'day', endOnly: true }],
  ]),
  singles: trie<SingleV>([]),
  endHeads: trie<true>([['конца, концу, конце, конец, окончания, окончанию, последний день, последнего дня, последнему дню, последним днём, последний рабочий день, последнего рабочего дня', true]]),
  endTails: new Set(),
  seasons: trie<SeasonV>([
    ['весна, весны, весне, весну', { s: 3 }],
    ['лето, лета, лету', { s: 6 }],
    ['осень, осени', { s: 9 }],
    ['зима, зимы, зиме, зиму', { s: 12 }],
    ['весной', { s: 3, free: true }],
    ['летом', { s: 6, free: true }],
    ['осенью', { s: 9, free: true }],
    ['зимой', { s: 12, free: true }],
  ]),
  holidays: trie<HolidayV>([
    ['новый год, нового года, новому году, новом году', { h: 'ny' }],
    // Russian Christmas and Easter follow the Orthodox calendar.
    ['рождество, рождества, рождеству', { h: 'oXmas' }],
    ['пасха, пасхи, пасхе, пасху', { h: 'oEaster' }],
    [
      'майские, майских, майским, майскими, майские праздники, майских праздников, майских праздниках, майским праздникам, майскими праздниками',
      { h: 'mayDay' },
    ],
    ['новогодние праздники, новогодних праздников, новогодних праздниках, новогодним праздникам, новогодние каникулы, новогодних каникул, новогодних каникулах', { h: 'ny' }],
    ['новогодняя ночь, новогоднюю ночь, новогодней ночи, новогодней ночью', { h: 'nye' }],
  ]),
  units: trie<UnitV>([
    ['минуту', { u: 'min', sg: true }],
    ['минуты, минут, мин', { u: 'min' }],
    ['час, часа, часок, часик', { u: 'hour', sg: true }],
    ['часов, h', { u: 'hour' }],
    ['сутки, суток', { u: 'hour', k: 24, sg: true }],
    ['день, дня, дней', { u: 'day' }],
    ['рабочий день, рабочего дня', { u: 'bday', sg: true }],
    ['рабочих дня, рабочих дней, рабочие дни', { u: 'bday' }],
    ['неделю, недели', { u: 'week', sg: true }],
    ['недель', { u: 'week' }],
    ['месяц, месяца', { u: 'month', sg: true }],
    ['месяцев', { u: 'month' }],
    ['год, года', { u: 'year', sg: true }],
    ['лет', { u: 'year' }],
  ]),
  nums: wordMap([
    ['один, одну, одного, одна, одной', 1],
    ['два, две, двух', 2],
    ['три, трёх, трех', 3],
    ['четыре, четырёх, четырех', 4],
    ['пять, пяти', 5],
    ['шесть, шести', 6],
    ['семь, семи', 7],
    ['восемь, восьми', 8],
    ['девять, девяти', 9],
    ['десять, десяти', 10],
    ['одиннадцать', 11],
    ['двенадцать, двенадцати', 12],
    ['четырнадцать, четырнадцати', 14],
    ['пятнадцать, пятнадцати', 15],
    ['двадцать, двадцати', 20],
    ['тридцать, тридцати', 30],
    ['сорок, сорока', 40],
    ['семьдесят', 70],
  ]),
  spanPre: trie<SpanPreV>([
    ['через, спустя', {}],
    ['в течение, в течении, в течение ближайших, в ближайшие, в пределах, на протяжении', { within: true }],
  ]),
  spanPost: trie<SpanPreV>([['назад', { past: true }]]),
  now: trie<true>([['сразу, сразу же, немедленно, тотчас, тотчас же, безотлагательно, незамедлительно, прямо сейчас', true]]),
  nowBlock: wordSet('после, как, за, несколько, все, всё, всех, видно, понятно, ясно, стало, два, две, три, оба, обе, на, в, и, при, по, с, со, от'),
  neg: wordSet('не, ни'),
  dpDate: trie<DaypartV>([
    ['утром, с утра', { ap: 'am' }],
    ['до обеда, к обеду', { ap: 'am', by: noon }],
    ['днём, днем, вечером, после обеда, в обед, во второй половине дня', { ap: 'pm' }],
    ['в первой половине дня', { ap: 'am' }],
    ['к вечеру, до вечера', { ap: 'pm', by: 18 * 60 }],
    ['ночью', { ap: 'night' }],
    ['в конце дня, к концу дня, до конца дня, в конце рабочего дня, до конца рабочего дня', { eod: true }],
  ]),
  dpTime: trie<DaypartV>([
    ['утра', { ap: 'am' }],
    ['дня, вечера', { ap: 'pm' }],
    ['ночи', { ap: 'night' }],
  ]),
  hourWords: trie<true>([['час, часа, часов, ч', true]]),
  timeMarkers: trie<true>([]),
  yearWords: trie<true>([['г, г., год, года, году, годом', true]]),
  tod: trie<TodV>([
    ['полдень, полудня, полудню', { min: noon, preps: wordSet('в, до, к, после, около, с') }],
    ['полночь, полуночи', { min: midnight, preps: wordSet('в, до, к, после, около, с') }],
  ]),
  ordSuffix: wordSet('го, е, ого, му, ому'),
  rangeWords: wordSet('до'),
  quantifiers: wordSet('пару, пара, несколько, нескольких, пару-тройку'),
  bareHour: false,
  bareHourNext: wordSet('и, а, но, или, если, тк, т, потому, чтобы, как, ну, уже, ок, мск, по, будет, буду, будем, будут, точно, наверное, наверно, ежедневно, включительно'),
  hourNums: hourNums(
    // Genitive/dative name an hour alone: "до шести", "к пяти", "с девяти до шести".
    [['двух', 2], ['трёх, трех', 3], ['четырёх, четырех', 4], ['пяти', 5], ['шести', 6], ['семи', 7], ['восьми', 8], ['девяти', 9], ['десяти', 10], ['одиннадцати', 11], ['двенадцати', 12]],
    // The accusative wants "часа" or a part of day: "в два часа ночи", "в три ночи" ("в два раза" is not a time).
    [['два', 2], ['три', 3], ['четыре', 4], ['пять', 5], ['шесть', 6], ['семь', 7], ['восемь', 8], ['девять', 9], ['десять', 10], ['одиннадцать', 11], ['двенадцать', 12]],
  ),
  habit: wordSet(
    'всегда, обычно, никогда, даже, хоть, любое, любой, любую, круглосуточно, ежедневно, каждый, каждую, каждое, каждые, каждым, праздники, праздникам, ночью, ночам, будням, будни, постоянно, правило',
  ),
  dayWords: wordSet('число, числа, числу, числом, числе'),
  midHeads: trie<true>([['середины, середине, середину, середина, серединой', true]]),
  countNouns: wordSet(
    'лет, года, годам, годы, тысяч, тыс, млн, человек, людей, штук, шт, раз, раза, класса, классов, кг, км, см, мм, градусов, баллов, процентов, страниц, стр, серии, серий, этажа, этажей, мест, места, позиции, позиций, уровня, номер, номера, рублей, руб, евро, долларов, сотрудников, заказов, пунктов, века, столетия, ряда',
  ),
  eventWords: wordSet('как, когда, если, тогда, после, пока, потом, затем'),
});

// ---------------------------------------------------------------- Ukrainian
const uk = (): Lex => ({
  lang: 'uk',
  preps: trie<PrepV>([
    ['не пізніше, не пізніше ніж, не пізніш, не пізніше за, найпізніше, щонайпізніше', DL],
    ['до', { ...DL, hour: 'strict' }],
    ['о, об', { time: true, hour: 'loose' }],
    ['в, у', { ...T, loc: true }],
    ['з, із, зі, від', { ...T, from: true }],
    ['після, близько', { ...T, hour: 'loose' }],
    ['починаючи з, не раніше, не раніше ніж, не раніш', T],
    ['пізніше, раніше', {}],
    ['на, по', { loc: true }],
    ['за', { covered: true }],
    // Part of a period: "на початку грудня" names the period itself ("у середині" is a middle: midHeads).
    ['на початку, в першій половині, у першій половині, в другій половині, у другій половині, в перших числах, у перших числах', {}],
  ]),
  mods: trie<ModV>([
    [
      // Feminine genitives too: "до цієї п'ятниці", "минулої середи".
      'цей, цю, ця, цього, цьому, цій, цим, цієї, цих, ці, цими, найближчих, найближчий, найближчу, найближча, найближчого, найближчому, найближчій, найближчої, поточний, поточного, поточному, поточній, поточної',
      { w: 'this' },
    ],
    [
      'наступний, наступну, наступна, наступного, наступному, наступній, наступним, наступної, наступних, майбутній, майбутнього, майбутньому, майбутньої',
      { w: 'next' },
    ],
    [
      'минулий, минулу, минула, минулого, минулому, минулій, минулим, минулої, минулих, попередній, попереднього, попередньому, попередню, попередньої',
      { w: 'last' },
    ],
  ]),
  weekdays: weekdayForms([
    // "щоп'ятниці" and "по п'ятницях" name a weekly day: its next occurrence is the first date it gives.
    'неділя, неділі, неділю, неділею, щонеділі, неділях, нд',
    'понеділок, понеділка, понеділку, понеділком, щопонеділка, понеділках, пн',
    'вівторок, вівторка, вівторку, вівторком, щовівторка, вівторках, вт',
    'середа, середи, середі, середу, середою, щосереди, середах, ср',
    'четвер, четверга, четвергу, четвергом, щочетверга, четвергах, чт',
    // Also typed without the apostrophe: "до пятниці".
    "п'ятниця, п'ятниці, п'ятницю, п'ятницею, пятниця, пятниці, пятницю, пятницею, щоп'ятниці, щопятниці, п'ятницях, пятницях, пт",
    'субота, суботи, суботі, суботу, суботою, щосуботи, суботах, сб',
  ]),
  // Two-letter abbreviations need a preposition: "до пт", "з пн по ср".
  weakWeekdays: wordSet('нд, пн, вт, ср, чт, пт, сб'),
  wdAbbr: wordSet('нд, пн, вт, ср, чт, пт, сб'),
  months: monthForms([
    'січень, січня, січні, січню, січ',
    'лютий, лютого, лютому, лют',
    'березень, березня, березні, березню, бер',
    'квітень, квітня, квітні, квітню, квіт',
    'травень, травня, травні, травню, трав',
    'червень, червня, червні, червню, черв',
    'липень, липня, липні, липню, лип',
    'серпень, серпня, серпні, серпню, серп',
    'вересень, вересня, вересні, вересню, вер',
    'жовтень, жовтня, жовтні, жовтню, жовт',
    // Not the short "лист": it is the everyday word for a letter ("наступний лист надішлю").
    // Also as often mistyped with "і": "за лістопад".
    'листопад, листопада, листопаді, листопаду, лістопад, лістопада, лістопаді',
    'грудень, грудня, грудні, грудню, груд',
  ]),
  monthAbbr: wordSet('січ, лют, бер, квіт, трав, черв, лип, серп, вер, жовт, груд'),
  monthFree: new Set(),
  rel: trie<RelV>([
    // Also as typed in a hurry: "сьодні", "сьогодня" (pool24: "Гляну сьодні" took a second day).
    ['сьогодні, сьогоднішнього дня, сьодні, сьогодня, сьоні', { off: 0 }],
    [adjForms('сьогоднішн', UK_ADJ_SG), { off: 0 }],
    [adjForms('завтрашн', UK_ADJ), { off: 1 }],
    [adjForms('вчорашн', UK_ADJ) + ', ' + adjForms('учорашн', UK_ADJ), { off: -1, past: true, noDl: true }],
    // "до вечора" is by this evening, "до ранку" by tomorrow morning; alone they greet ("Доброго вечора").
    ['вечора', { off: 0, dp: 'pm', time: 18 * 60, part: EVENING, preps: wordSet('до, з, від, після') }],
    ['ранку', { off: 1, dp: 'am', preps: wordSet('до') }],
    ['ввечері, увечері, під вечір', { off: 0, dp: 'pm', time: 18 * 60, part: EVENING }],
    ['зранку, вранці, уранці, зрання', { off: 0, dp: 'am', time: 9 * 60, part: MORNING }],
    ['з ранку, з самого ранку, від ранку', { off: 0, dp: 'am', time: 9 * 60, part: SINCE_MORNING }],
    ['обіду', { off: 0, time: noon, part: BEFORE_LUNCH, preps: wordSet('до') }],
    ['в обід, у обід', { off: 0, dp: 'pm', time: 13 * 60, part: LUNCH }],
    ['після обіду, по обіді', { off: 0, dp: 'pm', time: 14 * 60, part: AFTERNOON }],
    ['минулої ночі, минулої ночи, минулої нічі', { off: -1, past: true }],
    ['цього вечора', { off: 0, dp: 'pm' }],
    ['цього ранку', { off: 0, dp: 'am' }],
    ['завтра, завтрашнього дня, завтрашній день, завтро, зафтра', { off: 1 }],
    ['післязавтра', { off: 2 }],
    ['вчора, учора', { off: -1, past: true }],
    ['позавчора', { off: -2, past: true }],
  ]),
  nouns: trie<NounV>([
    ['тиждень, тижня, тижню', { u: 'week' }],
    ['тижні', { u: 'week', prepOk: true }],
    ['вихідні, вихідних, вихідним, вихідними, вікенд, вікенду, вікенді', { u: 'weekend', prepOk: true }],
    ['місяць, місяця, місяці, місяцю', { u: 'month' }],
    ['квартал, кварталу, кварталі', { u: 'quarter' }],
    ['рік, року, році, роком', { u: 'year' }],
    ['день, дня, дню, робочий день, робочого дня, робочому дню', { u: 'day', endOnly: true }],
  ]),
  singles: trie<SingleV>([]),
  endHeads: trie<true>([['кінця, кінцю, кінці, кінець, наприкінці, вкінці, укінці, закінчення, останній день, останнього дня, останньому дні, останній робочий день, останнього робочого дня', true]]),
  endTails: new Set(),
  seasons: trie<SeasonV>([
    ['весна, весни, весні, весну', { s: 3 }],
    ['літо, літа, літу', { s: 6 }],
    ['осінь, осені', { s: 9 }],
    ['зима, зими, зимі, зиму', { s: 12 }],
    ['навесні, весною', { s: 3, free: true }],
    ['влітку, улітку, літом', { s: 6, free: true }],
    ['восени', { s: 9, free: true }],
    ['взимку, узимку, зимою', { s: 12, free: true }],
  ]),
  holidays: trie<HolidayV>([
    ['новий рік, нового року, новому році, новому року', { h: 'ny' }],
    // Since 2023 the Orthodox Church of Ukraine keeps Christmas on 25 December; Easter stays Julian.
    ['різдво, різдва, різдву', { h: 'xmas' }],
    ['великдень, великодня, великодню', { h: 'oEaster' }],
    ['травневі, травневих, травневі свята, травневих свят, травневих святах, травневі вихідні, травневих вихідних', { h: 'mayDay' }],
    ['новорічні свята, новорічних свят, новорічних святах, новорічним святам, новорічні канікули, новорічних канікул', { h: 'ny' }],
    ['новорічна ніч, новорічну ніч, новорічної ночі', { h: 'nye' }],
  ]),
  units: trie<UnitV>([
    ['хвилину', { u: 'min', sg: true }],
    ['хвилини, хвилин, хв', { u: 'min' }],
    ['годину, години, годинку', { u: 'hour', sg: true }],
    ['годин, год, h', { u: 'hour' }],
    ['добу, доби', { u: 'hour', k: 24, sg: true }],
    ['діб', { u: 'hour', k: 24 }],
    ['день, дні, днів, дня', { u: 'day' }],
    ['робочий день, робочого дня', { u: 'bday', sg: true }],
    ['робочих днів, робочі дні, робочих дні', { u: 'bday' }],
    ['тиждень, тижня', { u: 'week', sg: true }],
    ['тижні, тижнів', { u: 'week' }],
    ['місяць, місяця', { u: 'month', sg: true }],
    ['місяці, місяців', { u: 'month' }],
    ['рік, року', { u: 'year', sg: true }],
    ['роки, років', { u: 'year' }],
  ]),
  nums: wordMap([
    ['один, одну, одного, одна, одній', 1],
    ['два, дві, двох', 2],
    ['три, трьох', 3],
    ['чотири, чотирьох', 4],
    ["п'ять, п'яти, пять, пяти", 5],
    ['шість, шести', 6],
    ['сім, семи', 7],
    ['вісім, восьми', 8],
    ["дев'ять, дев'яти", 9],
    ['десять, десяти', 10],
    ['дванадцять', 12],
    ['чотирнадцять', 14],
    ["п'ятнадцять", 15],
    ['двадцять', 20],
    ['тридцять', 30],
    ['сорок', 40],
    ['сімдесят', 70],
  ]),
  spanPre: trie<SpanPreV>([
    ['через', {}],
    ['протягом, впродовж, упродовж, в найближчі, у найближчі, в межах, у межах, протягом найближчих', { within: true }],
  ]),
  spanPost: trie<SpanPreV>([['тому', { past: true }]]),
  now: trie<true>([['одразу, відразу, негайно, невідкладно, одразу ж, відразу ж, зараз же, прямо зараз', true]]),
  nowBlock: wordSet('після, як, за, кілька, всі, все, видно, зрозуміло, два, дві, три, обидва, на, в, у, і, й, при, по, з, від'),
  neg: wordSet('не, ні'),
  dpDate: trie<DaypartV>([
    ['вранці, зранку, уранці, зрання', { ap: 'am' }],
    ['до обіду', { ap: 'am', by: noon }],
    ['вдень, удень, ввечері, увечері, після обіду, в обід, під вечір, в другій половині дня, у другій половині дня', { ap: 'pm' }],
    ['в першій половині дня, у першій половині дня', { ap: 'am' }],
    ['до вечора', { ap: 'pm', by: 18 * 60 }],
    ['вночі, уночі', { ap: 'night' }],
    ['в кінці дня, до кінця дня, наприкінці дня, до кінця робочого дня', { eod: true }],
  ]),
  dpTime: trie<DaypartV>([
    ['ранку', { ap: 'am' }],
    ['дня, вечора', { ap: 'pm' }],
    ['ночі', { ap: 'night' }],
  ]),
  hourWords: trie<true>([['година, годині, годину, години, годин, год', true]]),
  timeMarkers: trie<true>([]),
  yearWords: trie<true>([['р, р., рік, року, році, роком', true]]),
  tod: trie<TodV>([
    ['полудня, опівдні', { min: noon }],
    ['опівночі, півночі', { min: midnight }],
  ]),
  // "на 23-тє", "1-ше", "2-ге": the neuter ordinal of "число" (pool36).
  ordSuffix: wordSet('го, е, ого, му, ому, й, те, тє, ше, ге'),
  rangeWords: wordSet('до'),
  quantifiers: wordSet('кілька, кількох, декілька, пару, пари'),
  bareHour: false,
  bareHourNext: wordSet('і, й, та, а, але, або, бо, якщо, щоб, як, ну, вже, за, по, ок, буде, буду, будемо, будуть, точно, мабуть, щодня, включно'),
  // Feminine ordinals name the hour: "о дев'ятій", "о третій ночі", "до шостої", "з дев'ятої до шостої".
  // "першої", "другої" alone are also "the first", "the other": with "години" or a part of day only.
  hourNums: hourNums(
    [
      '', '', 'трет', 'четверт', "п'ят, пят", 'шост', 'сьом', 'восьм', "дев'ят, девят", 'десят', 'одинадцят', 'дванадцят',
      'тринадцят', 'чотирнадцят', "п'ятнадцят, пятнадцят", 'шістнадцят', 'сімнадцят', 'вісімнадцят', "дев'ятнадцят, девятнадцят", 'двадцят',
    ]
      .map((stems, i) => [stems.split(', ').map((st) => `${st}ій, ${st === 'трет' ? 'треть' : st}ої`).join(', '), i + 1] as const)
      .filter(([, h]) => h > 2),
    [['першій, першої', 1], ['другій, другої', 2]],
  ),
  habit: wordSet(
    'завжди, зазвичай, ніколи, навіть, хоч, будь, цілодобово, щодня, щоденно, кожен, кожного, кожну, кожне, кожні, свята, святах, святкові, вночі, уночі, ночами, будні, буднях, будням, постійно',
  ),
  dayWords: wordSet('число, числа, числу, числі'),
  midHeads: trie<true>([['середини, середині, середину, середина, серединою', true]]),
  countNouns: wordSet(
    'років, роки, рік, тисяч, тис, млн, осіб, людей, чоловік, штук, шт, разів, рази, класу, класів, кг, км, см, градусів, балів, відсотків, сторінок, поверху, поверхів, місць, позицій, рівня, номер, гривень, грн, доларів, євро, століття, сторіччя, ряду',
  ),
  eventWords: wordSet('як, коли, якщо, тоді, після, щойно, поки, потім'),
});

// ---------------------------------------------------------------- Polish
const plNoonPreps = wordSet('w, o, do, przed, po, około, od, koło');
const pl = (): Lex => ({
  lang: 'pl',
  preps: trie<PrepV>([
    ['do, na, przed, najpóźniej, nie później niż, nie później jak, najpóźniej do, najpóźniej na, aż do, najpozniej, nie pozniej niz, najpozniej do, az do', DL],
    ['o, około, po, koło, nie wcześniej niż, nie wcześniej', T],
    ['od', { ...T, from: true }],
    ['w, we', { year: true, loc: true }],
    ['z, ze, pod', { year: true }],
    ['w okolicach, gdzieś w okolicach, gdzieś na, gdzieś w', {}],
    // "faktura za październik": the month it covers ("za tydzień" is a span).
    ['za', { covered: true }],
    // Part of a period: "na początku grudnia" names the period itself ("w połowie" is a middle: midHeads).
    ['na początku, z początkiem, w pierwszej połowie, w drugiej połowie, na przełomie, na pierwszą połowę, na drugą połowę, pierwsza połowa, druga połowa', {}],
  ]),
  mods: trie<ModV>([
    [
      'ten, tę, tą, ta, tym, tego, tej, najbliższy, najbliższą, najbliższym, najbliższego, najbliższej, bieżący, bieżącym, bieżącego, bieżącej, obecny, obecnym, obecnego, najblizszy, najblizsza, najblizszym, najblizszego, najblizszej',
      { w: 'this' },
    ],
    [
      'przyszły, przyszłą, przyszłym, przyszłego, przyszłej, następny, następną, następnym, następnego, następnej, kolejny, kolejną, kolejnym, kolejnego, kolejnej, przyszly, przyszla, przyszlym, przyszlego, przyszlej, nastepny, nastepna, nastepnym, nastepnego, nastepnej',
      { w: 'next' },
    ],
    [
      'zeszły, zeszłą, zeszłym, zeszłego, zeszłej, ostatni, ostatnią, ostatnim, ostatniego, ostatniej, ubiegły, ubiegłą, ubiegłym, ubiegłego, ubiegłej, poprzedni, poprzednią, poprzednim, poprzedniego, poprzedniej, zeszly, zeszla, zeszlym, zeszlego, zeszlej, ubiegly, ubiegla, ubieglym, ubieglego, ubieglej',
      { w: 'last' },
    ],
  ]),
  weekdays: weekdayForms([
    // Plurals name a weekly day ("w piątki"); "niedziele", "środy" and "soboty" already are forms.
    // The adjectives too: "na wtorkowym spotkaniu", "piątkowa prezentacja".
    'niedziela, niedzieli, niedzielę, niedzielą, niedziele, niedz, nd, ' + adjForms('niedzieln', PL_ADJ),
    'poniedziałek, poniedziałku, poniedziałkowi, poniedziałkiem, poniedzialek, poniedzialku, poniedziałki, poniedzialki, pon, ' + adjForms('poniedziałkow', PL_ADJ),
    'wtorek, wtorku, wtorkowi, wtorkiem, wtorki, wt, ' + adjForms('wtorkow', PL_ADJ),
    'środa, środy, środzie, środę, środą, sroda, srody, srode, śr, ' + adjForms('środow', PL_ADJ),
    'czwartek, czwartku, czwartkowi, czwartkiem, czwartki, czw, ' + adjForms('czwartkow', PL_ADJ),
    'piątek, piątku, piątkowi, piątkiem, piatek, piatku, piątki, piatki, pt, ' + adjForms('piątkow', PL_ADJ),
    'sobota, soboty, sobocie, sobotę, sobotą, sobote, sob, ' + adjForms('sobotni', ['', 'ego', 'emu', 'm', 'a', 'ej', 'ą', 'e', 'ch', 'mi']),
  ]),
  // Abbreviations need a preposition: "do pt.", "od pon. do śr.".
  weakWeekdays: wordSet('niedz, nd, pon, wt, śr, czw, pt, sob'),
  wdAbbr: wordSet('niedz, nd, pon, wt, śr, czw, pt, sob'),
  months: monthForms([
    'styczeń, stycznia, styczniu, sty',
    'luty, lutego, lutym, lut',
    'marzec, marca, marcu',
    'kwiecień, kwietnia, kwietniu, kwi',
    'maj, maja, maju',
    'czerwiec, czerwca, czerwcu, cze',
    'lipiec, lipca, lipcu, lip',
    'sierpień, sierpnia, sierpniu, sie',
    'wrzesień, września, wrześniu, wrz',
    'październik, października, październiku, paź',
    'listopad, listopada, listopadzie, lis',
    'grudzień, grudnia, grudniu, gru',
  ]),
  monthAbbr: wordSet('sty, lut, kwi, cze, lip, sie, wrz, paź, lis, gru'),
  monthFree: new Set(),
  rel: trie<RelV>([
    ['dziś, dzisiaj, dzisiejszego dnia, dzis', { off: 0 }],
    // The adjectives: "wczorajsze spotkanie", "jutrzejsza prezentacja"; not "w dzisiejszych czasach" (nowadays).
    [adjForms('dzisiejsz', PL_ADJ_SG), { off: 0 }],
    [adjForms('jutrzejsz', PL_ADJ), { off: 1 }],
    [adjForms('wczorajsz', PL_ADJ), { off: -1, past: true, noDl: true }],
    // "do wieczora" is by this evening; alone it wishes one ("Miłego wieczora").
    ['wieczora', { off: 0, dp: 'pm', time: 18 * 60, part: EVENING, preps: wordSet('do, od, koło, około') }],
    ['wieczorem', { off: 0, dp: 'pm', time: 18 * 60, part: EVENING }],
    ['rano, z rana, rankiem', { off: 0, dp: 'am', time: 9 * 60, part: MORNING }],
    // "od rana" is since the morning.
    ['rana', { off: 0, dp: 'am', time: 9 * 60, part: SINCE_MORNING, preps: wordSet('od') }],
    ['od samego rana', { off: 0, dp: 'am', time: 9 * 60, part: SINCE_MORNING }],
    ['po południu, popołudniu', { off: 0, dp: 'pm', time: 14 * 60, part: AFTERNOON }],
    ['przed południem', { off: 0, dp: 'am', time: noon, part: BEFORE_LUNCH, dl: true }],
    ['zeszłej nocy, ostatniej nocy, poprzedniej nocy', { off: -1, past: true }],
    ['jutro, jutra, jutrzejszego dnia', { off: 1 }],
    ['pojutrze', { off: 2 }],
    ['wczoraj', { off: -1, past: true }],
    ['przedwczoraj', { off: -2, past: true }],
  ]),
  nouns: trie<NounV>([
    ['tydzień, tygodnia, tygodniu, tydzien, tyg, tyg.', { u: 'week' }],
    ['weekend, weekendu, weekendzie, weekendem', { u: 'weekend', prepOk: true }],
    ['miesiąc, miesiąca, miesiącu, miesiac, miesiaca, miesiacu', { u: 'month' }],
    ['kwartał, kwartału, kwartale', { u: 'quarter' }],
    ['rok, roku', { u: 'year' }],
    ['dzień, dnia, dnia roboczego, dnia pracy, dzień roboczy', { u: 'day', endOnly: true }],
  ]),
  singles: trie<SingleV>([]),
  endHeads: trie<true>([['końca, koniec, końcu, końcem, konca, koncu, koncem', true]]),
  endTails: new Set(),
  seasons: trie<SeasonV>([
    ['wiosna, wiosny, wiośnie, wiosnę', { s: 3 }],
    ['lato, lecie', { s: 6 }],
    // "na lata" is "for years".
    ['lata', { s: 6, preps: wordSet('do, od, z, ze, koło, około, połowy') }],
    // The summer holidays, not "na wakacjach" (on holiday).
    ['wakacje', { s: 7, preps: wordSet('w, we, na, przed') }],
    ['wakacji', { s: 7, preps: wordSet('do, od, okolicach, około, koło, połowy, końca') }],
    ['wakacjach, wakacjami', { s: 7, preps: wordSet('po, przed') }],
    ['jesień, jesieni', { s: 9 }],
    ['zima, zimy, zimie, zimę', { s: 12 }],
    ['wiosną', { s: 3, free: true }],
    ['latem', { s: 6, free: true }],
    ['jesienią', { s: 9, free: true }],
    ['zimą', { s: 12, free: true }],
  ]),
  holidays: trie<HolidayV>([
    // Lower-case only after a preposition: "od nowego roku", not "szczęśliwego nowego roku".
    ['nowy rok, nowego roku, nowym roku', { h: 'ny', cap: true, prep: true }],
    ['boże narodzenie, bożego narodzenia, święta bożego narodzenia, świąt bożego narodzenia', { h: 'xmas' }],
    ['wigilia, wigilii, wigilię', { h: 'xmasEve', cap: true }],
    ['wielkanoc, wielkanocy, wielkanocą, święta wielkanocne, świąt wielkanocnych, świętach wielkanocnych, świętami wielkanocnymi', { h: 'easter' }],
    ['majówka, majówki, majówkę, majówce, majówką, majówek', { h: 'mayDay' }],
    ['walentynki, walentynek, walentynkach, walentynkami', { h: 'valentine' }],
    // Also a name: "w sylwestra", not "do Sylwestra".
    ['sylwester, sylwestra, sylwestrze, sylwestrem', { h: 'nye', lower: true, prep: true }],
    ['black friday', { h: 'blackFriday', cap: true }],
    ['cyber monday', { h: 'cyberMonday', cap: true }],
    ['poniedziałek wielkanocny, lany poniedziałek', { h: 'easterMon' }],
  ]),
  units: trie<UnitV>([
    ['minutę', { u: 'min', sg: true }],
    ['minuty, minut, min', { u: 'min' }],
    ['godzinę, godziny, godzine, godzinkę', { u: 'hour', sg: true }],
    ['godzin, godz, h', { u: 'hour' }],
    ['dobę, doby', { u: 'hour', k: 24, sg: true }],
    ['dób', { u: 'hour', k: 24 }],
    ['dzień, dni, dnia', { u: 'day' }],
    ['dzień roboczy, dnia roboczego', { u: 'bday', sg: true }],
    ['dni roboczych, dni robocze', { u: 'bday' }],
    ['tydzień, tygodnia, tydzien', { u: 'week', sg: true }],
    ['tygodnie, tygodni', { u: 'week' }],
    ['miesiąc, miesiąca', { u: 'month', sg: true }],
    ['miesiące, miesięcy', { u: 'month' }],
    ['rok, roku', { u: 'year', sg: true }],
    ['lata, lat', { u: 'year' }],
  ]),
  nums: wordMap([
    ['jeden, jedną, jednego, jedna, jednej', 1],
    ['dwa, dwie, dwóch, dwu', 2],
    ['trzy, trzech', 3],
    ['cztery, czterech', 4],
    ['pięć, pięciu', 5],
    ['sześć, sześciu', 6],
    ['siedem, siedmiu', 7],
    ['osiem, ośmiu', 8],
    ['dziewięć, dziewięciu', 9],
    ['dziesięć, dziesięciu', 10],
    ['dwanaście, dwunastu', 12],
    ['czternaście, czternastu', 14],
    ['piętnaście, piętnastu', 15],
    ['dwadzieścia, dwudziestu', 20],
    ['trzydzieści, trzydziestu', 30],
    ['czterdzieści, czterdziestu', 40],
    ['siedemdziesiąt, siedemdziesięciu', 70],
  ]),
  spanPre: trie<SpanPreV>([
    ['za', {}],
    ['w ciągu, w przeciągu, w ciągu najbliższych, w ciągu następnych, w ciągu kolejnych, w najbliższych, w ciagu, w przeciagu, w ciagu najblizszych, w ciagu nastepnych, w ciagu kolejnych', { within: true }],
  ]),
  spanPost: trie<SpanPreV>([['temu', { past: true }]]),
  now: trie<true>([['natychmiast, od razu, niezwłocznie, bezzwłocznie, od ręki', true]]),
  nowBlock: wordSet('po, gdy, jak, kiedy, widać, kilka, wszystkie, dwa, dwie, trzy, oba, obie, i, na, w, przy, z, ze, od'),
  neg: wordSet('nie'),
  dpDate: trie<DaypartV>([
    ['rano, z rana, rankiem', { ap: 'am' }],
    ['przed południem', { ap: 'am', by: noon }],
    ['po południu, popołudniu, wieczorem', { ap: 'pm' }],
    ['do wieczora', { ap: 'pm', by: 18 * 60 }],
    ['w nocy, nocą', { ap: 'night' }],
    ['pod koniec dnia, na koniec dnia, do końca dnia, do końca dnia roboczego', { eod: true }],
  ]),
  dpTime: trie<DaypartV>([
    ['rano', { ap: 'am' }],
    ['po południu, wieczorem', { ap: 'pm' }],
    ['w nocy', { ap: 'night' }],
  ]),
  hourWords: trie<true>([]),
  timeMarkers: trie<true>([['godz, godz., godzina, godzinie, godziny, o godzinie, o godz., o godz', true]]),
  yearWords: trie<true>([['r, r., rok, roku', true]]),
  // "południe" and "północ" are also "south" and "north": only after a time preposition.
  tod: trie<TodV>([
    ['południe, południa', { min: noon, preps: plNoonPreps }],
    ['północy, północ', { min: midnight, preps: wordSet('o, do, przed, po, około, od') }],
  ]),
  // "25-go" (dwudziestego piątego).
  ordSuffix: wordSet('go'),
  rangeWords: wordSet('do'),
  quantifiers: wordSet('kilka, kilku, parę, paru, kilkanaście'),
  bareHour: true,
  bareHourNext: wordSet('w, we, i, lub, albo, ale, bo, a, jeśli, jeżeli, żeby, już, będzie, będę, najpóźniej, codziennie'),
  // Feminine ordinals name the hour: "o trzeciej w nocy", "do szóstej", "od dziewiątej do siedemnastej".
  // "pierwszej", "drugiej" alone are also "the first", "the other": with "w nocy" or "godziny" only.
  hourNums: hourNums(
    [
      '', '', 'trzeciej', 'czwartej', 'piątej', 'szóstej', 'siódmej', 'ósmej', 'dziewiątej', 'dziesiątej', 'jedenastej', 'dwunastej',
      'trzynastej', 'czternastej', 'piętnastej', 'szesnastej', 'siedemnastej', 'osiemnastej', 'dziewiętnastej', 'dwudziestej',
    ]
      .map((w, i) => [w, i + 1] as const)
      .filter(([, h]) => h > 2),
    [['pierwszej', 1], ['drugiej', 2]],
  ),
  habit: wordSet(
    'zawsze, zwykle, zazwyczaj, nigdy, nawet, także, również, też, codziennie, każdy, każda, każdej, każdą, każdego, każde, każdym, święta, świętach, nocy, nocach, nocami, wieczorami, standard, normalnie, dyżur',
  ),
  dayWords: new Set(),
  midHeads: trie<true>([['połowy, połowie, połowę, połowa, połową', true]]),
  countNouns: wordSet(
    'lat, lata, roku, tysięcy, tys, osób, ludzi, razy, stron, procent, sztuk, szt, zł, złotych, km, kg, klasy, miejsc, pozycji, poziomu, numer, numeru, euro, dolarów',
  ),
  eventWords: wordSet('jak, gdy, kiedy, jeśli, jeżeli, gdyby, wtedy, po, zanim, potem'),
});

// ---------------------------------------------------------------- Latvian
function lvWeekdays(): Map<string, number> {
  const stems = ['svētdien', 'pirmdien', 'otrdien', 'trešdien', 'ceturtdien', 'piektdien', 'sestdien'];
  const ascii = ['svetdien', '', '', 'tresdien', '', '', ''];
  const m = new Map<string, number>();
  stems.forEach((st, i) => {
    for (const stem of [st, ascii[i]]) {
      if (!stem) continue;
      // Adverb (pirmdien), nominative, genitive, dative, accusative, locative; the locative plural
      // names a weekly day ("piektdienās"), its next occurrence the first date it gives.
      for (const suf of ['', 'a', 'as', 'ai', 'u', 'ā', 'ās']) m.set(stem + suf, i);
    }
  });
  return m;
}
const lv = (): Lex => ({
  lang: 'lv',
  preps: trie<PrepV>([
    ['līdz, ne vēlāk kā, ne vēlāk par, vēlākais, vēlākais līdz, pirms, lidz, ne velak ka', DL],
    ['ap, pēc, sākot no, sākot ar, ne agrāk kā, ne agrāk par', T],
    ['no', { ...T, from: true }],
    ['kopš', { ...T, past: true }],
    ['uz, pa', {}],
    // "rēķins par decembra darbiem", "samaksa par augustu": the month it covers.
    ['par', { covered: true }],
  ]),
  mods: trie<ModV>([
    ['šo, šajā, šī, šis, šīs, šai, šā, šim, tuvāko, tuvākajā, tuvākā, tekošo, tekošajā, tekošā', { w: 'this' }],
    ['nākamo, nākamajā, nākamā, nākamais, nākamās, nākamajai, nākamajam, nākošo, nākošajā, nākošā, nākošais, nākošās', { w: 'next' }],
    ['pagājušo, pagājušajā, pagājušā, pagājušais, pagājušās, pagājušajai, iepriekšējo, iepriekšējā, iepriekšējās, iepriekšējais', { w: 'last' }],
  ]),
  weekdays: lvWeekdays(),
  weakWeekdays: new Set(),
  wdAbbr: new Set(),
  months: monthForms([
    'janvāris, janvāra, janvārim, janvāri, janvārī, janv',
    'februāris, februāra, februārim, februāri, februārī, febr',
    'marts, marta, martam, martu, martā',
    'aprīlis, aprīļa, aprīlim, aprīli, aprīlī, apr',
    'maijs, maija, maijam, maiju, maijā',
    'jūnijs, jūnija, jūnijam, jūniju, jūnijā, jūn',
    'jūlijs, jūlija, jūlijam, jūliju, jūlijā, jūl',
    'augusts, augusta, augustam, augustu, augustā, aug',
    'septembris, septembra, septembrim, septembri, septembrī, sept',
    'oktobris, oktobra, oktobrim, oktobri, oktobrī, okt',
    'novembris, novembra, novembrim, novembri, novembrī, nov',
    'decembris, decembra, decembrim, decembri, decembrī, dec',
  ]),
  monthAbbr: wordSet('janv, febr, apr, jūn, jūl, aug, sept, okt, nov, dec'),
  monthFree: wordSet('janvārī, februārī, martā, aprīlī, maijā, jūnijā, jūlijā, augustā, septembrī, oktobrī, novembrī, decembrī'),
  rel: trie<RelV>([
    // Also "sh" for "š", as some type it: "shodien".
    ['šodien, šodienas, šodienai, sodien, shodien', { off: 0 }],
    ['šovakar, šonakt, sovakar, shovakar', { off: 0, dp: 'pm' }],
    ['šorīt, sorit, shorit', { off: 0, dp: 'am' }],
    ['šopēcpusdien, shopecpusdien', { off: 0, dp: 'pm', time: 14 * 60 }],
    ['vakardienas, vakardienā, vakardienai, vakardienu', { off: -1, past: true, noDl: true }],
    ['pagājušajā naktī, pagājušo nakti, pagājušā naktī', { off: -1, past: true }],
    // Parts of today named alone: "atsūtīšu vakarā", "pēc pusdienām", "līdz pusdienlaikam". Typed
    // plainly "vakara" is also "of the evening" ("vakara pasākums").
    ['vakarā', { off: 0, dp: 'pm', time: 18 * 60, part: EVENING, plainOnly: true }],
    ['vakaru', { off: 0, dp: 'pm', time: 18 * 60, part: EVENING, preps: wordSet('pa, uz') }],
    ['no rīta', { off: 0, dp: 'am', time: 9 * 60, part: MORNING }],
    ['pēc pusdienām', { off: 0, dp: 'pm', time: 14 * 60, part: AFTERNOON }],
    ['pusdienlaikam, pusdienām', { off: 0, time: noon, part: BEFORE_LUNCH, preps: wordSet('līdz, lidz, pirms') }],
    // Typed without diacritics too ("sodien", "lidz", and every word through withPlainSpellings): plain
    // "rit" is read as tomorrow, which is what it means in mail typed so far more often than "flows"
    // ("viss rit pēc plāna").
    ['rīt, rītdien, rītdienai, rītdienas, ritdien', { off: 1 }],
    ['parīt, parit', { off: 2 }],
    // "līdz vakaram" is by this evening, "līdz rītam" by tomorrow morning.
    ['vakaram', { off: 0, dp: 'pm', time: 18 * 60, part: EVENING, preps: wordSet('līdz, lidz, uz') }],
    ['rītam', { off: 1, dp: 'am', preps: wordSet('līdz, lidz, uz') }],
    ['vakar, vakardien', { off: -1, past: true }],
    ['aizvakar', { off: -2, past: true }],
  ]),
  nouns: trie<NounV>([
    ['nedēļa, nedēļas, nedēļai, nedēļu, nedēļā', { u: 'week' }],
    ['nedēļas nogale, nedēļas nogales, nedēļas nogalei, nedēļas nogali', { u: 'weekend', prepOk: true }],
    ['nedēļas nogalē', { u: 'weekend', free: true }],
    ['mēnesis, mēneša, mēnesim, mēnesi, mēnesī', { u: 'month' }],
    ['ceturksnis, ceturkšņa, ceturksnī', { u: 'quarter' }],
    ['gads, gada, gadam, gadu, gadā', { u: 'year' }],
    ['diena, dienas, darba diena, darba dienas', { u: 'day', endOnly: true }],
  ]),
  singles: trie<SingleV>([
    // Half-plain spellings too: "nākamnedel", "Šonedel".
    [partialPlain('šonedēļ'), { u: 'week', w: 'this' }],
    [partialPlain('nākamnedēļ') + ', ' + partialPlain('nākošnedēļ'), { u: 'week', w: 'next' }],
    ['pagājušnedēļ', { u: 'week', w: 'last' }],
    ['šomēnes', { u: 'month', w: 'this' }],
    ['nākammēnes, nākošmēnes', { u: 'month', w: 'next' }],
    ['pagājušmēnes', { u: 'month', w: 'last' }],
    ['šogad', { u: 'year', w: 'this' }],
    ['nākamgad, nākošgad', { u: 'year', w: 'next' }],
    ['pērn', { u: 'year', w: 'last' }],
    ['šopavasar', { u: 'season', w: 'this', s: 3 }],
    ['šovasar', { u: 'season', w: 'this', s: 6 }],
    ['šorudens, šorudenī, šoruden', { u: 'season', w: 'this', s: 9 }],
    ['šoziem', { u: 'season', w: 'this', s: 12 }],
    ['nākamvasar', { u: 'season', w: 'next', s: 6 }],
  ]),
  endHeads: trie<true>([]),
  endTails: wordSet('beigām, beigās, beigas, galam'),
  startTails: wordSet('sākumā, sakuma, vidū, vidu, pirmajā pusē, otrajā pusē'),
  seasons: trie<SeasonV>([
    ['pavasaris, pavasara, pavasarim, pavasari', { s: 3 }],
    ['vasara, vasaras, vasarai, vasaru', { s: 6 }],
    ['rudens, rudenim', { s: 9 }],
    ['ziema, ziemas, ziemai, ziemu', { s: 12 }],
    ['pavasarī', { s: 3, free: true }],
    ['vasarā', { s: 6, free: true }],
    ['rudenī', { s: 9, free: true }],
    ['ziemā', { s: 12, free: true }],
  ]),
  holidays: trie<HolidayV>([
    ['ziemassvētki, ziemassvētkiem, ziemassvētkos, ziemassvētkus, ziemassvētku', { h: 'xmas' }],
    ['ziemassvētku vakars, ziemassvētku vakarā, ziemassvētku vakaram', { h: 'xmasEve' }],
    ['jaunais gads, jaunajā gadā, jaunajam gadam, jaunā gada', { h: 'ny' }],
    ['vecgada vakars, vecgada vakarā, vecgada vakaram, vecgadā', { h: 'nye' }],
    ['lieldienas, lieldienās, lieldienām, lieldienu', { h: 'easter' }],
    ['otrās lieldienas, otrajās lieldienās', { h: 'easterMon' }],
    ['jāņi, jāņos, jāņiem, jāņus, jāņu dienā', { h: 'jani' }],
    ['jāņu naktī, jāņu nakts, jāņu nakti, jāņu naktij, jāņu brīvdienās, jāņu brīvdienas', { h: 'ligo' }],
    ['līgo, līgo vakarā, līgo dienā, līgo vakars', { h: 'ligo' }],
  ]),
  units: trie<UnitV>([
    ['minūte, minūtes, minūti, minūtēm, minūšu, min', { u: 'min' }],
    ['stundas', { u: 'hour', sg: true }],
    ['stunda, stundu, stundām, st, h', { u: 'hour' }],
    ['diena, dienas, dienu, dienām', { u: 'day' }],
    ['darba diena, darba dienas, darba dienu, darba dienām', { u: 'bday' }],
    ['nedēļas', { u: 'week', sg: true }],
    ['nedēļa, nedēļu, nedēļām', { u: 'week' }],
    ['mēneša', { u: 'month', sg: true }],
    ['mēnesis, mēnešu, mēnešiem, mēnesi', { u: 'month' }],
    ['gada', { u: 'year', sg: true }],
    ['gads, gadu, gadiem', { u: 'year' }],
  ]),
  nums: wordMap([
    ['viens, vienu, vienas, vienā, viena, vienai', 1],
    ['divi, divas, divām, diviem, divu', 2],
    ['trīs, trim, trijām, triju', 3],
    ['četri, četras, četrām, četriem, četru', 4],
    ['pieci, piecas, piecām, pieciem, piecu', 5],
    ['seši, sešas, sešām, sešiem, sešu', 6],
    ['septiņi, septiņas, septiņām, septiņiem, septiņu', 7],
    ['astoņi, astoņas, astoņām, astoņiem, astoņu', 8],
    ['deviņi, deviņas, deviņām, deviņiem, deviņu', 9],
    ['desmit', 10],
    ['divpadsmit', 12],
    ['četrpadsmit', 14],
    ['piecpadsmit', 15],
    ['divdesmit', 20],
    ['trīsdesmit', 30],
    ['četrdesmit', 40],
    ['septiņdesmit', 70],
  ]),
  spanPre: trie<SpanPreV>([
    ['pēc', {}],
    ['pirms', { past: true }],
    ['tuvāko, tuvākajās, nākamo, nākamajās', { within: true }],
  ]),
  spanPost: trie<SpanPreV>([['laikā', { within: true }]]),
  now: trie<true>([['uzreiz, nekavējoties, tūlīt, nekavējoši, tūlīt pat, tagad pat', true]]),
  nowBlock: wordSet('pēc, kad, kā, redzams, vairākus, visus, divus, divas, abus, uz, un, ar, pie, no'),
  neg: wordSet('ne, nē'),
  dpDate: trie<DaypartV>([
    ['no rīta, rītā, priekšpusdienā, rītam', { ap: 'am' }],
    ['līdz pusdienlaikam, līdz pusdienām, pirms pusdienām', { ap: 'am', by: noon }],
    ['pēcpusdienā, vakarā, vakaram, pēc pusdienām', { ap: 'pm' }],
    ['līdz vakaram', { ap: 'pm', by: 18 * 60 }],
    ['naktī', { ap: 'night' }],
    ['dienas beigās, darba dienas beigās, līdz dienas beigām, līdz darba dienas beigām', { eod: true }],
  ]),
  dpTime: trie<DaypartV>([
    ['no rīta, rītā', { ap: 'am' }],
    ['pēcpusdienā, vakarā', { ap: 'pm' }],
    ['naktī', { ap: 'night' }],
  ]),
  hourWords: trie<true>([]),
  timeMarkers: trie<true>([['plkst, plkst., pulksten, pulkstens', true]]),
  yearWords: trie<true>([['g, g., gads, gada, gadā, gadam, gadu', true]]),
  tod: trie<TodV>([
    ['pusdienlaikā', { min: noon }],
    ['pusnaktī, pusnaktij, pusnakts', { min: midnight }],
  ]),
  ordSuffix: new Set(),
  rangeWords: wordSet('līdz'),
  quantifiers: wordSet('pāris, dažu, dažas, dažām, dažām, vairāku, vairākas, vairākām, nedaudz, kādas, kādu'),
  bareHour: true,
  bareHourNext: wordSet('un, vai, bet, ja, tad, kad'),
  // The locative names the hour by itself: "trijos naktī", "tiekamies piecos" (not "divos gadījumos").
  hourNums: hourNums(
    ['vienos', 'divos', 'trijos', 'četros', 'piecos', 'sešos', 'septiņos', 'astoņos', 'deviņos', 'desmitos', 'vienpadsmitos', 'divpadsmitos'].map((w, i) => [w, i + 1] as const),
    [],
    true,
  ),
  habit: wordSet('vienmēr, parasti, nekad, pat, jebkurā, jebkura, jebkuru, jebkurš, katru, katra, katrā, naktīs, svētkos, svētku, brīvdienās, darbdienās, ikdienā, ik'),
  dayWords: wordSet('datums, datuma, datumam, datumā, datumu'),
  midHeads: trie<true>([]),
  countNouns: wordSet('gadi, gadiem, gadus, cilvēki, cilvēkiem, reizes, eiro, eur, km, kg, procenti, procentiem, lapas, vietas'),
  eventWords: wordSet('kad, ja, tiklīdz, kolīdz, tad, pēc, tikko, līdzko, kā'),
});

// ---------------------------------------------------------------- Russian and Ukrainian in Latin letters
/** Each stem with each ending ("pyatnits" + "u"): the common spellings of one word. */
function tl(stems: string, endings: readonly string[]): string {
  const out: string[] = [];
  for (const st of stems.split(',')) for (const e of endings) out.push(st.trim() + e);
  return out.join(', ');
}
// Mail typed in Latin letters ("zavtra skinu", "do pyatnitsy", "v ponedilok"): Candor reads it as
// English, Polish or Latvian, so the finder also reads it with these words. Apostrophes (ь, ʼ) are
// optional: every word also answers to its spelling without them.
const translit = (): Lex => ({
  lang: 'ru',
  preps: trie<PrepV>([
    ['do, ne pozdnee, ne pozzhe, ne piznishe', DL],
    ['k, ko', DL],
    ['v, vo, u', { ...T, loc: true }],
    ['o, ob', { time: true }],
    ['s, so, z, iz, ot, vid', { ...T, from: true }],
    ['posle, pislya, pislia, pisla, okolo, blyzko', T],
    ['na, po', { loc: true }],
    ['za', { covered: true }],
  ]),
  mods: trie<ModV>([
    [
      'eta, etu, etot, etoy, etoi, etoj, etom, etogo, etih, etikh, eti, tsya, tsia, tsyu, tsiu, tsey, tsei, tsiy, tsii, tsioho, tsyoho, tsiogo, tsyogo, tsogo, ts\'ogo, ts\'oho, tsyomu, tsim, tsykh, tsikh, tsi, tsymy, tsimi',
      { w: 'this' },
    ],
    [
      tl('sleduyushch, sleduyush, sleduiushch, sledujushch, sleduyusch, sleduyushh', ['ij', 'iy', 'ii', 'ei', 'ey', 'ej', 'uyu', 'uiu', 'uju', 'em', 'ego', 'ie', 'ih', 'ikh', 'aya', 'aia']) +
        ', sled, sled., ' +
        tl('nastupn', ['yi', 'yy', 'yj', 'ij', 'ii', 'iy', 'oho', 'ogo', 'omu', 'u', 'iy', 'oi', 'oyi', 'a', 'ykh', 'yh', 'ih', 'ikh', 'ym', 'im']),
      { w: 'next' },
    ],
    [
      tl('proshl', ['yi', 'yy', 'yj', 'oy', 'oi', 'oj', 'uyu', 'uiu', 'om', 'ogo', 'ye', 'ie', 'ykh', 'yh', 'ih']) + ', ' +
        tl('mynul, minul', ['yi', 'yy', 'ij', 'ii', 'iy', 'oho', 'ogo', 'omu', 'u', 'oi', 'oyi', 'ykh', 'ih', 'a']),
      { w: 'last' },
    ],
  ]),
  weekdays: weekdayForms([
    tl("voskresen'", ['e', 'ye', 'ya', 'ia', 'yu', 'iu', 'em']) + ', voskresenie, voskreseniya, ' + tl('nedil', ['ya', 'ia', 'yu', 'iu', 'i', 'eyu', 'eiu']),
    tl("ponedel'nik", ['', 'a', 'u', 'om', 'e']) + ', ' + tl('ponedil', ['ok', 'ka', 'ku', 'kom']),
    tl('vtornik', ['', 'a', 'u', 'om', 'e']) + ', ' + tl('vivtor', ['ok', 'ka', 'ku', 'kom']),
    'sredu, sredy, sredoy, sredoi, sreda, srede, ' + tl('sered', ['a', 'u', 'y', 'i', 'oyu', 'oiu']),
    tl('chetverg', ['', 'a', 'u', 'om', 'e']) + ', ' + tl('chetver', ['', 'ha', 'hu', 'hom']),
    tl("pyatnits, pyatnic, piatnits, piatnic, pjatnic, pyatnyts, pyatnyc, p'yatnyts, p'yatnits, piatnyts, p'iatnyts, pjatnyc", ['a', 'u', 'y', 'i', 'e', 'ey', 'ei', 'ya', 'ia', 'yu', 'iu', 'eyu', 'eiu']),
    tl('subbot, subot', ['a', 'u', 'y', 'i', 'e', 'oy', 'oi', 'oyu']),
  ]),
  // "sreda" is also an environment.
  weakWeekdays: wordSet('sreda, srede, sredy, sredoy, sredoi'),
  wdAbbr: new Set(),
  // Not "mart", "marta", "maya", "may": English and names.
  months: monthForms([
    tl("yanvar', ianvar'", ['', 'ya', 'ia', 'e']) + ', ' + tl("sichen'", ['']) + ', sichnya, sichnia, sichni',
    tl("fevral'", ['', 'ya', 'ia', 'e']) + ', lyutyi, lyutyy, liutyi, lyutoho, liutoho, lyutogo',
    'marte, bereznya, bereznia, berezni, berezen\'',
    tl("aprel'", ['', 'ya', 'ia', 'e']) + ", kviten', kvitnya, kvitnia, kvitni",
    "mae, traven', travnya, travnia, travni",
    tl("iyun'", ['', 'ya', 'ia', 'e']) + ", cherven', chervnya, chervnia, chervni",
    tl("iyul'", ['', 'ya', 'ia', 'e']) + ", lypen', lypnya, lypnia, lypni",
    "avgusta, avguste, serpen', serpnya, serpnia, serpni",
    tl("sentyabr', sentiabr'", ['', 'ya', 'ia', 'e']) + ", veresen', veresnya, veresnia, veresni",
    tl("oktyabr', oktiabr'", ['', 'ya', 'ia', 'e']) + ", zhovten', zhovtnya, zhovtnia, zhovtni",
    tl("noyabr', noiabr'", ['', 'ya', 'ia', 'e']) + ', lystopad, lystopada, lystopadi',
    tl("dekabr'", ['', 'ya', 'ia', 'e']) + ", hruden', gruden', hrudnya, hrudnia, grudnya, hrudni",
  ]),
  monthAbbr: new Set(),
  monthFree: new Set(),
  rel: trie<RelV>([
    [
      'segodnya, segodnia, segodnja, segodna, sevodnya, sevodnia, sevodnja, sivodnya, sohodni, s\'ohodni, syohodni, syogodni, s\'ogodni, sogodni, sjogodni, sjohodni, siohodni, siogodni, s\'yogodni, s\'yohodni',
      { off: 0 },
    ],
    ['zavtra', { off: 1 }],
    ['poslezavtra, pislyazavtra, pisliazavtra, pislazavtra, pisljazavtra', { off: 2 }],
    ['vchera, vchora, uchora', { off: -1, past: true }],
    ['pozavchera, pozavchora', { off: -2, past: true }],
    [tl('segodnyashn, segodniashn', ['ij', 'iy', 'ego', 'ey', 'ei', 'yuyu', 'ee', 'em']), { off: 0 }],
    [tl('zavtrashn', ['ij', 'iy', 'ego', 'ey', 'ei', 'yuyu', 'ee', 'em', 'ie', 'ikh', 'ih', 'ii', 'oho', 'ogo', 'ia', 'ya', 'iu', 'yu']), { off: 1 }],
    [tl('vcherashn, vchorashn', ['ij', 'iy', 'ego', 'ey', 'ei', 'yuyu', 'ee', 'em', 'ie', 'ikh', 'ih', 'ii', 'oho', 'ogo', 'ia', 'ya', 'iu', 'yu', 'oi', 'oyi']), { off: -1, past: true, noDl: true }],
    ['vecherom, vechorom, vvecheri, uvecheri', { off: 0, dp: 'pm', time: 18 * 60, part: EVENING }],
    ['vecheru', { off: 0, dp: 'pm', time: 18 * 60, part: EVENING, preps: wordSet('k, ko') }],
    ['vechera, vechora', { off: 0, dp: 'pm', time: 18 * 60, part: EVENING, preps: wordSet('do') }],
    ['utrom, zranku, vrantsi, vranci, urantsi', { off: 0, dp: 'am', time: 9 * 60, part: MORNING }],
    ['s utra', { off: 0, dp: 'am', time: 9 * 60, part: SINCE_MORNING }],
    ['obeda, obidu', { off: 0, time: noon, part: BEFORE_LUNCH, preps: wordSet('do') }],
    ['obedu', { off: 0, time: noon, part: BEFORE_LUNCH, preps: wordSet('k, ko') }],
    ['posle obeda, pislya obidu, pislia obidu, pisla obidu', { off: 0, dp: 'pm', time: 14 * 60, part: AFTERNOON }],
  ]),
  nouns: trie<NounV>([
    ['nedelya, nedelia, nedeli, nedelyu, nedeliu, nedelju, nedel, tyzhden, tyzhnya, tyzhnia, tyzhnja, tizhden, tizhnya, tyzhniu, tyzhnyu', { u: 'week' }],
    ['nedele, tyzhni', { u: 'week', prepOk: true }],
    ['vyhodnye, vykhodnye, vyhodnyh, vykhodnykh, vyhodnykh, vykhodnyh, vyhodnie, vykhodnie, vyhodnih, vykhodnikh, vykhidni, vyhidni, vykhidnykh, vyhidnyh, vykhidnymy, vyhidnymy', { u: 'weekend', prepOk: true }],
    ['mesyats, mesyatsa, mesyatse, mesiats, mesiatsa, mesiatse, mesyac, mesyaca, mesyace, misyats, misiats, misyatsya, misiatsia, misyatsi, misiatsi, misyacya, misyaca', { u: 'month' }],
    ["den', dnya, dnia, dnja", { u: 'day', endOnly: true }],
  ]),
  singles: trie<SingleV>([]),
  endHeads: trie<true>([['kontsa, kontsu, kontse, konca, koncu, konce, kontca, kintsia, kintsya, kintsja, kincya, kincia, kintsyu, kintsiu, kintsi, kinci, naprykintsi, naprikintsi', true]]),
  endTails: new Set(),
  seasons: trie<SeasonV>([
    ['letom, vlitku, ulitku', { s: 6, free: true }],
    ['zimoy, zimoi, vzymku, uzymku', { s: 12, free: true }],
    ['vesnoy, vesnoi, navesni', { s: 3, free: true }],
    ["osen'yu, oseniu, voseni", { s: 9, free: true }],
  ]),
  holidays: trie<HolidayV>([]),
  units: trie<UnitV>([
    ['minutu, khvylynu, hvylynu', { u: 'min', sg: true }],
    ['minut, minuty, khvylyn, hvylyn, khvylyny, hvylyny', { u: 'min' }],
    ['chas, chasa, hodynu, godynu', { u: 'hour', sg: true }],
    ['chasov, hodyn, godyn, hodyny, godyny', { u: 'hour' }],
    ["den', dnya, dnia, dney, dnei, dnej, dni, dniv", { u: 'day' }],
    ['nedelyu, nedeliu, nedeli, tyzhden, tyzhni', { u: 'week', sg: true }],
    ["nedel', tyzhniv", { u: 'week' }],
    ['mesyats, mesiats, misyats, misiats', { u: 'month', sg: true }],
    ['mesyatsa, mesyatsev, misyatsi, misyatsiv', { u: 'month' }],
  ]),
  nums: wordMap([
    ['dva, dve, dvi, dvukh, dvuh, dvokh, dvoh', 2],
    ['tri, trekh, treh, trokh, troh', 3],
  ]),
  spanPre: trie<SpanPreV>([
    ['cherez', {}],
    ['v techenie, v techenii, protyahom, protiahom, protyagom', { within: true }],
  ]),
  spanPost: trie<SpanPreV>([['nazad, tomu', { past: true }]]),
  now: trie<true>([]),
  nowBlock: new Set(),
  neg: wordSet('ne, ni'),
  dpDate: trie<DaypartV>([
    ['utrom, s utra, zranku, vrantsi, vranci', { ap: 'am' }],
    ['do obeda, do obidu, k obedu', { ap: 'am', by: noon }],
    ["dnem, dnyom, vden', vecherom, vechorom, vvecheri, uvecheri, posle obeda, pislya obidu, pislia obidu", { ap: 'pm' }],
    ['k vecheru, do vechera, do vechora', { ap: 'pm', by: 18 * 60 }],
    ["noch'yu, nochyu, nochiu, vnochi, unochi", { ap: 'night' }],
    ['do kontsa dnya, k kontsu dnya, do konca dnya, do kintsia dnia, do kintsya dnya', { eod: true }],
  ]),
  dpTime: trie<DaypartV>([
    ['utra, ranku', { ap: 'am' }],
    ['dnya, dnia, vechera, vechora', { ap: 'pm' }],
    ['nochi', { ap: 'night' }],
  ]),
  hourWords: trie<true>([['chas, chasa, chasov, hodyni, hodyny, godyni, godyny, hodynu', true]]),
  timeMarkers: trie<true>([]),
  yearWords: trie<true>([]),
  tod: trie<TodV>([]),
  ordSuffix: wordSet('go, ogo, mu, omu'),
  rangeWords: wordSet('do'),
  quantifiers: wordSet('paru, para, neskolko, neskol\'ko, kilka, kil\'ka'),
  bareHour: false,
  bareHourNext: new Set(),
  hourNums: hourNums([], [['dva', 2], ['tri', 3], ['chetyre', 4], ["pyat', pyat", 5]]),
  habit: wordSet("vsegda, obychno, dazhe, hot', khot', hot, khot, zavzhdy, zazvychai, zazvychay, navit', navit, khoch, hoch, kazhdyi, kazhdyy"),
  dayWords: wordSet('chisla, chislu, chislo'),
  midHeads: trie<true>([['serediny, seredine, seredini, seredynu, seredyny', true]]),
  countNouns: new Set(),
  eventWords: new Set(),
});

let builtTranslit: Lex | null = null;
let builtTranslitStarters: Starters | null = null;

/** The Russian and Ukrainian words of mail typed in Latin letters. */
export function translitLexicon(): Lex {
  if (!builtTranslit) builtTranslit = withPlainSpellings(translit(), { "'": '' });
  return builtTranslit;
}
export function translitStarters(): Starters {
  if (!builtTranslitStarters) builtTranslitStarters = starters(translitLexicon(), ['q']);
  return builtTranslitStarters;
}

// Builders, not values: a language's tries are built when it is first read, not when the mail page
// loads the script (all five at load were ~25 ms of one task).
const BUILDERS: Record<Lang, () => Lex> = { en, ru, uk, pl, lv };
const builtLexicons = new Map<Lang, Lex>();

/** A language's date words (English for a language Candor does not know). */
export function dateLexicon(lang: Lang): Lex {
  const known: Lang = Object.hasOwn(BUILDERS, lang) ? lang : 'en';
  let lx = builtLexicons.get(known);
  if (!lx) {
    lx = withPlainSpellings(BUILDERS[known](), PLAIN_LETTERS[known]);
    builtLexicons.set(known, lx);
  }
  return lx;
}

/**
 * Letters many people type plainly ("rit" for "rīt", "sroda" for "środa", "пятниц" with е for ё):
 * every word of the language's lists also answers to its plain spelling, unless that spelling is a
 * word of the lists already. Cyrillic й/ї keep their marks: they are letters of their own.
 */
export const PLAIN_LETTERS: Partial<Record<Lang, Readonly<Record<string, string>>>> = {
  lv: { ā: 'a', ē: 'e', ī: 'i', ū: 'u', č: 'c', š: 's', ž: 'z', ģ: 'g', ķ: 'k', ļ: 'l', ņ: 'n' },
  pl: { ą: 'a', ę: 'e', ć: 'c', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' },
  ru: { ё: 'е' },
};

/** Every spelling of `word` with any of its marked letters typed plainly (lv "nākamnedel", "nakamnedeļ"). */
function partialPlain(word: string): string {
  const plain = PLAIN_LETTERS.lv ?? {};
  let out = [''];
  for (const ch of word) {
    const p = plain[ch];
    out = p ? out.flatMap((o) => [o + ch, o + p]) : out.map((o) => o + ch);
  }
  return out.join(', ');
}

function withPlainSpellings(lx: Lex, plain: Readonly<Record<string, string>> | undefined): Lex {
  if (!plain) return lx;
  const fold = (w: string) => w.replace(/./gu, (ch) => plain[ch] ?? ch);
  const seen = new Set<TrieNode<unknown>>();
  const foldTrie = (node: TrieNode<unknown>) => {
    if (seen.has(node) || !node.next) return;
    seen.add(node);
    for (const [key, child] of [...node.next]) {
      const plainKey = fold(key);
      if (plainKey !== key && !node.next.has(plainKey)) node.next.set(plainKey, child);
      foldTrie(child);
    }
  };
  for (const value of Object.values(lx)) {
    if (value instanceof Map) {
      for (const [key, v] of [...value]) if (!value.has(fold(key))) value.set(fold(key), v);
    } else if (value instanceof Set) {
      for (const key of [...value]) value.add(fold(key));
    } else if (value && typeof value === 'object') {
      foldTrie(value as TrieNode<unknown>);
    }
  }
  return lx;
}

/**
 * Words that can open a mention in a language: `core` for words a date parser starts with, `prep`
 * for prepositions. The finder skips other words outright, which keeps ordinary prose cheap: most
 * tokens cost one Set look-up.
 */
export interface Starters {
  core: Set<string>;
  prep: Set<string>;
}
const builtStarters = new Map<Lang, Starters>();

export function startersOf(lang: Lang): Starters {
  let st = builtStarters.get(lang);
  if (!st) {
    // "Q3" is how business mail names a quarter in every language; "the 14th" only in English.
    st = starters(dateLexicon(lang), lang === 'en' ? ['the', 'q'] : ['q']);
    builtStarters.set(lang, st);
  }
  return st;
}

function starters(lx: Lex, extra: string[]): Starters {
  const core = new Set<string>(extra);
  const tries: TrieNode<unknown>[] = [
    lx.mods, lx.rel, lx.nouns, lx.singles, lx.endHeads, lx.seasons, lx.holidays,
    lx.units, lx.spanPre, lx.now, lx.timeMarkers, lx.tod, lx.midHeads,
  ];
  for (const t of tries) for (const k of t.next?.keys() ?? []) core.add(k);
  for (const m of [lx.weekdays, lx.months, lx.nums, lx.hourNums]) for (const k of m.keys()) core.add(k);
  return { core, prep: new Set(lx.preps.next?.keys() ?? []) };
}

/** Words and symbols after a number that make it an amount, not a date ("14.05 EUR"). */
export const AMOUNT_WORDS = wordSet(
  'eur, euro, euros, usd, dollars, dollar, gbp, pln, zł, zl, złotych, rub, руб, рублей, рубля, грн, гривень, гривні, uah, kg, km, mb, gb, kb, tb, ms, kw, mw, kwh, mph, pcs, шт, percent, процентов, процента, proc, procent, procentów, %, €, $, £, ₽, ₴',
);
