import type { Lang } from '../dates/types';

/**
 * Which of the five languages a paragraph is in. Script first (Cyrillic or Latin), then letters
 * only one language uses, then frequent short words. Returns null when there is too little to tell.
 */
const UK_LETTERS = 'іїєґІЇЄҐ';
const RU_LETTERS = 'ыэъёЫЭЪЁ';
// Word endings Russian does not have: 1st plural "-емо" (надішлемо), nouns in "-ння", reflexive "-юся/-уся", "-ються".
// Also the infinitives Russian spells "-ить", "-нуть", "-овать", "-ться" ("зробити", "скинути",
// "налаштувати", "подивитися"): a one-line reply typed without і, ї or є ("постараюсь до завтра скинути
// структуру") is Ukrainian by its verb.
// "-цю": the Ukrainian accusative of "таблиця", "вулиця"; Russian writes "-цу" (pool37: "ок, внесу в таблицю" was read as Russian).
export const UK_ENDINGS = /\p{L}(?:емо|ння|[юу]ся|ються|(?<!бил)ити|нути|[ую]вати|тися|цю)(?![\p{L}])/giu;
const PL_LETTERS = 'ąęłńśźżćĄĘŁŃŚŹŻĆ';
// Spellings English does not use (prz, rz, sz, cz) and 1st person plural verbs (-emy/-imy/-ymy): Polish typed without diacritics.
export const PL_SHAPES = /prz|rz|sz|cz|\p{L}{2}(?:emy|imy|ymy)(?![\p{L}])/giu;
const LV_LETTERS = 'āēīūģķļņĀĒĪŪĢĶĻŅ';
// Endings that survive typing without diacritics: futures "-isu/-šu/-sim" (atsutisu), past "-iju/-oju"
// (nosutiju). English and Polish words hardly ever end so.
export const LV_ENDINGS = /\p{L}{2}(?:šu|šos|isu|isos|isim|esim|iju|oju|ēju|eju)(?![\p{L}])/giu;
const CYRILLIC = /^\p{Script=Cyrillic}$/u;
const LATIN = /^\p{Script=Latin}$/u;

// Running a regex per character (a Unicode script, a letter only one language has, a word ending)
// cost more than the rest of detection: one pass reads each code unit's flags from a table, each
// flag looked up once per code unit with the same regexes and remembered.
const FLAGS_KNOWN = 1;
const LATIN_SCRIPT = 2;
const CYRILLIC_SCRIPT = 4;
const UK_LETTER = 8;
const RU_LETTER = 16;
const PL_LETTER = 32;
const LV_LETTER = 64;
/** \p{L}: what the ending patterns count as a letter. */
const LETTER_FLAG = 128;
const charFlags = new Uint8Array(0x10000);
for (const [letters, flag] of [[UK_LETTERS, UK_LETTER], [RU_LETTERS, RU_LETTER], [PL_LETTERS, PL_LETTER], [LV_LETTERS, LV_LETTER]] as const) {
  for (let i = 0; i < letters.length; i++) charFlags[letters.charCodeAt(i)] |= flag;
}
const LETTER_CHAR = /^\p{L}$/u;

function flagsOf(ch: string): number {
  return (LATIN.test(ch) ? LATIN_SCRIPT : CYRILLIC.test(ch) ? CYRILLIC_SCRIPT : 0) | (LETTER_CHAR.test(ch) ? LETTER_FLAG : 0);
}

/**
 * Every match of an ending pattern (UK_ENDINGS, LV_ENDINGS) is letters ending where a run of letters
 * ends, and no ending of a list is the tail of another, so a pattern matches once in a run whose tail
 * it matches and never elsewhere: counting its matches is testing each run's tail. The tail test is
 * the pattern itself anchored at the end, run only on tails whose last letter is one an ending ends
 * with (case-insensitively, as the pattern reads it).
 */
class EndingCounter {
  /** 0 not looked up yet, 1 an ending may end in this code unit, 2 none does. */
  private readonly lastFlags = new Uint8Array(0x10000);
  private readonly tail: RegExp;
  private readonly last: RegExp;

  constructor(
    pattern: RegExp,
    lastLetters: string,
    /** Code units the longest match can span: an ending and the letters the pattern wants before it. */
    private readonly reach: number,
  ) {
    // The closing look-ahead gives way to the end of the tail: a run ends before a non-letter anyway.
    const body = pattern.source.replace(/\(\?!\[\\p\{L\}\]\)$/, '');
    if (body === pattern.source) throw new Error(`an ending pattern ends in (?![\\p{L}]): ${pattern.source}`);
    this.tail = new RegExp(`(?:${body})$`, pattern.flags.replace('g', ''));
    this.last = new RegExp(`^[${lastLetters}]$`, pattern.flags.replace('g', ''));
  }

