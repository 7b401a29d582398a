import { describe, expect, it } from 'vitest';
import { countLetters, countPolishShapes, LV_ENDINGS, PL_SHAPES, UK_ENDINGS, wordScores, WORDS } from './language';
import type { Lang } from './types';

// detectLanguage reads its signals in one character loop instead of a regex each. These are the
// regexes it used, and the counts must come out the same on any text, odd characters included.
const REFERENCE = {
  cyr: /\p{Script=Cyrillic}/gu,
  lat: /\p{Script=Latin}/gu,
  uk: /[іїєґІЇЄҐ]/gu,
  ru: /[ыэъёЫЭЪЁ]/gu,
  pl: /[ąęłńśźżćĄĘŁŃŚŹŻĆ]/gu,
  lv: /[āēīūģķļņĀĒĪŪĢĶĻŅ]/gu,
  ukEndings: UK_ENDINGS,
  lvEndings: LV_ENDINGS,
};

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

// Pieces that stress the loop: case variants the /i flag folds (Š, ſ, K), letters outside the BMP,
// lone surrogate halves, combining marks, apostrophes, and the endings themselves.
const PIECES = [
  'a', 'B', 'š', 'Š', 'ſ', 'u', 'U', 'm', 'M', 's', 'S', 'i', 'I', 'İ', 'ı', 'ē', 'Ē', 'j', 'o', 'e', 'K',
  'е', 'Е', 'м', 'о', 'О', 'н', 'я', 'Я', 'ю', 'у', 'с', 'т', 'ь', 'і', 'ї', 'ы', 'ё', 'ą', 'ł', 'ā', 'ņ',
  ' ', '  ', '\n', "'", '’', '-', '.', ',', '1', '\u0301', '\u{1D400}', '\u{10780}', '\u{1E030}', '\uD800', '\uDC00',
  'atsūtīšu', 'nosūtīsim', 'centīšos', 'darīju', 'atsutisu', 'strādāju', 'ISOS', 'eſim',
  'надішлемо', 'знання', 'сподіваюся', 'вчуся', 'займуться', 'ЗНАННЯ',
  'p', 'P', 'r', 'R', 'z', 'Z', 'c', 'C', 'y', 'Y', 'prz', 'PRZ', 'rz', 'sz', 'ſz', 'cz', 'emy', 'imy', 'ymy', 'przemy', 'zrobimy', 'ROBIMY', 'możemy', 'krzemy',
  'the', 'will', "i'll", 'что', 'мы', 'що', 'будемо', 'się', 'nie', 'to', 'ir', 'un', 'lūdzu',
];

function randomTexts(n: number): string[] {
  let seed = 7;
  const next = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const len = Math.floor(next() * 30);
    for (let k = 0; k < len; k++) s += PIECES[Math.floor(next() * PIECES.length)];
    out.push(s);
  }
  return out;
}

describe('language detection signals', () => {
  const texts = randomTexts(3000);

  it('counts scripts, language letters and word endings as the regexes do', () => {
    const wrong: string[] = [];
    for (const s of texts) {
      const got = countLetters(s);
      for (const [key, re] of Object.entries(REFERENCE)) {
        if (got[key as keyof typeof REFERENCE] !== count(re, s)) wrong.push(`${key}: ${JSON.stringify(s)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('counts Polish shapes as PL_SHAPES does', () => {
    const wrong = texts.filter((s) => countPolishShapes(s) !== count(PL_SHAPES, s));
    expect(wrong).toEqual([]);
  });

  it('scores the words /[\\p{L}\']+/gu finds', () => {
    const wrong: string[] = [];
    for (const s of texts) {
      const lower = s.toLowerCase();
      const got = wordScores(lower);
      const words = lower.match(/[\p{L}']+/gu) ?? [];
      for (const lang of Object.keys(WORDS) as Lang[]) {
        if (got[lang] !== words.filter((w) => WORDS[lang].has(w)).length) wrong.push(`${lang}: ${JSON.stringify(s)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
