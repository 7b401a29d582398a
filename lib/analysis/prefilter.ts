/**
 * A cheap, exact-safe gate in front of the lexicon regexes. Most phrase lists can only match a
 * sentence that contains one of a few literal strings ("try", "постара", "cent"): those strings are
 * read off the regex source once, and a regex whose strings are all absent from the sentence is not
 * run at all. Besides the matching time, that spares the regex engine compiling hundreds of large
 * case-insensitive Unicode patterns that a given draft never needs, which is what a user feels on the
 * first analysis in a fresh page.
 *
 * The gate must never reject a sentence the regex would match. Text and literals are compared after
 * the same character-by-character fold (lower case, the few characters whose case-insensitive regex
 * match differs from toLowerCase, Latvian long vowels and soft consonants to their plain letter,
 * every whitespace run to one space): if the regex matches a piece of the text, the folded piece
 * contains the folded literal. Anything the reader below does not understand counts as "could be
 * anything", which only makes the gate weaker, never wrong.
 */

// Characters a case-insensitive /u regex treats as equal to a letter that toLowerCase does not map
// them to (the long s, Greek symbol variants, Old Cyrillic letter variants), and the Latvian letters
// typed without diacritics. Found by scanning the BMP; prefilter.test.ts re-checks the table.
const FOLD: Record<string, string> = {
  ſ: 's', µ: 'μ', 'ͅ': 'ι', ι: 'ι', ΐ: 'ΐ', ΰ: 'ΰ', ϐ: 'β', ϵ: 'ε', ϑ: 'θ', ϰ: 'κ', ϖ: 'π', ϱ: 'ρ', ς: 'σ', ϕ: 'φ',
  ᲀ: 'в', ᲁ: 'д', ᲂ: 'о', ᲃ: 'с', ᲄ: 'т', ᲅ: 'т', ᲆ: 'ъ', ᲇ: 'ѣ', ᲈ: 'ꙋ', ẛ: 'ṡ', ﬅ: 'ﬆ',
  ā: 'a', ē: 'e', ī: 'i', ū: 'u', č: 'c', š: 's', ž: 'z', ģ: 'g', ķ: 'k', ļ: 'l', ņ: 'n',
};
const FOLD_CHARS = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');
const WHITESPACE_RUN = /\s+/gu;

/** The text as the gate compares it. */
export function foldForPrefilter(text: string): string {
  return text.toLowerCase().replace(FOLD_CHARS, (ch) => FOLD[ch]).replace(WHITESPACE_RUN, ' ');
}

/**
 * What is known about the strings a piece of regex can match (folded): `exact`, the complete set of
 * them; else `factors`, strings of which every match contains at least one. Both null: anything.
 */
interface Info {
  exact: Set<string> | null;
  factors: Set<string> | null;
}

// Sets grow by cross product along a sequence; past this size a run is cut and only its parts are kept.
const MAX_EXACT = 64;
const UNKNOWN: Info = { exact: null, factors: null };
const EMPTY = (): Info => ({ exact: new Set(['']), factors: null });

// Lexicon sources repeat the same few dozen letters thousands of times.
const foldedChars = new Map<string, string>();
function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = /\s/u.test(ch) ? ' ' : foldForPrefilter(ch);
    foldedChars.set(ch, folded);
  }
  return folded;
}

// Infos are never changed once made, so one per character serves every occurrence.
const literals = new Map<string, Info>();
function literal(ch: string): Info {
  let info = literals.get(ch);
  if (!info) literals.set(ch, (info = { exact: new Set([foldChar(ch)]), factors: null }));
  return info;
}

// Whitespace runs fold to one space, so two spaces meeting in a product are one.
function joinFolded(a: string, b: string): string {
  return a.endsWith(' ') && b.startsWith(' ') ? a + b.slice(1) : a + b;
}

function product(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(joinFolded(x, y));
  return out;
}

const usable = (set: Set<string> | null): Set<string> | null => (set && set.size > 0 && !set.has('') ? set : null);

/** A set of strings one of which every match contains, or null when the piece may match "". */
function necessary(info: Info): Set<string> | null {
  return better(usable(info.exact), usable(info.factors));
}

// A needle of four folded characters or more is rare enough in a sentence to be worth it.
const SELECTIVE = 4;
// The needle index is a trie, so many needles cost it little; what costs is a needle that wakes its part
// in most sentences ("nie " in Polish). Past eight characters, a longer needle is hardly any rarer.
const RARE_ENOUGH = 8;
// Needles are cut to this length: a prefix of a needle is in every text the needle is, and short
// needles keep the trie small.
const MAX_NEEDLE = 10;

function shortest(set: Set<string>): number {
  let n = Infinity;
  for (const x of set) if (x.length < n) n = x.length;
  return n;
}