  /** Whether the run of letters s[start, end) ends in a match. */
  matches(s: string, start: number, end: number): boolean {
    const c = s.charCodeAt(end - 1);
    // A letter outside the BMP is no ending's last letter, but the pattern gets the last word.
    if ((c & 0xfc00) !== 0xdc00) {
      let flag = this.lastFlags[c];
      if (flag === 0) this.lastFlags[c] = flag = this.last.test(s[end - 1]) ? 1 : 2;
      if (flag === 2) return false;
    }
    return this.tail.test(s.slice(Math.max(start, end - this.reach), end));
  }
}

// PL_SHAPES matched by hand (what its alternation would try at each position, in its order), with the
// case-insensitive letter tests it needs read once per code unit from the regex engine itself.
const SHAPE_P = 1;
const SHAPE_R = 2;
const SHAPE_Z = 4;
const SHAPE_S = 8;
const SHAPE_C = 16;
const SHAPE_EIY = 32;
const SHAPE_M = 64;
const SHAPE_Y = 128;
const SHAPE_LETTER = 256;
const SHAPES_KNOWN = 512;
const SHAPE_TESTS: readonly [number, RegExp][] = [
  [SHAPE_P, /^p$/iu],
  [SHAPE_R, /^r$/iu],
  [SHAPE_Z, /^z$/iu],
  [SHAPE_S, /^s$/iu],
  [SHAPE_C, /^c$/iu],
  [SHAPE_EIY, /^[eiy]$/iu],
  [SHAPE_M, /^m$/iu],
  [SHAPE_Y, /^y$/iu],
  [SHAPE_LETTER, /^\p{L}$/u],
];
const shapeFlagTable = new Uint16Array(0x10000);

function shapeFlagsOf(ch: string): number {
  let flags = 0;
  for (const [flag, re] of SHAPE_TESTS) if (re.test(ch)) flags |= flag;
  return flags;
}

