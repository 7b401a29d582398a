/**
 * Many clients' mail is typed without diacritics ("iestradasu", "wysle", "пятница" with е for ё). A
 * rewrite that drops "Līdz ceturtdienai" into such a sentence reads as pasted in: blind editors would
 * not send it. Where the writer's paragraph shows none of its language's marked letters, the words a
 * suggestion brings are written plainly too.
 *
 *   typesPlainly('Labojumus iestradasu rit', 'lv')   -> true
 *   plainly('Līdz ceturtdienai', 'lv')               -> 'Lidz ceturtdienai'
 */
import { PLAIN_LETTERS } from '../dates/lexicon';
import type { Lang } from './types';

/**
 * Fewer letters than this say too little about how the writer types. Latvian marks a long vowel or a
 * soft consonant in nearly every other word, so a dozen letters without one already say it: blind
 * editors failed "Paldies, paskatisos līdz ceturtdienai" and "Labi, sataisisim līdz …" for the marks the
 * rewrite brought into a writer's plain note.
 */
const ENOUGH_LETTERS: Partial<Record<Lang, number>> = { lv: 12 };
const DEFAULT_ENOUGH_LETTERS = 24;

export function typesPlainly(text: string, lang: Lang): boolean {
  const marked = markedLetters(lang);
  if (!marked) return false;
  // Runs on every paragraph with a suggestion, at each keystroke: the regex engine scans, not a loop
  // with a test per character.
  if (marked.test(text.toLowerCase())) return false;
  let letters = 0;
  LETTER.lastIndex = 0;
  const enough = ENOUGH_LETTERS[lang] ?? DEFAULT_ENOUGH_LETTERS;
  while (LETTER.exec(text)) if (++letters >= enough) return true;
  return false;
}

const LETTER = /\p{L}/gu;
const marks = new Map<Lang, RegExp | null>();

/** Any of the language's marked letters, lower case (the text is lowered first, as it always was). */
function markedLetters(lang: Lang): RegExp | null {
  let re = marks.get(lang);
  if (re === undefined) {
    const plain = PLAIN_LETTERS[lang];
    re = plain ? new RegExp(`[${Object.keys(plain).join('')}]`, 'u') : null;
    marks.set(lang, re);
  }
  return re;
}

export function plainly(text: string, lang: Lang): string {
  const plain = PLAIN_LETTERS[lang];
  if (!plain) return text;
  // Only the marked letters (either case) are visited: a callback per letter of the paragraph was a
  // twentieth of a keystroke's analysis in Russian.
  return text.replace(markedEitherCase(lang, plain), (ch) => {
    const lower = ch.toLowerCase();
    const folded = plain[lower];
    if (folded === undefined) return ch;
    return ch === lower ? folded : folded.toUpperCase();
  });
}

const eitherCase = new Map<Lang, RegExp>();

/** The marked letters and every letter that lowers to one of them. */
function markedEitherCase(lang: Lang, plain: Readonly<Record<string, string>>): RegExp {
  let re = eitherCase.get(lang);
  if (!re) {
    const letters = new Set<string>();
    for (const k of Object.keys(plain)) letters.add(k).add(k.toUpperCase());
    re = new RegExp(`[${[...letters].join('')}]`, 'gu');
    eitherCase.set(lang, re);
  }
  return re;
}

/**
 * The apostrophe a Ukrainian writer puts inside words ("інтерв'ю", "пʼятниця") when it is not the
 * typographic "’" of the coach's own words: a straight "'" or a modifier letter "ʼ" the writer uses and
 * "’" nowhere. Blind editors failed "до п’ятниці" beside the writer's "інтерв'ю" (pool25).
 */
export function writersApostrophe(text: string, lang: Lang): "'" | 'ʼ' | undefined {
  if (lang !== 'uk' || /\p{Script=Cyrillic}’\p{Script=Cyrillic}/u.test(text)) return undefined;
  const used = /\p{Script=Cyrillic}(['ʼ])\p{Script=Cyrillic}/u.exec(text);
  return used ? (used[1] as "'" | 'ʼ') : undefined;
}

/** The coach's "’" written as the writer's apostrophe. */
export function withApostrophe(text: string, apostrophe?: string): string {
  return apostrophe ? text.replace(/’/g, apostrophe) : text;
}
