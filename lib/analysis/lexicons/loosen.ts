/**
 * A phrase with some letters also matching the plain letters people type instead ("ё" as "е",
 * Latvian "ā" as "a"): each such letter becomes a class of both. Escapes and letters already inside
 * a [...] class are left alone (the loosening would nest classes), and a letter carrying the
 * inflection wildcard `*` spells the wildcard out, since after a class `*` would be a quantifier.
 */
export function loosenLetters(phrase: string, plainOf: Readonly<Record<string, string>>): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i];
    if (ch === '\\') {
      out += ch + (phrase[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    const plain = plainOf[ch];
    if (!plain || inClass) {
      out += ch;
      continue;
    }
    if (phrase[i + 1] === '*') {
      out += `[${ch}${plain}]\\p{L}*`;
      i++;
    } else {
      out += `[${ch}${plain}]`;
    }
  }
  return out;
}
