/**
 * The full dates Gmail and Outlook on the web show in tooltips (a list row's date, a message header's
 * date), read in the UI languages those apps are used in here: en (US and GB), de, fr, es, it, pt, nl,
 * ru, uk, pl, lv. Formats and sources: docs/mail-dom.md.
 *
 *   parseMailDate('Mon, Nov 30, 2026, 4:20 PM')           -> epoch ms in the browser's zone
 *   parseMailDate('mar, 1 dic 2026, 16:20', 'es')         -> 1 December (Tuesday), never March
 *   parseMailDate('Sun 12/6/2026 9:00 AM')                -> 6 December: only that reading is a Sunday
 *   parseMailDate('03/04/2026 10:00')                     -> null: nothing says which is the day
 *
 * The text decides; the page language (`lang`) only says which language to try first. Every word of
 * a title must be a weekday, a month or a connector ("at", "um", "à", "de", "г.") of one language, or
 * that language does not read it. A weekday named in the title must be the date's weekday, which
 * also settles day and month order in numeric dates. When more than one reading survives and they
 * disagree, or none does, the answer is null: a wrong date would make a client look answered or
 * waiting when they are not.
 */

type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'ru' | 'uk' | 'pl' | 'lv';

interface LanguageNames {
  /** Sunday first, as Date#getDay counts: every name a weekday goes by (full, short, two-letter). */
  weekdays: readonly (readonly string[])[];
  /** January first: nominative and genitive forms and abbreviations that are not a prefix of them. */
  months: readonly (readonly string[])[];
  /** Words that join the parts ("at", "de", "г.", "plkst."). */
  connectors: readonly string[];
}

/**
 * Full names and the abbreviations the apps print. Any start of a full name of three letters or more
 * also counts ("Dez." for Dezember, "нояб." for ноября), so only shorter or irregular forms are listed.
 */
