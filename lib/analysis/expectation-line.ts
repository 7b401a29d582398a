/**
 * The expectation line: one sentence that tells a new client when to expect answers, built from the
 * user's response target and working hours, in each of the five languages; and the check whether a
 * draft already says something of the kind.
 *
 *   expectationLine(settings, 'en', { timeZone: 'Europe/Riga' })
 *     -> "I answer email within one working day, Monday to Friday, 9:00–18:00 Riga time."
 *   hasExpectationLine('I usually reply the same day.', 'en') -> true
 *
 * Pure: no storage, no DOM. The zone is named by a city people recognise when Candor knows one for it
 * (a short table below), otherwise by its UTC offset at `now`.
 */
import type { Lang } from '../dates/types';
import type { ResponseTarget, Settings, WorkingPeriod } from '../storage/settings-schema';
import { parseHhmm } from '../storage/settings-schema';
import { zoneOffsetMs } from '../time/zone';

export type ExpectationSettings = Pick<Settings, 'defaultResponseTarget' | 'workingDays' | 'workingHours' | 'timeZone'>;

export interface ExpectationOptions {
  /** The zone to name when the settings leave it to the browser (resolveTimeZone's answer). */
  timeZone?: string;
  /** When the UTC offset of a zone without a city name is read (its DST state). */
  now?: number;
}

// ---------------------------------------------------------------------------------------------
// Numbers and nouns

/** The decimal separator of each language: "1.5 hours" but "1,5 часа". */
function formatAmount(amount: number, lang: Lang): string {
  const s = String(amount);
  return lang === 'en' ? s : s.replace('.', ',');
}

/**
 * Which form a whole number takes in a genitive phrase ("в течение 21 часа", "в течение 24 часов";
 * "21 stundas laikā", "24 stundu laikā"). Polish numerals govern the genitive plural for every whole
 * number above one ("w ciągu 21 godzin"), so Polish has no singular form here.
 */
function singularAfter(n: number, lang: Lang): boolean {
  if (lang === 'pl' || lang === 'en') return n === 1;
  return n % 10 === 1 && n % 100 !== 11;
}

interface TargetNouns {
  /** The phrase for exactly one ("one working day", "одного рабочего дня"). */
  one: string;
  /** Half of one ("half a working day", "получаса"). */
  half: string;
  /** A whole number whose form is singular (21, 31 in the Slavic languages and Latvian). */
  singular: string;
  plural: string;
  /** A fraction: "1,5 часа" (genitive singular in ru/uk/pl), "1,5 stundu" (lv), "1.5 hours". */
  fraction: string;
}

const NOUNS: Record<Lang, Record<ResponseTarget['unit'], TargetNouns>> = {
  en: {
    hours: { one: 'an hour', half: 'half an hour', singular: 'hour', plural: 'hours', fraction: 'hours' },
    'business-hours': { one: 'one working hour', half: 'half a working hour', singular: 'working hour', plural: 'working hours', fraction: 'working hours' },
    'business-days': { one: 'one working day', half: 'half a working day', singular: 'working day', plural: 'working days', fraction: 'working days' },
  },
  ru: {
    hours: { one: 'часа', half: 'получаса', singular: 'часа', plural: 'часов', fraction: 'часа' },
    'business-hours': { one: 'одного рабочего часа', half: 'получаса рабочего времени', singular: 'рабочего часа', plural: 'рабочих часов', fraction: 'рабочего часа' },
    'business-days': { one: 'одного рабочего дня', half: 'половины рабочего дня', singular: 'рабочего дня', plural: 'рабочих дней', fraction: 'рабочего дня' },
  },
  uk: {
    hours: { one: 'години', half: 'півгодини', singular: 'години', plural: 'годин', fraction: 'години' },
    'business-hours': { one: 'однієї робочої години', half: 'пів робочої години', singular: 'робочої години', plural: 'робочих годин', fraction: 'робочої години' },
    'business-days': { one: 'одного робочого дня', half: 'половини робочого дня', singular: 'робочого дня', plural: 'робочих днів', fraction: 'робочого дня' },
  },
  pl: {
    hours: { one: 'godziny', half: 'pół godziny', singular: 'godziny', plural: 'godzin', fraction: 'godziny' },
    'business-hours': { one: 'jednej godziny roboczej', half: 'pół godziny roboczej', singular: 'godziny roboczej', plural: 'godzin roboczych', fraction: 'godziny roboczej' },
    'business-days': { one: 'jednego dnia roboczego', half: 'pół dnia roboczego', singular: 'dnia roboczego', plural: 'dni roboczych', fraction: 'dnia roboczego' },
  },
  lv: {
    hours: { one: 'vienas stundas', half: 'pusstundas', singular: 'stundas', plural: 'stundu', fraction: 'stundu' },
    'business-hours': { one: 'vienas darba stundas', half: 'pus darba stundas', singular: 'darba stundas', plural: 'darba stundu', fraction: 'darba stundu' },
    'business-days': { one: 'vienas darba dienas', half: 'pus darba dienas', singular: 'darba dienas', plural: 'darba dienu', fraction: 'darba dienu' },
  },
};

