/**
 * Lexicons are written as readable phrases, not regular expressions, so that a linguist can
 * extend them. This compiles a list of phrases into one sticky-free, case-insensitive regex.
 *
 * Phrase syntax:
 *   - words separated by spaces match words separated by any whitespace;
 *   - `word*` matches any word starting with `word` (inflection: `постара*` = постараюсь, постараемся);
 *     after `\p{L}`, `)` or `]` a `*` is the plain regex quantifier;
 *   - `(a|b)` alternatives, `x?` an optional piece, `[...]` character classes: plain regex, kept as is;
 *     an optional word carries its own space: `try (very )?hard`;
 *   - `…` a gap of up to three words ("try … to" matches "try very hard to");
 *   - `'` matches any apostrophe (' ’ ʼ);
 *   - `re:` at the start: the rest is regex source, for the few shapes phrases can't say.
 * Matches start and end on word boundaries (Unicode letters and digits, not ASCII \b).
 */
import { foldForPrefilter, needlesOf } from './prefilter';

const LETTER = "\\p{L}\\p{M}\\p{N}";
export const WORD_CHARS = `[${LETTER}'’ʼ-]`;

function compilePhrase(phrase: string): string {
  // Escape hatch for shapes phrases can't say (look-behind on a clause start): raw regex source.
  if (phrase.startsWith('re:')) return phrase.slice(3);
  let out = '';
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i];
    if (ch === ' ') {
      // Collapse runs of spaces; an optional group right after keeps its own spacing rules.
      while (phrase[i + 1] === ' ') i++;
      out += '\\s+';
    } else if (ch === '*' && /\p{L}/u.test(phrase[i - 1] ?? '')) {
      // After a letter, * is the inflection wildcard; after \p{L}, ) or ] it is the regex quantifier.
      out += `[${LETTER}'’ʼ-]*`;
    } else if (ch === '…') {
      out += `(?:[${LETTER}'’ʼ,-]+\\s+){0,3}`;
      // The gap swallows the following space itself.
      if (phrase[i + 1] === ' ') i++;
    } else if (ch === "'" || ch === '’') {
      out += "['’ʼ]";
    } else if (ch === '.') {
      out += '\\.';
    } else if (ch === '(' && phrase[i + 1] !== '?') {
      out += '(?:';
    } else {
      out += ch;
    }
  }
  return out;
}

// A list is compiled into several regexes of this many phrases each: a sentence wakes only the few
// whose literals it contains, and the regex engine compiles (on first use, a cost of milliseconds
// per big Unicode pattern) only those.
const PHRASES_PER_PART = 3;

/**
 * One part of a phrase list: the regex source is kept as text and the RegExp made only the first
 * time a sentence gets past the part's prefilter, so lists a draft never needs cost nothing.
 */
export class PhrasePart {
  private regex: RegExp | null = null;
  private needleList: string[] | null | undefined;
  /** Set when the part belongs to a lexicon's shared index: it answers mayMatch for all parts at once. */
  index: NeedleIndex | null = null;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  get re(): RegExp {
    return (this.regex ??= new RegExp(this.source, this.flags));
  }

  get needles(): string[] | null {
    if (this.needleList === undefined) this.needleList = needlesOf(this.source, this.flags);
    return this.needleList;
  }
}

/**
 * A compiled phrase list. It finds exactly what one regex of all the phrases, longest first, would
 * find: see findAll for how the parts' matches are merged.
 */
export class PhraseMatcher {
  constructor(readonly parts: readonly PhrasePart[]) {}
}

/** The regex alternatives of a phrase list, in the order alternation must try them. */
export function alternatives(phrases: readonly string[]): string[] {
  // Longest phrases first so alternation prefers "as soon as possible" over "as soon as".
  return [...phrases].sort((a, b) => b.length - a.length).map(compilePhrase);
}

/** The word boundaries every phrase match has (Unicode letters and digits, not ASCII \b). */
export const BEFORE_WORD = `(?<![${LETTER}])`;
export const AFTER_WORD = `(?![${LETTER}])`;