function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  const la = shortest(a);
  const lb = shortest(b);
  const ga = la >= SELECTIVE;
  const gb = lb >= SELECTIVE;
  if (ga !== gb) return ga ? a : b;
  if (ga) {
    const ra = Math.min(la, RARE_ENOUGH);
    const rb = Math.min(lb, RARE_ENOUGH);
    if (ra !== rb) return ra > rb ? a : b;
    return a.size <= b.size ? a : b;
  }
  return la !== lb ? (la > lb ? a : b) : a.size <= b.size ? a : b;
}

function sequence(items: Info[]): Info {
  let run = new Set(['']);
  let whole = true;
  // Besides the whole product, any one piece of the sequence is in every match: keep the best piece.
  let best: Set<string> | null = null;
  // Runs of plain letters are the common case: append them to a string, not set by set.
  let letters = '';
  for (const item of items) {
    if (item.exact?.size === 1) {
      letters = joinFolded(letters, item.exact.values().next().value!);
      continue;
    }
    if (letters) {
      best = better(best, usable(new Set([letters])));
      run = product(run, new Set([letters]));
      letters = '';
    }
    best = better(best, necessary(item));
    if (whole && item.exact && run.size * item.exact.size <= MAX_EXACT) {
      run = product(run, item.exact);
      continue;
    }
    if (whole) best = better(best, usable(run));
    whole = false;
  }
  if (letters) {
    best = better(best, usable(new Set([letters])));
    if (whole) run = product(run, new Set([letters]));
  }
  if (whole) return { exact: run, factors: best };
  return { exact: null, factors: best };
}

function alternation(branches: Info[]): Info {
  if (branches.length === 1) return branches[0];
  let exact: Set<string> | null = null;
  if (branches.every((b) => b.exact)) {
    const union = new Set(branches.flatMap((b) => [...b.exact!]));
    if (union.size <= MAX_EXACT) exact = union;
  }
  let factors: Set<string> | null = new Set<string>();
  for (const b of branches) {
    const n = necessary(b);
    if (!n) {
      factors = null;
      break;
    }
    for (const s of n) factors.add(s);
  }
  return { exact, factors };
}

function repeat(atom: Info, min: number, max: number): Info {
  if (max === 0) return EMPTY();
  const exact = atom.exact;
  if (exact && exact.has(' ') && [...exact].every((s) => s === ' ' || s === '')) {
    // Repeated whitespace is still one folded space.
    return { exact: new Set(min === 0 || exact.has('') ? ['', ' '] : [' ']), factors: null };
  }
  if (max === 1) {
    if (min === 1) return atom;
    return exact ? { exact: new Set([...exact, '']), factors: null } : UNKNOWN;
  }
  if (min === 0) return UNKNOWN;
  return { exact: null, factors: necessary(atom) };
}

/** Reads a regex source written for the `u` flag (the only kind the lexicon compiler produces). */
class SourceReader {
  private pos = 0;
  constructor(private readonly src: string) {}