/** The span with its preposition: "within one working day", "в течение 24 часов", "2 darba dienu laikā". */
export function targetPhrase(target: ResponseTarget, lang: Lang): string {
  const nouns = NOUNS[lang][target.unit];
  const { amount } = target;
  const core =
    amount === 1 ? nouns.one
    : amount === 0.5 ? nouns.half
    : !Number.isInteger(amount) ? `${formatAmount(amount, lang)} ${nouns.fraction}`
    : `${amount} ${singularAfter(amount, lang) ? nouns.singular : nouns.plural}`;
  switch (lang) {
    case 'en': return `within ${core}`;
    case 'ru': return `в течение ${core}`;
    case 'uk': return `протягом ${core}`;
    case 'pl': return `w ciągu ${core}`;
    case 'lv': return `${core} laikā`;
  }
}

// ---------------------------------------------------------------------------------------------
// Working days

interface DayForms {
  /** After the range's opening preposition (genitive in ru/uk/pl/lv). */
  from: string;
  /** After the range's closing preposition (accusative in ru/uk, genitive in pl, dative in lv). */
  to: string;
  /** A day on its own, as a habit ("по пятницам", "w piątki", "piektdienās"). */
  each: string;
}

const DAYS: Record<Exclude<Lang, 'en'>, readonly DayForms[]> & { en: readonly string[] } = {
  // Index = weekday number, 0 = Sunday.
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  ru: [
    { from: 'с воскресенья', to: 'по воскресенье', each: 'по воскресеньям' },
    { from: 'с понедельника', to: 'по понедельник', each: 'по понедельникам' },
    { from: 'со вторника', to: 'по вторник', each: 'по вторникам' },
    { from: 'со среды', to: 'по среду', each: 'по средам' },
    { from: 'с четверга', to: 'по четверг', each: 'по четвергам' },
    { from: 'с пятницы', to: 'по пятницу', each: 'по пятницам' },
    { from: 'с субботы', to: 'по субботу', each: 'по субботам' },
  ],
  uk: [
    { from: 'з неділі', to: 'по неділю', each: 'по неділях' },
    { from: 'з понеділка', to: 'по понеділок', each: 'по понеділках' },
    { from: 'з вівторка', to: 'по вівторок', each: 'по вівторках' },
    { from: 'із середи', to: 'по середу', each: 'по середах' },
    { from: 'з четверга', to: 'по четвер', each: 'по четвергах' },
    { from: "з п'ятниці", to: "по п'ятницю", each: "по п'ятницях" },
    { from: 'із суботи', to: 'по суботу', each: 'по суботах' },
  ],
  pl: [
    { from: 'od niedzieli', to: 'do niedzieli', each: 'w niedziele' },
    { from: 'od poniedziałku', to: 'do poniedziałku', each: 'w poniedziałki' },
    { from: 'od wtorku', to: 'do wtorku', each: 'we wtorki' },
    { from: 'od środy', to: 'do środy', each: 'w środy' },
    { from: 'od czwartku', to: 'do czwartku', each: 'w czwartki' },
    { from: 'od piątku', to: 'do piątku', each: 'w piątki' },
    { from: 'od soboty', to: 'do soboty', each: 'w soboty' },
  ],
  lv: [
    { from: 'no svētdienas', to: 'līdz svētdienai', each: 'svētdienās' },
    { from: 'no pirmdienas', to: 'līdz pirmdienai', each: 'pirmdienās' },
    { from: 'no otrdienas', to: 'līdz otrdienai', each: 'otrdienās' },
    { from: 'no trešdienas', to: 'līdz trešdienai', each: 'trešdienās' },
    { from: 'no ceturtdienas', to: 'līdz ceturtdienai', each: 'ceturtdienās' },
    { from: 'no piektdienas', to: 'līdz piektdienai', each: 'piektdienās' },
    { from: 'no sestdienas', to: 'līdz sestdienai', each: 'sestdienās' },
  ],
};

