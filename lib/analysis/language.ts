import type { Lang } from '../dates/types';

/**
 * Which of the five languages a paragraph is in. Script first (Cyrillic or Latin), then letters
 * only one language uses, then frequent short words. Returns null when there is too little to tell.
 */
const UK_LETTERS = /[іїєґІЇЄҐ]/gu;
const RU_LETTERS = /[ыэъёЫЭЪЁ]/gu;
const PL_LETTERS = /[ąęłńśźżćĄĘŁŃŚŹŻĆ]/gu;
const LV_LETTERS = /[āēīūģķļņĀĒĪŪĢĶĻŅ]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

const WORDS: Record<Lang, Set<string>> = {
  en: new Set('the and to of you i we is it for will that this on be with are have your'.split(' ')),
  ru: new Set('что это как не вы мы и в на я с по но его она он вам'.split(' ')),
  uk: new Set('що це як не ви ми і в на я з по але його вона він вам та'.split(' ')),
  pl: new Set('się nie jest że to w na i z do jak mi ja pan pani dla'.split(' ')),
  lv: new Set('ir un ka es jūs mēs par uz ar no kā bet jums to'.split(' ')),
};

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

export function detectLanguage(text: string): Lang | null {
  // Long paragraphs: a sample is enough, and keeps detection linear and cheap.
  const s = text.length > 4000 ? text.slice(0, 4000) : text;
  const cyr = count(CYRILLIC, s);
  const lat = count(LATIN, s);
  if (cyr + lat < 3) return null;
  const words = s.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const score = (lang: Lang) => words.reduce((n, w) => n + (WORDS[lang].has(w) ? 1 : 0), 0);
  if (cyr > lat) {
    const uk = count(UK_LETTERS, s) * 3 + score('uk') + (/\p{Script=Cyrillic}['’ʼ]\p{Script=Cyrillic}/u.test(s) ? 3 : 0);
    const ru = count(RU_LETTERS, s) * 3 + score('ru');
    return uk > ru ? 'uk' : 'ru';
  }
  const pl = count(PL_LETTERS, s) * 2 + score('pl') * 2 + (/ó/i.test(s) ? 1 : 0);
  const lv = count(LV_LETTERS, s) * 2 + score('lv') * 2 + (/[šžč]/i.test(s) ? 1 : 0);
  const en = score('en') * 2;
  if (pl === 0 && lv === 0) return en > 0 || lat >= 3 ? 'en' : null;
  if (en >= pl && en >= lv) return 'en';
  return pl >= lv ? 'pl' : 'lv';
}