const NAMES: Readonly<Record<Lang, LanguageNames>> = {
  en: {
    weekdays: [['sunday', 'su'], ['monday', 'mo'], ['tuesday', 'tu', 'tues'], ['wednesday', 'we'], ['thursday', 'th', 'thur', 'thurs'], ['friday', 'fr'], ['saturday', 'sa']],
    months: [['january'], ['february'], ['march'], ['april'], ['may'], ['june'], ['july'], ['august'], ['september', 'sept'], ['october'], ['november'], ['december']],
    connectors: ['at', 'of'],
  },
  de: {
    weekdays: [['sonntag', 'so'], ['montag', 'mo'], ['dienstag', 'di'], ['mittwoch', 'mi'], ['donnerstag', 'do'], ['freitag', 'fr'], ['samstag', 'sonnabend', 'sa']],
    months: [['januar', 'jänner', 'jän'], ['februar'], ['märz', 'mrz'], ['april'], ['mai'], ['juni'], ['juli'], ['august'], ['september', 'sept'], ['oktober'], ['november'], ['dezember']],
    connectors: ['um', 'uhr'],
  },
  fr: {
    weekdays: [['dimanche', 'di'], ['lundi', 'lu'], ['mardi', 'ma'], ['mercredi', 'me'], ['jeudi', 'je'], ['vendredi', 've'], ['samedi', 'sa']],
    months: [['janvier'], ['février'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre']],
    connectors: ['à', 'a', 'le'],
  },
  es: {
    weekdays: [['domingo', 'do'], ['lunes', 'lu'], ['martes', 'ma'], ['miércoles', 'mi', 'x'], ['jueves', 'ju'], ['viernes', 'vi'], ['sábado', 'sa']],
    months: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre', 'sept'], ['octubre'], ['noviembre'], ['diciembre']],
    connectors: ['de', 'a', 'las', 'la', 'del'],
  },
  it: {
    weekdays: [['domenica', 'do'], ['lunedì', 'lu'], ['martedì', 'ma'], ['mercoledì', 'me'], ['giovedì', 'gi'], ['venerdì', 've'], ['sabato', 'sa']],
    months: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
    connectors: ['alle', 'ore', 'il', 'h'],
  },
  pt: {
    weekdays: [['domingo', 'dom'], ['segunda', 'seg'], ['terça', 'ter'], ['quarta', 'qua'], ['quinta', 'qui'], ['sexta', 'sex'], ['sábado', 'sáb']],
    months: [['janeiro'], ['fevereiro'], ['março'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']],
    // "segunda-feira": the hyphen splits off "feira".
    connectors: ['de', 'às', 'as', 'feira', 'a'],
  },
  nl: {
    weekdays: [['zondag', 'zo'], ['maandag', 'ma'], ['dinsdag', 'di'], ['woensdag', 'wo'], ['donderdag', 'do'], ['vrijdag', 'vr'], ['zaterdag', 'za']],
    months: [['januari'], ['februari'], ['maart', 'mrt'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
    connectors: ['om'],
  },
  ru: {
    weekdays: [['воскресенье', 'вс'], ['понедельник', 'пн'], ['вторник', 'вт'], ['среда', 'ср'], ['четверг', 'чт'], ['пятница', 'пт'], ['суббота', 'сб']],
    months: [
      ['январь', 'января'], ['февраль', 'февраля'], ['март', 'марта'], ['апрель', 'апреля'], ['май', 'мая'], ['июнь', 'июня'],
      ['июль', 'июля'], ['август', 'августа'], ['сентябрь', 'сентября'], ['октябрь', 'октября'], ['ноябрь', 'ноября'], ['декабрь', 'декабря'],
    ],
    connectors: ['г', 'в'],
  },
  uk: {
    weekdays: [['неділя', 'нд'], ['понеділок', 'пн'], ['вівторок', 'вт'], ['середа', 'ср'], ['четвер', 'чт'], ['пятниця', 'пт'], ['субота', 'сб']],
    months: [
      ['січень', 'січня'], ['лютий', 'лютого'], ['березень', 'березня'], ['квітень', 'квітня'], ['травень', 'травня'], ['червень', 'червня'],
      ['липень', 'липня'], ['серпень', 'серпня'], ['вересень', 'вересня'], ['жовтень', 'жовтня'], ['листопад', 'листопада'], ['грудень', 'грудня'],
    ],
    connectors: ['р', 'о', 'об'],
  },
  pl: {
    weekdays: [['niedziela', 'niedz', 'nd'], ['poniedziałek', 'pn'], ['wtorek', 'wt'], ['środa', 'śr'], ['czwartek', 'cz'], ['piątek', 'pt'], ['sobota', 'so']],
    months: [
      ['styczeń', 'stycznia'], ['luty', 'lutego'], ['marzec', 'marca'], ['kwiecień', 'kwietnia'], ['maj', 'maja'], ['czerwiec', 'czerwca'],
      ['lipiec', 'lipca'], ['sierpień', 'sierpnia'], ['wrzesień', 'września'], ['październik', 'października'], ['listopad', 'listopada'], ['grudzień', 'grudnia'],
    ],
    connectors: ['o', 'r'],
  },
  lv: {
    weekdays: [['svētdiena', 'sv'], ['pirmdiena', 'pr'], ['otrdiena', 'ot'], ['trešdiena', 'tr'], ['ceturtdiena', 'ce'], ['piektdiena', 'pk'], ['sestdiena', 'se']],
    months: [
      ['janvāris'], ['februāris'], ['marts'], ['aprīlis'], ['maijs'], ['jūnijs'],
      ['jūlijs'], ['augusts'], ['septembris'], ['oktobris'], ['novembris'], ['decembris'],
    ],
    connectors: ['gada', 'g', 'plkst'],
  },
};

const LANGS = Object.keys(NAMES) as Lang[];

/** Lower case without diacritics: "Mié" and "mie", "Dez" and "dez" are the same word. */
function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

type Role = { kind: 'weekday'; value: number } | { kind: 'month'; value: number };

interface FoldedNames {
  weekdays: string[][];
  months: string[][];
  connectors: Set<string>;
}

const FOLDED: Readonly<Record<Lang, FoldedNames>> = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    {
      weekdays: NAMES[lang].weekdays.map((forms) => forms.map(fold)),
      months: NAMES[lang].months.map((forms) => forms.map(fold)),
      connectors: new Set(NAMES[lang].connectors.map(fold)),
    },
  ]),
) as Record<Lang, FoldedNames>;

function names(word: string, forms: readonly string[]): boolean {
  // Full names are the first forms of a list and the longest; a start of one is an abbreviation.
  return forms.some((form) => form === word || (word.length >= 3 && form.length > word.length && form.startsWith(word)));
}

/** The same few dozen words come back on every row of every scan: each is looked up once per language. */
const roleCache = new Map<string, Role[] | null>();

/** What a word can be in a language: null when it is none of its weekdays, months or connectors. */
function rolesOf(lang: Lang, word: string): Role[] | null {
  const key = `${lang}|${word}`;
  let roles = roleCache.get(key);
  if (roles === undefined) {
    roles = lookUp(lang, word);
    if (roleCache.size > 5000) roleCache.clear();
    roleCache.set(key, roles);
  }
  return roles;
}

function lookUp(lang: Lang, word: string): Role[] | null {
  const table = FOLDED[lang];
  if (table.connectors.has(word)) return [];
  const roles: Role[] = [];
  table.weekdays.forEach((forms, value) => {
    if (names(word, forms)) roles.push({ kind: 'weekday', value });
  });
  table.months.forEach((forms, value) => {
    if (names(word, forms)) roles.push({ kind: 'month', value });
  });
  return roles.length > 0 ? roles : null;
}

// ---- the numbers ------------------------------------------------------------------------------------

const TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?::\d{2})?(?![\d:])/;
/**
 * "AM", "a.m.", "a. m." (Spanish), Ukrainian "дп"/"пп", Latvian "priekšp."/"pēcp." (and in full), right
 * after the time: a German "am" elsewhere is a word, not a half of the day.
 */
const MERIDIEM = /^\s*(?:([ap])\.?\s?m\.?|([дп])п|(priekšp|pēcp)(?:usdienā)?\.?)(?!\p{L})/iu;
const DAY_MONTH_YEAR = /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/;
const YEAR_MONTH_DAY = /(?<!\d)(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?!\d)/;

function dateAt(year: number, month: number, day: number, hour: number, minute: number): Date | null {
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  const d = new Date(year, month, day, hour, minute);
  // Date rolls 31 November over to 1 December: a date that does not round-trip was not a date.
  if (d.getFullYear() !== year || d.getMonth() !== month || d.getDate() !== day) return null;
  return d;
}

interface Parts {
  hour: number;
  minute: number;
  /** Numeric date found: the readings it allows ([year, month, day]), and the words around it. */
  numeric: [number, number, number][] | null;
  /** Otherwise: the year and the day, the month being a word. */
  year: number | null;
  day: number | null;
  words: string[];
}

function partsOf(raw: string): Parts | null {
  let text = raw
    .normalize('NFC')
    // NBSP, narrow NBSP and thin spaces (Chromium's "4:20 PM", French "16 h") are spaces here.
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    // Ukrainian writes the apostrophe of "п'ятниця" in several ways; the names are stored without it.
    .replace(/['’ʼ`]/g, '')
    .trim();
  if (!text || text.length > 120) return null;
  const time = TIME.exec(text);
  if (!time) return null;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  let after = text.slice(time.index + time[0].length);
  const meridiem = MERIDIEM.exec(after);
  if (meridiem) {
    // 12:05 AM is past midnight; ICU writes "0:05 am" for en-GB on the 12-hour clock (h11).
    if (hour > 12) return null;
    const half = (meridiem[1] ?? meridiem[2] ?? meridiem[3]).toLowerCase();
    const afternoon = half === 'p' || half === 'п' || half === 'pēcp';
    hour = (hour % 12) + (afternoon ? 12 : 0);
    after = after.slice(meridiem[0].length);
  }
  text = `${text.slice(0, time.index)} ${after}`;
  if (hour > 23 || minute > 59) return null;

  let numeric: Parts['numeric'] = null;
  const ymd = YEAR_MONTH_DAY.exec(text);
  const dmy = ymd ? null : DAY_MONTH_YEAR.exec(text);
  if (ymd) {
    numeric = [[Number(ymd[1]), Number(ymd[3]) - 1, Number(ymd[4])]];
    text = text.replace(ymd[0], ' ');
  } else if (dmy) {
    const [a, b, year] = [Number(dmy[1]), Number(dmy[3]), Number(dmy[4])];
    // Both orders; the weekday, or the numbers themselves, decide which one is meant.
    numeric = [[year, b - 1, a], ...(a === b ? [] : [[year, a - 1, b] as [number, number, number]])];
    if (dmy[2] !== '/') numeric = [numeric[0]]; // dots and dashes are day-first wherever they are used
    text = text.replace(dmy[0], ' ');
  }
  const numbers = text.match(/\d+/g) ?? [];
  let year: number | null = null;
  let day: number | null = null;
  if (numeric) {
    if (numbers.length > 0) return null;
  } else {
    const years = numbers.filter((n) => n.length === 4);
    const days = numbers.filter((n) => n.length <= 2);
    if (years.length !== 1 || days.length !== 1 || numbers.length !== 2) return null;
    year = Number(years[0]);
    day = Number(days[0]);
  }
  const words = (text.match(/\p{L}+/gu) ?? []).map(fold);
  if (words.length > 6) return null;
  return { hour, minute, numeric, year, day, words };
}

// ---- reading it in one language -----------------------------------------------------------------------

/** Every instant the title can mean when read as `lang`, as distinct epoch ms. */
function readingsIn(lang: Lang, parts: Parts): Set<number> {
  const out = new Set<number>();
  const roles: Role[][] = [];
  for (const word of parts.words) {
    const r = rolesOf(lang, word);
    if (r === null) return out;
    if (r.length > 0) roles.push(r);
  }
  // Each named word takes one of its roles; a handful of words with one or two roles each.
  const choose = (i: number, weekday: number | null, month: number | null): void => {
    if (i === roles.length) {
      const candidates: [number, number, number][] = parts.numeric
        ? month === null
          ? parts.numeric
          : []
        : month === null
          ? []
          : [[parts.year!, month, parts.day!]];
      for (const [y, m, d] of candidates) {
        const at = dateAt(y, m, d, parts.hour, parts.minute);
        if (!at || (weekday !== null && at.getDay() !== weekday)) continue;
        out.add(at.getTime());
      }
      return;
    }
    for (const role of roles[i]) {
      if (role.kind === 'weekday') {
        if (weekday !== null && weekday !== role.value) continue;
        choose(i + 1, role.value, month);
      } else {
        if (month !== null && month !== role.value) continue;
        choose(i + 1, weekday, role.value);
      }
    }
  };
  choose(0, null, null);
  return out;
}

function languageOf(hint: string | null | undefined): Lang | null {
  const base = hint?.trim().toLowerCase().split(/[-_]/)[0];
  return base && (LANGS as string[]).includes(base) ? (base as Lang) : null;
}

/** The single instant the readings agree on, or null. */
function only(readings: Iterable<number>): number | null {
  const all = [...new Set(readings)];
  return all.length === 1 ? all[0] : null;
}

/**
 * The instant a mail app's full-date tooltip names, in the browser's time zone (the apps show dates in
 * the zone they run in). `lang` is the page's UI language (`<html lang>`), tried first. A title
 * without a year, a day, a month and a time of day, or one whose readings disagree, gives null.
 */
export function parseMailDate(raw: string | null | undefined, lang?: string | null): number | null {
  if (typeof raw !== 'string') return null;
  const parts = partsOf(raw);
  if (!parts) return null;
  // Without any named word a numeric date reads the same in every language.
  if (parts.words.length === 0 && parts.numeric) return only(readingsIn('en', parts));
  const first = languageOf(lang);
  if (first) {
    const hinted = only(readingsIn(first, parts));
    if (hinted !== null) return hinted;
  }
  const all: number[] = [];
  for (const l of LANGS) all.push(...readingsIn(l, parts));
  return only(all);
}

/** The UI language a page declares, for parseMailDate's hint. */
export function pageLanguage(root: ParentNode): string | null {
  const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  return doc?.documentElement?.getAttribute('lang') || null;
}