const AND: Record<Lang, string> = { en: 'and', ru: 'и', uk: 'та', pl: 'i', lv: 'un' };
const EVERY_DAY: Record<Lang, string> = { en: 'every day', ru: 'ежедневно', uk: 'щодня', pl: 'codziennie', lv: 'katru dienu' };

/** "A", "A and B", "A, B and C". */
function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND[lang]} ${items[items.length - 1]}`;
}

/**
 * Runs of consecutive working days, the week read from Monday: a run may wrap past Sunday
 * (Sunday to Tuesday), and a week with every day is one run.
 */
export function workingDayRuns(workingDays: readonly number[]): number[][] {
  const works = new Set(workingDays.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6));
  if (works.size === 7) return [[1, 2, 3, 4, 5, 6, 0]];
  if (works.size === 0) return [];
  const order = [1, 2, 3, 4, 5, 6, 0];
  // Start at the first day (from Monday) that opens a run, so a run across the weekend stays whole.
  const startAt = order.findIndex((d, i) => works.has(d) && !works.has(order[(i + 6) % 7]));
  const runs: number[][] = [];
  for (let k = 0; k < 7; k++) {
    const day = order[(startAt + k) % 7];
    if (!works.has(day)) continue;
    const prev = order[(startAt + k + 6) % 7];
    if (k > 0 && works.has(prev)) runs[runs.length - 1].push(day);
    else runs.push([day]);
  }
  // The week is read from Monday: the run with Monday in it leads, even when it began on Sunday.
  const withMonday = runs.findIndex((run) => run.includes(1));
  return withMonday > 0 ? [...runs.slice(withMonday), ...runs.slice(0, withMonday)] : runs;
}

/** "Monday to Friday", "Monday, Wednesday and Friday", "с понедельника по среду и по пятницам". */
export function daysPhrase(workingDays: readonly number[], lang: Lang): string {
  const runs = workingDayRuns(workingDays);
  if (runs.length === 1 && runs[0].length === 7) return EVERY_DAY[lang];
  const items: string[] = [];
  for (const run of runs) {
    // Two days side by side read better as a pair than as a range ("Saturday and Sunday").
    const days = run.length >= 3 ? [[run[0], run[run.length - 1]]] : run.map((d) => [d]);
    for (const [a, b] of days) {
      if (lang === 'en') items.push(b === undefined ? DAYS.en[a] : `${DAYS.en[a]} to ${DAYS.en[b]}`);
      else {
        const forms = DAYS[lang];
        items.push(b === undefined ? forms[a].each : `${forms[a].from} ${forms[b].to}`);
      }
    }
  }
  return joinList(items, lang);
}

// ---------------------------------------------------------------------------------------------
// Hours

function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "9:00–18:00", "9:00–13:00 and 14:00–18:00"; periods that are not valid are left out. */
export function hoursPhrase(periods: readonly WorkingPeriod[], lang: Lang): string {
  const parts: string[] = [];
  for (const p of periods) {
    const start = parseHhmm(p.start);
    const end = parseHhmm(p.end);
    if (Number.isNaN(start) || Number.isNaN(end) || end <= start) continue;
    parts.push(`${clock(start)}–${clock(end)}`);
  }
  return joinList(parts, lang);
}

// ---------------------------------------------------------------------------------------------
// Zones

/**
 * How each language names the time of a city people know. Russian and Ukrainian use the city's
 * adjective ("по рижскому времени"), Latvian its genitive ("pēc Rīgas laika"), Polish "czasu
 * polskiego" at home and "według czasu w Rydze" for other cities.
 */
const ZONE_NAMES: Record<string, Record<Lang, string>> = {
  'Europe/Riga': { en: 'Riga time', ru: 'по рижскому времени', uk: 'за ризьким часом', pl: 'według czasu w Rydze', lv: 'pēc Rīgas laika' },
  'Europe/Tallinn': { en: 'Tallinn time', ru: 'по таллинскому времени', uk: 'за таллінським часом', pl: 'według czasu w Tallinie', lv: 'pēc Tallinas laika' },
  'Europe/Vilnius': { en: 'Vilnius time', ru: 'по вильнюсскому времени', uk: 'за вільнюським часом', pl: 'według czasu w Wilnie', lv: 'pēc Viļņas laika' },
  'Europe/Helsinki': { en: 'Helsinki time', ru: 'по хельсинкскому времени', uk: 'за гельсінкським часом', pl: 'według czasu w Helsinkach', lv: 'pēc Helsinku laika' },
  'Europe/Warsaw': { en: 'Warsaw time', ru: 'по варшавскому времени', uk: 'за варшавським часом', pl: 'czasu polskiego', lv: 'pēc Varšavas laika' },
  'Europe/Kyiv': { en: 'Kyiv time', ru: 'по киевскому времени', uk: 'за київським часом', pl: 'według czasu w Kijowie', lv: 'pēc Kijivas laika' },
  'Europe/Moscow': { en: 'Moscow time', ru: 'по московскому времени', uk: 'за московським часом', pl: 'według czasu moskiewskiego', lv: 'pēc Maskavas laika' },
  'Europe/Berlin': { en: 'Berlin time', ru: 'по берлинскому времени', uk: 'за берлінським часом', pl: 'według czasu w Berlinie', lv: 'pēc Berlīnes laika' },
  'Europe/Paris': { en: 'Paris time', ru: 'по парижскому времени', uk: 'за паризьким часом', pl: 'według czasu w Paryżu', lv: 'pēc Parīzes laika' },
  'Europe/London': { en: 'London time', ru: 'по лондонскому времени', uk: 'за лондонським часом', pl: 'według czasu w Londynie', lv: 'pēc Londonas laika' },
  'America/New_York': { en: 'New York time', ru: 'по нью-йоркскому времени', uk: 'за нью-йоркським часом', pl: 'według czasu w Nowym Jorku', lv: 'pēc Ņujorkas laika' },
  'America/Los_Angeles': { en: 'Los Angeles time', ru: 'по времени Лос-Анджелеса', uk: 'за часом Лос-Анджелеса', pl: 'według czasu w Los Angeles', lv: 'pēc Losandželosas laika' },
};
// Older and alternative IANA names of the same places.
const ZONE_ALIASES: Record<string, string> = { 'Europe/Kiev': 'Europe/Kyiv', 'US/Eastern': 'America/New_York', 'US/Pacific': 'America/Los_Angeles', 'Europe/Belfast': 'Europe/London', 'GB': 'Europe/London', 'Poland': 'Europe/Warsaw', 'W-SU': 'Europe/Moscow' };

/** "UTC+2", "UTC−5", "UTC+5:30", "UTC"; null for a zone the platform does not know. */
export function utcOffsetName(timeZone: string, now: number): string | null {
  let offsetMs: number;
  try {
    offsetMs = zoneOffsetMs(timeZone)(now);
  } catch {
    return null;
  }
  const minutes = Math.round(offsetMs / 60_000);
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  return `UTC${minutes > 0 ? '+' : '−'}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** The zone as the sentence names it: a city's time, or the UTC offset in brackets. */
export function zonePhrase(timeZone: string, lang: Lang, now: number): string {
  const named = ZONE_NAMES[ZONE_ALIASES[timeZone] ?? timeZone];
  if (named) return named[lang];
  return `(${utcOffsetName(timeZone, now) ?? 'UTC'})`;
}