/** Code units of the code point at i: 2 for a surrogate pair. */
function widthAt(s: string, i: number): number {
  return (s.charCodeAt(i) & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** The shape flags of the code point at i (0 past the end). */
function shapeAt(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if ((c & 0xfc00) === 0xd800 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return shapeFlagsOf(s.slice(i, i + 2));
  let flags = shapeFlagTable[c];
  if (!(flags & SHAPES_KNOWN)) shapeFlagTable[c] = flags = SHAPES_KNOWN | shapeFlagsOf(s[i]);
  return flags;
}

/** Where `\p{L}{2}(?:emy|imy|ymy)(?![\p{L}])` matching at i ends, or -1. */
function pluralVerbAt(s: string, q: number): number {
  const second = q + widthAt(s, q);
  const ending = second + widthAt(s, second);
  // Tried at every position: the rarest letter first.
  if (!(shapeAt(s, ending + 1) & SHAPE_M)) return -1;
  if (!(shapeAt(s, q) & SHAPE_LETTER) || !(shapeAt(s, second) & SHAPE_LETTER)) return -1;
  if (!(shapeAt(s, ending) & SHAPE_EIY) || !(shapeAt(s, ending + 2) & SHAPE_Y)) return -1;
  return shapeAt(s, ending + 3) & SHAPE_LETTER ? -1 : ending + 3;
}

/** How many matches PL_SHAPES has in `s`. Exported for the test that checks it against the regex. */
export function countPolishShapes(s: string): number {
  let n = 0;
  for (let q = 0; q < s.length; ) {
    const first = shapeAt(s, q);
    let end = -1;
    if (first & SHAPE_P) {
      if (shapeAt(s, q + 1) & SHAPE_R && shapeAt(s, q + 2) & SHAPE_Z) end = q + 3;
    } else if (first & (SHAPE_R | SHAPE_S | SHAPE_C) && shapeAt(s, q + 1) & SHAPE_Z) end = q + 2;
    // The verb ending is the last alternative, and it opens with a letter.
    if (end < 0 && first & SHAPE_LETTER) end = pluralVerbAt(s, q);
    if (end > q) {
      n++;
      q = end;
    } else q += widthAt(s, q);
  }
  return n;
}

// The last letters of the endings, and the reach: a letter (two for Latvian) before the longest ending.
const UK_ENDING_RUNS = new EndingCounter(UK_ENDINGS, 'оияю', 2 + 5);
const LV_ENDING_RUNS = new EndingCounter(LV_ENDINGS, 'usm', 4 + 4);

export interface LetterCounts {
  /** Code points of the Cyrillic and of the Latin script. */
  cyr: number;
  lat: number;
  /** Letters only Ukrainian, Russian, Polish or Latvian uses. */
  uk: number;
  ru: number;
  pl: number;
  lv: number;
  /** Matches of UK_ENDINGS and of LV_ENDINGS. */
  ukEndings: number;
  lvEndings: number;
}

/** Exported for the test that checks it against the regexes it replaces. */
export function countLetters(s: string): LetterCounts {
  const n: LetterCounts = { cyr: 0, lat: 0, uk: 0, ru: 0, pl: 0, lv: 0, ukEndings: 0, lvEndings: 0 };
  let run = -1;
  const endRun = (end: number) => {
    if (UK_ENDING_RUNS.matches(s, run, end)) n.ukEndings++;
    if (LV_ENDING_RUNS.matches(s, run, end)) n.lvEndings++;
    run = -1;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let flags: number;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair is one code point (Latin and Cyrillic both have a few outside the BMP); the
      // language letters are all in the BMP.
      flags = flagsOf(s.slice(i, i + 2));
      width = 2;
    } else {
      flags = charFlags[c];
      if (!(flags & FLAGS_KNOWN)) charFlags[c] = flags |= FLAGS_KNOWN | flagsOf(s[i]);
    }
    if (flags & LETTER_FLAG) {
      if (run < 0) run = i;
    } else if (run >= 0) endRun(i);
    if (flags & LATIN_SCRIPT) n.lat++;
    else if (flags & CYRILLIC_SCRIPT) n.cyr++;
    if (flags & UK_LETTER) n.uk++;
    if (flags & RU_LETTER) n.ru++;
    if (flags & PL_LETTER) n.pl++;
    if (flags & LV_LETTER) n.lv++;
    i += width - 1;
  }
  if (run >= 0) endRun(s.length);
  return n;
}

export const WORDS: Record<Lang, Set<string>> = {
  // Contractions and short function words too: a one-line English reply ("I'll see what I can do.")
  // has few of the longer ones and shares "i", "to" and "do" with Polish.
  en: new Set(
    ("the and to of you i we is it for will that this on be with are have your what can my me our us so not at if but just " +
      "would could should thank i'll i'm i've i'd we'll we're we've we'd you're you'll don't can't won't " +
      "didn't isn't it's that's let's there here about any was were been has had").split(' '),
  ),
  // Also the short words of a one-line reply that the other language spells differently ("сделаю" /
  // "зроблю", "хорошо" / "добре"): a note with no letter of its own ("Добре, перешлю вашому
  // бухгалтеру") is still told apart.
  ru: new Set('что это как не вы мы и в на я с по но его она он вам хорошо сделаю сделаем уже если когда будет очень спасибо пожалуйста извините вашему нашему сегодня позже потом чуть немного был была были можно возможно будут знать новый всегда извини простите счет посмотрю посмотрим перезвоню разберусь разберемся заказал заказали ждите вовремя спрошу приняла принял привезут почему когда где куда вот недели следующей следующего декабря ноября почту почте смету коллеги коллега коллеге утром вечером нужно надо сейчас только'.split(' ')),
  // "нема питань" has no letter of its own: "нема питань, заскочу гляну" was read as Russian (pool43).
  uk: new Set('що це як не ви ми і в на я з по але його вона він вам та щоб ще вже або якщо коли який яка яке якого буде будемо дуже мабуть дякую ласка вибачте перепрошую тобто щодо зараз треба незабаром бо було мене добре гаразд зроблю зробимо вашому нашому звісно трохи згодом потім зранку чи шо був була були можна можливо будуть поки знати новий нова нове варто хай завжди вибач пробачте рахунок подивлюсь подивимось передзвоню розберусь розберемося замовив замовили замовила чекайте вчасно спитаю прийняла прийняв майстер привезуть вичитаю перегляну чому коли куди ось кошторис кошторису пошту пошті колеги колега колезі тижня наступного наступної грудня листопада ранку потрібно нема немає питань питання'.split(' ')),
  // Also the diacritic-free spellings people type ("sie", "wiec", "prosze"), and words English never has.
  pl: new Set(
    ('się nie jest że to w na i z do jak mi ja pan pani dla sie ze juz już tez też czy oraz przez tylko jeszcze bardzo jutro dzisiaj dziś dzis ' +
      'wczoraj prosze proszę dziekuje dziękuję przepraszam pozdrawiam tego jestem bede będę wiec więc jesli jeśli jezeli jeżeli kiedy gdy panu ' +
      'panstwu państwu znac znać piatku piątku wtorek czwartek stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia września ' +
      'pazdziernika października listopada grudnia').split(' '),
  ),
  // With the spellings typed without diacritics ("vel", "sodien", "tapec"): a plain-typed Latvian line
  // has no letter of its own to give it away. None of these is an English or Polish word.
  lv: new Set(
    ('ir un ka es jūs mēs par uz ar no kā bet jums to jus mes pec pēc lidz līdz ari arī lai vai ludzu lūdzu paldies sveiki labdien atvainojos ' +
      'jau vel vēl būs nav tad kad tapec tāpēc sodien šodien rīt rit vakar tikai esmu esam varu varam mums musu mūsu jusu jūsu tev tavu ' +
      'šis šo vēlāk velak diemzel diemžēl ceru cerams tiklidz tiklīdz drizuma drīzumā nakamnedel nākamnedēļ sveiks labrit labrīt ' +
      'jums jusu tagad vajag varbut varbūt sorry').split(' '),
  ),
};

// Which languages' frequent words each word is, as bits in LANG_ORDER.
const LANG_ORDER: readonly Lang[] = ['en', 'ru', 'uk', 'pl', 'lv'];
const WORD_LANGS = new Map<string, number>();
LANG_ORDER.forEach((lang, i) => {
  for (const w of WORDS[lang]) WORD_LANGS.set(w, (WORD_LANGS.get(w) ?? 0) | (1 << i));
});

const LETTER = /^\p{L}$/u;
// Whether each BMP code unit is a letter: 0 not looked up yet, 1 it is, 2 it is not.
const letterFlags = new Uint8Array(0x10000);

/**
 * How many of each language's frequent words `lower` has, a word being a run of letters and straight
 * apostrophes (what /[\p{L}']+/gu matches), read in one pass instead of a regex match and a scan per language.
 */
export function wordScores(lower: string): Record<Lang, number> {
  const scores: Record<Lang, number> = { en: 0, ru: 0, uk: 0, pl: 0, lv: 0 };
  const add = (word: string) => {
    const langs = WORD_LANGS.get(word);
    if (langs) for (let i = 0; i < LANG_ORDER.length; i++) if (langs & (1 << i)) scores[LANG_ORDER[i]]++;
  };
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let inWord: boolean;
    let width = 1;
    if (c < 0x80) inWord = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x27;
    else if ((c & 0xfc00) === 0xd800 && i + 1 < lower.length && (lower.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      inWord = LETTER.test(lower.slice(i, i + 2));
      width = 2;
    } else {
      let flag = letterFlags[c];
      if (flag === 0) letterFlags[c] = flag = LETTER.test(lower[i]) ? 1 : 2;
      inWord = flag === 1;
    }
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      add(lower.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) add(lower.slice(start));
  return scores;
}


export function detectLanguage(text: string): Lang | null {
  // Long paragraphs: a sample is enough, and keeps detection linear and cheap.
  const s = text.length > 4000 ? text.slice(0, 4000) : text;
  const letters = countLetters(s);
  const { cyr, lat } = letters;
  if (cyr + lat < 3) return null;
  // Typographic apostrophes read as the straight one, so "I’ll" is one word as "I'll" is.
  const scores = wordScores(s.toLowerCase().replace(/[’ʼ]/g, "'"));
  const score = (lang: Lang) => scores[lang];
  if (cyr > lat) {
    // An apostrophe or a Latin "i" typed for "і" ("надiслати") inside a Cyrillic word is Ukrainian.
    const uk = letters.uk * 3 + letters.ukEndings * 2 + score('uk') + (/\p{Script=Cyrillic}(?:['’ʼ]|i)\p{Script=Cyrillic}/u.test(s) ? 3 : 0);
    const ru = letters.ru * 3 + score('ru');
    return uk > ru ? 'uk' : 'ru';
  }
  const pl = letters.pl * 2 + score('pl') * 2 + countPolishShapes(s) + (/ó/i.test(s) ? 1 : 0);
  const lv = letters.lv * 2 + letters.lvEndings * 2 + score('lv') * 2 + (/[šžč]/i.test(s) ? 1 : 0);
  const en = score('en') * 2;
  if (pl === 0 && lv === 0) return en > 0 || lat >= 3 ? 'en' : null;
  if (en >= pl && en >= lv) return 'en';
  return pl >= lv ? 'pl' : 'lv';
}