  read(): Info {
    const info = this.alternation();
    if (this.pos !== this.src.length) throw new Error('unbalanced group');
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      branches.push(this.sequence());
    }
    return alternation(branches);
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return sequence(items);
  }

  private quantified(atom: Info): Info {
    const src = this.src;
    let min: number;
    let max: number;
    const ch = src[this.pos];
    if (ch === '*') [min, max] = [0, Infinity];
    else if (ch === '+') [min, max] = [1, Infinity];
    else if (ch === '?') [min, max] = [0, 1];
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.pos));
      if (!m) throw new Error('bad quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.pos += m[0].length - 1;
    } else return atom;
    this.pos++;
    if (src[this.pos] === '?') this.pos++; // lazy: same strings
    return repeat(atom, min, max);
  }

  private atom(): Info {
    const src = this.src;
    const ch = src[this.pos];
    if (ch === '(') {
      this.pos++;
      let zeroWidth = false;
      if (src.startsWith('?:', this.pos)) this.pos += 2;
      else if (src.startsWith('?=', this.pos) || src.startsWith('?!', this.pos)) [this.pos, zeroWidth] = [this.pos + 2, true];
      else if (src.startsWith('?<=', this.pos) || src.startsWith('?<!', this.pos)) [this.pos, zeroWidth] = [this.pos + 3, true];
      else if (src.startsWith('?<', this.pos)) this.pos = src.indexOf('>', this.pos) + 1;
      else if (src[this.pos] === '?') throw new Error('unknown group');
      const inner = this.alternation();
      if (src[this.pos] !== ')') throw new Error('unclosed group');
      this.pos++;
      // Look-arounds consume nothing: what they demand is never needed for the gate.
      return zeroWidth ? EMPTY() : inner;
    }
    if (ch === '[') return this.characterClass();
    if (ch === '\\') return this.escape();
    if (ch === '.') {
      this.pos++;
      return UNKNOWN;
    }
    if (ch === '^' || ch === '$') {
      this.pos++;
      return EMPTY();
    }
    const cp = src.codePointAt(this.pos)!;
    const char = String.fromCodePoint(cp);
    this.pos += char.length;
    return literal(char);
  }

  /** One character from an escape, or null for a class of characters (\d, \p{L}) or no character. */
  private escapedChar(inClass: boolean): string | null | 'zero-width' | 'backreference' {
    const src = this.src;
    const c = src[this.pos + 1];
    this.pos += 2;
    switch (c) {
      case 'd': case 'D': case 'w': case 'W': case 'S':
        return null;
      case 's':
        return ' ';
      case 'b':
        return inClass ? '\b' : 'zero-width';
      case 'B':
        return 'zero-width';
      case 'p': case 'P': {
        const close = src.indexOf('}', this.pos);
        this.pos = close + 1;
        return null;
      }
      case 'n': case 't': case 'r': case 'f': case 'v':
        return ' ';
      case '0':
        return '\0';
      case 'x': {
        const hex = src.slice(this.pos, this.pos + 2);
        this.pos += 2;
        return String.fromCharCode(parseInt(hex, 16));
      }
      case 'u': {
        let cp: number;
        if (src[this.pos] === '{') {
          const close = src.indexOf('}', this.pos);
          cp = parseInt(src.slice(this.pos + 1, close), 16);
          this.pos = close + 1;
        } else {
          cp = parseInt(src.slice(this.pos, this.pos + 4), 16);
          this.pos += 4;
        }
        // A lone surrogate half is part of a pair written in two escapes: not worth reading.
        return cp >= 0xd800 && cp <= 0xdfff ? null : String.fromCodePoint(cp);
      }
      case 'c': {
        const letter = src[this.pos++];
        return String.fromCharCode(letter.charCodeAt(0) % 32);
      }
      case 'k':
        this.pos = src.indexOf('>', this.pos) + 1;
        return 'backreference';
      default:
        if (c >= '1' && c <= '9') {
          while (/\d/.test(src[this.pos] ?? '')) this.pos++;
          return 'backreference';
        }
        return c;
    }
  }

  private escape(): Info {
    const ch = this.escapedChar(false);
    if (ch === 'zero-width') return EMPTY();
    if (ch === null || ch === 'backreference') return UNKNOWN;
    return literal(ch);
  }

  /** One character of a class, or null for a class escape (\p{L}, \d). */
  private classMember(): string | null {
    if (this.src[this.pos] === '\\') {
      const ch = this.escapedChar(true);
      return ch === 'zero-width' || ch === 'backreference' ? null : ch;
    }
    const char = String.fromCodePoint(this.src.codePointAt(this.pos)!);
    this.pos += char.length;
    return char;
  }

  private characterClass(): Info {
    const src = this.src;
    this.pos++;
    const negated = src[this.pos] === '^';
    if (negated) this.pos++;
    const chars = new Set<string>();
    let unknown = negated;
    // Word-character classes ([\p{L}\p{M}\p{N}'’ʼ-]) fill most of a lexicon's source; a class with a
    // property escape can be anything, so the rest of it need not be read member by member.
    if (src.startsWith('\\p{', this.pos) || src.startsWith('\\P{', this.pos)) {
      while (this.pos < src.length && src[this.pos] !== ']') this.pos += src[this.pos] === '\\' ? 2 : 1;
      unknown = true;
    }
    while (this.pos < src.length && src[this.pos] !== ']') {
      const first = this.classMember();
      if (src[this.pos] === '-' && src[this.pos + 1] !== ']') {
        this.pos++;
        this.classMember();
        unknown = true; // ranges are not expanded
        continue;
      }
      if (first === null) unknown = true;
      else chars.add(foldChar(first));
    }
    if (src[this.pos] !== ']') throw new Error('unclosed class');
    this.pos++;
    if (unknown || chars.size > MAX_EXACT) return UNKNOWN;
    return { exact: chars, factors: null };
  }
}

// A needle that contains another needle is redundant: the shorter one is found whenever it is.
function minimal(needles: Set<string>): string[] {
  const sorted = [...needles].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const n of sorted) if (!kept.some((k) => n.includes(k))) kept.push(n);
  return kept;
}

/**
 * The folded strings one of which any match of the regex contains, or null when no such list is known
 * (the regex is then always run). Only `u`-flag sources are read: other syntax differs in details.
 */
export function needlesOf(source: string, flags: string): string[] | null {
  if (!flags.includes('u') || flags.includes('v')) return null;
  try {
    const n = necessary(new SourceReader(source).read());
    return n ? minimal(new Set([...n].map((s) => s.slice(0, MAX_NEEDLE)))) : null;
  } catch {
    return null;
  }
}
