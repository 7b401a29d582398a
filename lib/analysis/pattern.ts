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

export function compile(phrases: readonly string[], flags = 'giu'): RegExp {
  if (phrases.length === 0) return /(?!)/gu;
  // Longest phrases first so alternation prefers "as soon as possible" over "as soon as".
  const body = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(compilePhrase)
    .join('|');
  return new RegExp(`(?<![${LETTER}])(?:${body})(?![${LETTER}])`, flags);
}

export interface Hit {
  start: number;
  end: number;
  text: string;
}

/** All non-overlapping matches of `re` in `text`, as spans. */
export function findAll(re: RegExp, text: string): Hit[] {
  const hits: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return hits;
}

export function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}