// A look-ahead, a character class or a class escape first: the phrase need not start with a letter it names.
const OPENS_WITH_CLASS = /^(?:\(\?[=!]|\[|\\[pPdDwWsS]|\.)/;

export function compile(phrases: readonly string[], flags = 'giu'): PhraseMatcher {
  const bodies = alternatives(phrases);
  const parts: PhrasePart[] = [];
  for (let i = 0; i < bodies.length; i += PHRASES_PER_PART) {
    const slice = bodies.slice(i, i + PHRASES_PER_PART);
    // The opening word boundary is checked by findAll, not in the regex: every copy of the big
    // Unicode letter class costs the regex engine milliseconds to compile, and this one is a plain
    // test of the character before a match. A phrase that may open with a class of letters ("any
    // word ending in -šu") keeps it in the regex, or it would be tried at every letter of every word.
    const opensWithClass = slice.some((b) => OPENS_WITH_CLASS.test(b));
    parts.push(new PhrasePart(`${opensWithClass ? BEFORE_WORD : ''}(?:${slice.join('|')})${AFTER_WORD}`, flags));
  }
  return new PhraseMatcher(parts);
}

export interface Hit {
  start: number;
  end: number;
  text: string;
}

// The rules ask dozens of lists about the same sentence in a row: fold it once.
let lastText = '';
let lastFolded = '';

function folded(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastFolded = foldForPrefilter(text);
  }
  return lastFolded;
}

// Needles are found by their first three characters: one pass over a sentence's trigrams finds
// every needle of every list of a lexicon, instead of a substring search per needle.
const KEY = 3;

/**
 * Which parts of a lexicon's phrase lists a text can wake. Hundreds of parts with a few needles
 * each would be over a thousand substring searches per sentence; the index does one map lookup per
 * character of the sentence.
 */
export class NeedleIndex {
  private readonly byKey = new Map<string, { part: PhrasePart; needle: string }[]>();
  private readonly short: { part: PhrasePart; needle: string }[] = [];
  private readonly always: PhrasePart[] = [];
  private lastText: string | null = null;
  private lastLive = new Set<PhrasePart>();

  constructor(matchers: readonly PhraseMatcher[]) {
    for (const m of matchers) {
      for (const part of m.parts) {
        part.index = this;
        const needles = part.needles;
        if (!needles) {
          this.always.push(part);
          continue;
        }
        for (const needle of needles) {
          if (needle.length < KEY) {
            this.short.push({ part, needle });
            continue;
          }
          const key = needle.slice(0, KEY);
          let list = this.byKey.get(key);
          if (!list) this.byKey.set(key, (list = []));
          list.push({ part, needle });
        }
      }
    }
  }

  /** The parts that may match `text`; the others certainly do not. */
  live(text: string): Set<PhrasePart> {
    if (text === this.lastText) return this.lastLive;
    const f = folded(text);
    const live = new Set<PhrasePart>(this.always);
    for (const { part, needle } of this.short) if (!live.has(part) && f.includes(needle)) live.add(part);
    for (let i = 0; i + KEY <= f.length; i++) {
      const list = this.byKey.get(f.slice(i, i + KEY));
      if (!list) continue;
      for (const { part, needle } of list) if (!live.has(part) && f.startsWith(needle, i)) live.add(part);
    }
    this.lastText = text;
    this.lastLive = live;
    return live;
  }
}

/** False only when `part` certainly has no match in `text` (see prefilter.ts); then it need not run. */
export function mayMatch(part: PhrasePart, text: string): boolean {
  if (part.index) return part.index.live(text).has(part);
  const needles = part.needles;
  if (!needles) return true;
  const f = folded(text);
  for (const n of needles) if (f.includes(n)) return true;
  return false;
}

const LETTER_AT_END = new RegExp(`[${LETTER}]$`, 'u');

/** Whether a word character ends just before `at`: the boundary a phrase may not start after. */
function wordBefore(text: string, at: number): boolean {
  // Two code units, so a letter outside the BMP (a surrogate pair) is read as the one letter it is.
  return at > 0 && LETTER_AT_END.test(text.slice(Math.max(0, at - 2), at));
}

/** The leftmost match at or after `from` that does not start inside a word. */
function execFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!wordBefore(text, m.index)) return m;
    // What matches at one position does not depend on the others: try the next one.
    re.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * All non-overlapping matches in `text`, as spans, scanning left to right like a single regex of the
 * whole list. That regex would match at the leftmost position where any phrase matches, taking the
 * first phrase in list order that matches there. The parts are consecutive slices of that order, so
 * the same match is the one of the first part whose leftmost match is at the leftmost position.
 */
export function findAll(matcher: PhraseMatcher, text: string): Hit[] {
  const hits: Hit[] = [];
  const live: RegExp[] = [];
  for (const part of matcher.parts) if (mayMatch(part, text)) live.push(part.re);
  if (live.length === 0) return hits;
  // Each live part's next match at or after `from`; a match found earlier stays valid while it
  // starts at or after `from`, since where a regex matches does not depend on where the search began.
  const next = live.map((re) => execFrom(re, text, 0));
  let from = 0;
  for (;;) {
    let best = -1;
    for (let i = 0; i < live.length; i++) {
      let m = next[i];
      if (m && m.index < from) m = next[i] = execFrom(live[i], text, from);
      if (m && (best < 0 || m.index < next[best]!.index)) best = i;
    }
    if (best < 0) return hits;
    const m = next[best]!;
    if (m[0].length === 0) {
      from = m.index + 1;
      continue;
    }
    hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    from = m.index + m[0].length;
  }
}

export function test(matcher: PhraseMatcher, text: string): boolean {
  for (const part of matcher.parts) {
    if (!mayMatch(part, text)) continue;
    if (execFrom(part.re, text, 0)) return true;
  }
  return false;
}