// ---------------------------------------------------------------------------------------------
// The sentence

const OPENING: Record<Lang, string> = {
  en: 'I answer email',
  ru: 'Отвечаю на письма',
  uk: 'Відповідаю на листи',
  pl: 'Odpowiadam na e-maile',
  lv: 'Uz e-pastiem atbildu',
};
/** With a target in calendar hours the working hours are a separate fact: "; I work Monday to Friday". */
const I_WORK: Record<Lang, string> = { en: 'I work', ru: 'работаю', uk: 'працюю', pl: 'pracuję', lv: 'strādāju' };

/** The offered sentence in `lang`, ending with a full stop. */
export function expectationLine(settings: ExpectationSettings, lang: Lang, options: ExpectationOptions = {}): string {
  const zone = settings.timeZone ?? options.timeZone ?? 'UTC';
  const now = options.now ?? Date.now();
  const target = targetPhrase(settings.defaultResponseTarget, lang);
  const schedule = [daysPhrase(settings.workingDays, lang), [hoursPhrase(settings.workingHours, lang), zonePhrase(zone, lang, now)].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const separator = settings.defaultResponseTarget.unit === 'hours' ? `; ${I_WORK[lang]} ` : ', ';
  return `${OPENING[lang]} ${target}${schedule ? separator + schedule : ''}.`;
}

// ---------------------------------------------------------------------------------------------
// Does the draft already say it?

/**
 * A sentence states a response-time policy when it has both a habitual answer (present tense, first
 * person, or a noun such as "response time") and a span of time ("within", "the same day", "24
 * hours"). A promise about this one message is not a policy: future tenses ("I'll reply to John
 * within a day", "отвечу завтра", "odpowiem", "atbildēšu") do not count, so Candor still offers the
 * line to a writer who only promised one answer; "always" turns a future into a habit ("I'll always
 * reply within a day"). Questions and requests to the reader ("Please reply within a week") have no
 * first-person answer and do not count either.
 */
interface PolicyPatterns {
  answer: RegExp[];
  span: RegExp[];
}

// \b does not know Cyrillic or Latvian letters: these bound a word for any script.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (source: string) => new RegExp(source.replaceAll('\\b<', B).replaceAll('\\b>', E), 'iu');

const POLICY: Record<Lang, PolicyPatterns> = {
  en: {
    answer: [
      re(String.raw`\b<(?:i|we)\s+(?:(?:usually|normally|typically|always|generally|try\s+to|aim\s+to|tend\s+to|do)\s+)*(?:answer|reply|respond|get\s+back)\b>`),
      // "Always" makes a future a habit: "I'll always reply within a day" is a policy.
      re(String.raw`\b<(?:i|we)(?:\s+will|'ll)\s+always\s+(?:answer|reply|respond|get\s+back)\b>`),
      re(String.raw`\b<(?:response|reply|turnaround)\s+times?\b>`),
      re(String.raw`\b<expect\s+(?:a|an|my|our)?\s*(?:reply|response|answer)s?\b>`),
      re(String.raw`\b<(?:my|our)\s+(?:replies|responses|answers)\b>`),
    ],
    span: [
      re(String.raw`\b<within\b>`),
      re(String.raw`\b<(?:the\s+)?same\s+(?:working\s+|business\s+)?day\b>`),
      re(String.raw`\b<(?:in|under|of)\s+(?:\d+|an?|one|two|three|24|48)\s+(?:working\s+|business\s+)?(?:hours?|days?)\b>`),
      re(String.raw`\b<\d+\s*(?:h|hrs?)\b>`),
      re(String.raw`\b<(?:\d+|one|two|three|four|a|an)\s+(?:working\s+|business\s+)?(?:hours?|days?)\b>`),
      re(String.raw`\b<by\s+the\s+end\s+of\s+the\s+(?:working\s+|business\s+)?day\b>`),
      re(String.raw`\b<(?:the\s+)?next\s+(?:working\s+|business\s+)day\b>`),
    ],
  },
  ru: {
    answer: [
      re(String.raw`\b<(?:отвечаю|отвечаем)\b>(?!\s+за\s+(?!\d))`),
      re(String.raw`\b<(?:срок|время)\s+(?:моего\s+|нашего\s+)?ответа\b>`),
      re(String.raw`\b<(?:мой|наш)\s+ответ\b>`),
    ],
    span: [
      re(String.raw`\b<в\s+течение\b>`),
      re(String.raw`\b<в\s+пределах\b>`),
      re(String.raw`\b<в\s+тот\s+же\s+день\b>`),
      re(String.raw`\b<в\s+день\s+(?:получения|обращения)\b>`),
      re(String.raw`\b<за\s+\d+\s+(?:рабочих\s+)?(?:час|дн|сут)`),
      re(String.raw`\b<до\s+конца\s+(?:рабочего\s+)?дня\b>`),
      re(String.raw`\b<на\s+следующий\s+(?:рабочий\s+)?день\b>`),
      re(String.raw`\b<\d+\s*(?:час|ч\b>)`),
      re(String.raw`\b<(?:суток|сутки)\b>`),
    ],
  },
  uk: {
    answer: [
      re(String.raw`\b<(?:відповідаю|відповідаємо)\b>(?!\s+за\s+(?!\d))`),
      re(String.raw`\b<(?:термін|час)\s+(?:моєї\s+|нашої\s+)?відповіді\b>`),
      re(String.raw`\b<(?:моя|наша)\s+відповідь\b>`),
    ],
    span: [
      re(String.raw`\b<(?:протягом|впродовж|упродовж)\b>`),
      re(String.raw`\b<в\s+межах\b>`),
      re(String.raw`\b<(?:того\s+ж\s+дня|у\s+той\s+самий\s+день|в\s+той\s+же\s+день|того\s+самого\s+дня)\b>`),
      re(String.raw`\b<за\s+\d+\s+(?:робочих\s+)?(?:год|дн|доб)`),
      re(String.raw`\b<до\s+кінця\s+(?:робочого\s+)?дня\b>`),
      re(String.raw`\b<наступного\s+(?:робочого\s+)?дня\b>`),
      re(String.raw`\b<\d+\s*(?:год)`),
      re(String.raw`\b<(?:доби|добу)\b>`),
    ],
  },
  pl: {
    answer: [
      re(String.raw`\b<(?:odpowiadam|odpowiadamy)\b>(?!\s+za\s)`),
      re(String.raw`\b<czas\s+(?:mojej\s+|naszej\s+)?odpowiedzi\b>`),
      re(String.raw`\b<(?:moja|nasza)\s+odpowiedź\b>`),
      re(String.raw`\b<odpowiedź\s+(?:\p{L}+\s+){0,2}w\s+ciągu\b>`),
    ],
    span: [
      re(String.raw`\b<w\s+ciągu\b>`),
      re(String.raw`\b<(?:tego\s+samego\s+dnia|w\s+tym\s+samym\s+dniu)\b>`),
      re(String.raw`\b<do\s+końca\s+(?:dnia|dnia\s+roboczego)\b>`),
      re(String.raw`\b<(?:następnego|kolejnego)\s+dnia(?:\s+roboczego)?\b>`),
      re(String.raw`\b<(?:w|do|przez)\s+\d+\s+(?:godzin|godziny|dni|dnia)`),
      re(String.raw`\b<\d+\s*(?:h|godz)\b>`),
      re(String.raw`\b<(?:doby)\b>`),
    ],
  },
  lv: {
    answer: [
      re(String.raw`\b<(?:atbildu|atbildam)\b>`),
      re(String.raw`\b<(?:atbildes|atbildēšanas)\s+laiks\b>`),
      re(String.raw`\b<(?:mana|mūsu)\s+atbilde\b>`),
    ],
    span: [
      re(String.raw`\b<\p{L}+\s+laikā\b>`),
      re(String.raw`\b<(?:tajā\s+pašā\s+dienā|tās\s+pašas\s+dienas\s+laikā)\b>`),
      re(String.raw`\b<līdz\s+(?:darba\s+)?dienas\s+beigām\b>`),
      re(String.raw`\b<nākamajā\s+(?:darba\s+)?dienā\b>`),
      re(String.raw`\b<\d+\s*(?:stund|h\b>)`),
      re(String.raw`\b<diennakts\b>`),
    ],
  },
};

const LANGS: readonly Lang[] = ['en', 'ru', 'uk', 'pl', 'lv'];

/** Sentences, roughly: the check only needs both parts inside one of them. */
function sentencesOf(text: string): string[] {
  return text.replace(/[’ʼ]/g, "'").split(/(?<=[.!?;])\s+|\n+/);
}

/**
 * Whether the draft already tells the reader when to expect answers. `lang` picks that language's
 * phrasings; without it, every language's are tried (a draft in one language may quote another).
 */
export function hasExpectationLine(text: string, lang?: Lang): boolean {
  const langs = lang ? [lang] : LANGS;
  for (const sentence of sentencesOf(text)) {
    if (!sentence.trim() || sentence.trim().endsWith('?')) continue;
    for (const l of langs) {
      const p = POLICY[l];
      if (p.answer.some((r) => r.test(sentence)) && p.span.some((r) => r.test(sentence))) return true;
    }
  }
  return false;
}
