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
  /** The part's bit in its index's live sets. */
  bit = -1;

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
  /** Set when every part belongs to one lexicon's index: findAll reads the live set once for all. */
  index: NeedleIndex | null = null;

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
  // The opening word boundary is checked by findAll, not in the regex: every copy of the big
  // Unicode letter class costs the regex engine milliseconds to compile, and this one is a plain
  // test of the character before a match. A phrase that may open with a class of letters ("any
  // word ending in -šu") keeps it in the regex, or it would be tried at every letter of every word.
  // Such a phrase makes a part of its own: the engine tries a part like that at every word start,
  // while a part of phrases opening with letters lets it skip to where one of them could begin.
  // Parts stay consecutive slices of the list, which is all findAll's merge needs.
  let slice: string[] = [];
  const flush = (opensWithClass: boolean) => {
    if (slice.length) parts.push(new PhrasePart(`${opensWithClass ? BEFORE_WORD : ''}(?:${slice.join('|')})${AFTER_WORD}`, flags));
    slice = [];
  };
  for (const body of bodies) {
    if (OPENS_WITH_CLASS.test(body)) {
      flush(false);
      slice.push(body);
      flush(true);
      continue;
    }
    slice.push(body);
    if (slice.length === PHRASES_PER_PART) flush(false);
  }
  flush(false);
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

// Queries about a sentence come in bursts, but not only for the latest one: the rules ask about the
// sentences of a paragraph after all of them were read. A few dozen live sets cover a paragraph.
const RECENT_TEXTS = 32;

const indexes: NeedleIndex[] = [];

/** Forget the live sets of recent texts (and the last folded text): for benchmarks and tests that need a cold start. */
export function clearLiveSets(): void {
  for (const index of indexes) index.forget();
  lastText = '';
  lastFolded = '';
}

/**
 * The needle trie's edges in one open-addressing hash table: (node, folded character) to child node.
 * The scan follows an edge from every character of every sentence: two typed arrays for the whole
 * trie, instead of a Map and an object per node, keep that probe cheap and the trie compact.
 */
class Edges {
  private keys: Float64Array;
  private children: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    this.keys = new Float64Array(capacity).fill(-1);
    this.children = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private static slot(node: number, c: number, mask: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77)) & mask;
  }

  get(node: number, c: number): number {
    const key = node * 0x10000 + c;
    const mask = this.mask;
    for (let i = Edges.slot(node, c, mask); ; i = (i + 1) & mask) {
      const k = this.keys[i];
      if (k === key) return this.children[i];
      if (k === -1) return -1;
    }
  }

  set(node: number, c: number, child: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const key = node * 0x10000 + c;
    const mask = this.mask;
    let i = Edges.slot(node, c, mask);
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & mask;
    if (this.keys[i] === -1) this.count++;
    this.keys[i] = key;
    this.children[i] = child;
  }

  private grow(): void {
    const { keys, children } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.children = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== -1) this.set(Math.floor(keys[i] / 0x10000), keys[i] % 0x10000, children[i]);
    }
  }
}

/**
 * Which parts of a lexicon's phrase lists a text can wake. Hundreds of parts with a few needles
 * each would be over a thousand substring searches per sentence; the index walks a trie of every
 * needle from each character of the folded sentence instead, a hash probe per character read.
 */
export class NeedleIndex {
  /** Node 0 is the root. */
  private readonly edges = new Edges();
  /** Per node: the bit numbers of the parts a needle ending there wakes. */
  private readonly nodeParts: (number[] | null)[] = [null];
  /** Per node: whether any edge leaves it. */
  private nodeHasNext: Uint8Array = new Uint8Array(1);
  /** The live set every text starts with: parts with no needles always run. */
  private readonly always: Uint32Array;
  private lastText: string | null = null;
  private lastLive: Uint32Array;
  private readonly recent = new Map<string, Uint32Array>();

  constructor(matchers: readonly PhraseMatcher[]) {
    indexes.push(this);
    let count = 0;
    for (const m of matchers) for (const part of m.parts) part.bit = count++;
    this.always = new Uint32Array((count + 31) >>> 5);
    this.lastLive = this.always;
    const hasNext: number[] = [0];
    for (const m of matchers) {
      m.index = this;
      for (const part of m.parts) {
        part.index = this;
        const needles = part.needles;
        if (!needles) {
          this.always[part.bit >>> 5] |= 1 << (part.bit & 31);
          continue;
        }
        for (const needle of needles) {
          let node = 0;
          for (let i = 0; i < needle.length; i++) {
            const c = needle.charCodeAt(i);
            let child = this.edges.get(node, c);
            if (child < 0) {
              child = this.nodeParts.length;
              this.nodeParts.push(null);
              hasNext.push(0);
              this.edges.set(node, c, child);
              hasNext[node] = 1;
            }
            node = child;
          }
          (this.nodeParts[node] ??= []).push(part.bit);
        }
      }
    }
    this.nodeHasNext = Uint8Array.from(hasNext);
  }

