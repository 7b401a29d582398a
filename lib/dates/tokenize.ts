/** Token kinds. Plain numbers (not a const enum) so isolated-module transpilers keep working. */
export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;

export interface Tok {
  /** UTF-16 offsets into the original text. */
  s: number;
  e: number;
  /** Lower-cased text, with ’ ʼ ‘ ` already folded to '. */
  low: string;
  t: 0 | 1 | 2;
  /** Whitespace separates it from the previous token. */
  gap: boolean;
  /** A line break separates it from the previous token (or it is the first token). */
  nl: boolean;
  /** First character is upper-case. */
  cap: boolean;
}

// Single-unit replacements keep every offset valid for the original text.
const APOS_RE = /[’ʼ‘`]/g;
const LETTER_RE = /[\p{L}\p{M}]/u;
const SPACE_RE = /\s/;

/** 0 = other (one-character punctuation), 1 = letter, 2 = digit, 3 = space, 4 = apostrophe. */
function cls(c: number, src: string, i: number): number {
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
    if (c >= 48 && c <= 57) return 2;
    if (c === 32 || (c >= 9 && c <= 13)) return 3;
    return c === 39 ? 4 : 0;
  }
  // Cyrillic and Latin-1/Extended letters are the common case here; skip the regex for them.
  if ((c >= 0x400 && c <= 0x52f) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return 1;
  if (c >= 0xd800 && c <= 0xdfff) {
    // A surrogate pair may be a letter (rare scripts); a lone surrogate is punctuation.
    const cp = src.codePointAt(i) ?? c;
    return cp > 0xffff && LETTER_RE.test(String.fromCodePoint(cp)) ? 1 : 0;
  }
  const ch = src[i];
  if (LETTER_RE.test(ch)) return 1;
  return SPACE_RE.test(ch) ? 3 : 0;
}

/**
 * Splits text into words (letters, with inner apostrophes: п'ятниця, year's), digit runs and
 * single punctuation characters. Every non-space character lands in some token, so the gap between
 * two tokens is always whitespace. Linear, no backtracking.
 */
export function tokenize(text: string): Tok[] {
  const src = text.replace(APOS_RE, "'");
  const n = src.length;
  const out: Tok[] = [];
  let i = 0;
  let prevEnd = 0;
  let nl = true;
  while (i < n) {
    const c = src.charCodeAt(i);
    const k = cls(c, src, i);
    if (k === 3) {
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) nl = true;
      i++;
      continue;
    }
    const s = i;
    let t: 0 | 1 | 2;
    if (k === 1) {
      t = WORD;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      for (;;) {
        if (i >= n) break;
        const c2 = src.charCodeAt(i);
        const k2 = cls(c2, src, i);
        if (k2 === 4 && i + 1 < n && cls(src.charCodeAt(i + 1), src, i + 1) === 1) {
          i++; // inner apostrophe
          continue;
        }
        if (k2 !== 1) break;
        i += c2 >= 0xd800 && c2 <= 0xdbff ? 2 : 1;
      }
    } else if (k === 2) {
      t = NUM;
      i++;
      while (i < n) {
        const c2 = src.charCodeAt(i);
        if (c2 < 48 || c2 > 57) break;
        i++;
      }
    } else {
      t = PUNCT;
      // Keep a valid surrogate pair (emoji) together.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (src.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    const raw = src.slice(s, i);
    if (t === WORD) {
      const low = raw.toLowerCase();
      out.push({ s, e: i, low, t, gap: s > prevEnd, nl, cap: raw[0] !== low[0] });
    } else out.push({ s, e: i, low: raw, t, gap: s > prevEnd, nl, cap: false });
    prevEnd = i;
    nl = false;
  }
  return out;
}
