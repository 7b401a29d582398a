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

/** Fewer letters than this say too little about how the writer types. */
const ENOUGH_LETTERS = 24;

export function typesPlainly(text: string, lang: Lang): boolean {
  const plain = PLAIN_LETTERS[lang];
  if (!plain) return false;
  let letters = 0;
  for (const ch of text.toLowerCase()) {
    if (plain[ch] !== undefined) return false;
    if (/\p{L}/u.test(ch)) letters++;
  }
  return letters >= ENOUGH_LETTERS;
}

export function plainly(text: string, lang: Lang): string {
  const plain = PLAIN_LETTERS[lang];
  if (!plain) return text;
  return text.replace(/\p{L}/gu, (ch) => {
    const lower = ch.toLowerCase();
    const folded = plain[lower];
    if (folded === undefined) return ch;
    return ch === lower ? folded : folded.toUpperCase();
  });
}