  forget(): void {
    this.recent.clear();
    this.lastText = null;
    this.lastLive = this.always;
  }

  /** False only when `part` certainly has no match in `text`. */
  mayMatch(part: PhrasePart, text: string): boolean {
    return isLive(this.live(text), part);
  }

  /** The parts `text` can wake, as a bit set by part.bit. */
  live(text: string): Uint32Array {
    if (text === this.lastText) return this.lastLive;
    let live = this.recent.get(text);
    if (!live) {
      live = this.scan(folded(text));
      this.recent.set(text, live);
      if (this.recent.size > RECENT_TEXTS) this.recent.delete(this.recent.keys().next().value!);
    }
    this.lastText = text;
    this.lastLive = live;
    return live;
  }

  /** The parts one of whose needles occurs in the folded text, as a bit set. */
  private scan(f: string): Uint32Array {
    const live = this.always.slice();
    const { edges, nodeParts, nodeHasNext } = this;
    if (!nodeHasNext[0]) return live;
    for (let i = 0; i < f.length; i++) {
      let node = edges.get(0, f.charCodeAt(i));
      for (let j = i + 1; node >= 0; j++) {
        const parts = nodeParts[node];
        // Setting a bit twice is harmless, and cheaper than remembering which nodes were seen.
        if (parts) for (const bit of parts) live[bit >>> 5] |= 1 << (bit & 31);
        if (!nodeHasNext[node] || j >= f.length) break;
        node = edges.get(node, f.charCodeAt(j));
      }
    }
    return live;
  }
}

/** Whether `part`'s bit is set in a live set from its index. */
function isLive(set: Uint32Array, part: PhrasePart): boolean {
  return (set[part.bit >>> 5] & (1 << (part.bit & 31))) !== 0;
}

/** False only when `part` certainly has no match in `text` (see prefilter.ts); then it need not run. */
export function mayMatch(part: PhrasePart, text: string): boolean {
  if (part.index) return part.index.mayMatch(part, text);
  const needles = part.needles;
  if (!needles) return true;
  const f = folded(text);
  for (const n of needles) if (f.includes(n)) return true;
  return false;
}

/** False only when no part of `matcher` can match `text`: findAll would certainly find nothing. */
export function mayMatchAny(matcher: PhraseMatcher, text: string): boolean {
  if (matcher.index) {
    const set = matcher.index.live(text);
    for (const part of matcher.parts) if (isLive(set, part)) return true;
    return false;
  }
  for (const part of matcher.parts) if (mayMatch(part, text)) return true;
  return false;
}

const LETTER_AT_END = new RegExp(`[${LETTER}]$`, 'u');
const LETTER_CHAR = new RegExp(`^[${LETTER}]$`, 'u');
// Whether each BMP code unit is a word character: 0 not looked up yet, 1 it is, 2 it is not.
const wordCharFlags = new Uint8Array(0x10000);

/** Whether a word character ends just before `at`: the boundary a phrase may not start after. */
function wordBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  // Two code units, so a letter outside the BMP (a surrogate pair) is read as the one letter it is.
  if ((c & 0xfc00) === 0xdc00 && at >= 2 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800) return LETTER_AT_END.test(text.slice(at - 2, at));
  let flag = wordCharFlags[c];
  if (flag === 0) wordCharFlags[c] = flag = LETTER_CHAR.test(text[at - 1]) ? 1 : 2;
  return flag === 1;
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
  // Most lists have nothing to look for in a given sentence: nothing is allocated for them.
  let live: RegExp[] | null = null;
  if (matcher.index) {
    // One lookup of the sentence's live set for the whole list, then a bit test per part.
    const set = matcher.index.live(text);
    for (const part of matcher.parts) if (isLive(set, part)) (live ??= []).push(part.re);
  } else {
    for (const part of matcher.parts) if (mayMatch(part, text)) (live ??= []).push(part.re);
  }
  const hits: Hit[] = [];
  if (!live) return hits;
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
