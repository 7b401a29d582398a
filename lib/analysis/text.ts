/**
 * Finding the writer's own words in a draft and cutting them into paragraphs and sentences.
 * Everything here is a single left-to-right pass (linear in the input) and never throws.
 */

export interface Span {
  start: number;
  end: number;
}

// A reply header ends the writer's text: everything below it is someone else's message.
const QUOTE_HEADER = [
  /^\s*On\b.{0,300}\bwrote:\s*$/i,
  /^.{0,300}(?<![\p{L}])(wrote|writes|пишет|писал[аи]?|написал[аи]?|написав(ла)?|пише|napisał[a]?|napisali|rakstīja):\s*$/iu,
  /^\s*-{2,}\s*(Original Message|Исходное сообщение|Оригінальне повідомлення|Wiadomość oryginalna|Sākotnējā ziņa|Forwarded message)\s*-{2,}/iu,
  /^\s*_{10,}\s*$/,
];
// The "wrote:" headers end in a colon, and the second one backtracks through up to 300 characters:
// a line with no colon at its end is not tried against them.
const COLON_AT_END = /:\s*$/;
const ENDS_IN_COLON = new Set([QUOTE_HEADER[0], QUOTE_HEADER[1]]);
// Outlook writes the quoted header as "From: …" followed by "Sent: …" / "Date: …".
const FROM_LINE = /^\s*(From|От|Від|Od|No):\s/iu;
const SENT_LINE = /^\s*(Sent|Date|Отправлено|Дата|Надіслано|Wysłano|Data|Nosūtīts|Datums):\s/iu;
const SIG_DELIMITER = /^--\s?$/;
// A clear-signed message wraps the writer's words: the armour header is not text, the signature block ends it.
const PGP_HEADER = /^-----BEGIN PGP SIGNED MESSAGE-----\s*$|^Hash: [\w-]+\s*$/;
const PGP_SIGNATURE = /^-----BEGIN PGP SIGNATURE-----/;
const QUOTED = /^\s*>/;
const SIGN_OFF =
  /^\s*(best( regards| wishes)?|kind regards|warm regards|regards|cheers|thanks( again)?|thank you|many thanks|sincerely|yours|all the best|с уважением|с наилучшими пожеланиями|всего доброго|спасибо|з повагою|дякую|щиро|pozdrawiam( serdecznie)?|z poważaniem|dziękuję|ar cieņu|paldies|sveicieni|ar labākajiem vēlējumiem)\s*[,.!]?\s*$/iu;

/** Parts of `text` the writer wrote: quoted history (">" lines, reply headers and below) and a trailing signature are left out. */
export function writerSpans(text: string): Span[] {
  const lines: Span[] = [];
  for (let i = 0; i <= text.length; ) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    lines.push({ start: i, end: j });
    i = j + 1;
    if (j === text.length) break;
  }
  let last = lines.length;
  // Lines that are not the writer's though the writer's text goes on after them.
  const skipped = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    const line = text.slice(lines[k].start, lines[k].end);
    if (line.length > 400) continue;
    if (PGP_HEADER.test(line)) {
      skipped.add(k);
      continue;
    }
    if (PGP_SIGNATURE.test(line)) {
      last = k;
      break;
    }
    if (QUOTE_HEADER.some((re) => (!ENDS_IN_COLON.has(re) || COLON_AT_END.test(line)) && re.test(line))) {
      // "On Monday, Anna wrote:" over ">" lines attributes an inline quote: a reply written between
      // quoted parts goes on below it. Over unquoted text it heads the whole quoted history.
      let next = k + 1;
      while (next < lines.length && !text.slice(lines[next].start, lines[next].end).trim()) next++;
      if (next < lines.length && QUOTED.test(text.slice(lines[next].start, Math.min(lines[next].end, lines[next].start + 40)))) {
        skipped.add(k);
        continue;
      }
      last = k;
      break;
    }
    if (FROM_LINE.test(line) && k + 1 < lines.length && SENT_LINE.test(text.slice(lines[k + 1].start, lines[k + 1].end))) {
      last = k;
      break;
    }
    if (SIG_DELIMITER.test(line)) {
      last = k;
      break;
    }
  }
  // A sign-off followed only by a few short lines (name, title, phone) starts the signature.
  for (let k = Math.max(0, last - 8); k < last; k++) {
    const line = text.slice(lines[k].start, lines[k].end);
    if (!SIGN_OFF.test(line)) continue;
    const rest = lines.slice(k + 1, last).filter((l) => l.end > l.start && text.slice(l.start, l.end).trim());
    if (rest.length <= 6 && rest.every((l) => l.end - l.start <= 70)) {
      last = k;
      break;
    }
  }
  const spans: Span[] = [];
  let open: Span | null = null;
  for (let k = 0; k < last; k++) {
    const l = lines[k];
    if (skipped.has(k) || QUOTED.test(text.slice(l.start, Math.min(l.end, l.start + 40)))) {
      if (open) spans.push(open);
      open = null;
      continue;
    }
    if (open) open.end = l.end;
    else open = { start: l.start, end: l.end };
  }
  if (open) spans.push(open);
  return spans.map(trimSpan.bind(null, text)).filter((s) => s.end > s.start);
}

export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Paragraphs: runs of text separated by a blank line. */
export function paragraphs(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t\r]*\n/g;
  re.lastIndex = span.start;
  let from = span.start;
  for (let m = re.exec(text); m && m.index < span.end; m = re.exec(text)) {
    out.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: from, end: span.end });
  return out.map((p) => trimSpan(text, p)).filter((p) => p.end > p.start);
}

// Words after which a full stop does not end a sentence (lower-cased, without the dot).
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr vs etc e.g i.e eg ie approx incl no nr tel fig p.s ps cf al re wrt ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'т.е т.д т.п т.к г гг ул им др пр см стр тел руб грн коп ок ' +
    'т.ч зв вул тис ' +
    'tyg mies np m.in tj tzn ok godz ul nr tel prof dr mgr inż ds pt pn wt śr czw sob ndz ' +
    // The title before a name: pl "dla p. Nowaka", "ks. Jan", "pp. Kowalscy"; uk "п. Іваненко", ru "п. 3".
    'p pp ks św п ' +
    // "к след. визиту" is "by the next visit" (pool39).
    'след ' +
    // Counts before a noun or a verb run on: "Dodruk 500 szt. zrobimy przy następnej partii" (pool35).
    'szt tys mln шт тыс млн gab ' +
    't.i plkst piem u.c utt tālr nr'
  ).split(/\s+/),
);

// The sentence scan looks at every character, so these compare codes instead of searching a string.
/** . ! ? … */
const isTerminator = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
/** " ' ” ’ » ) ] */
const isCloser = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d;

/**
 * Sentences inside a span. A sentence ends at . ! ? … (plus closing quotes) followed by a space,
 * unless the word before the dot is an abbreviation or a single letter; a line break always ends one
 * (mail is written line by line, not hard-wrapped).
 */
export function sentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const push = (end: number) => {
    const s = trimSpan(text, { start, end });
    if (s.end > s.start) out.push(s);
  };
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    if (!isTerminator(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < span.end && (isTerminator(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
    if (j < span.end && !/\s/.test(text[j])) {
      i = j - 1;
      continue;
    }
    if (ch === '.' && j === i + 1 && isAbbreviation(text, start, i)) continue;
    // "… and then" / "sorry... i'll" : a dot run followed by lower case continues the sentence.
    let k = j;
    while (k < span.end && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k < span.end && ch === '.' && /\p{Ll}/u.test(text[k]) && j - i > 1) {
      i = j - 1;
      continue;
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(span.end);
  return out;
}

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let k = dot;
  while (k > sentenceStart && /[\p{L}.]/u.test(text[k - 1])) k--;
  const word = text.slice(k, dot).toLowerCase();
  if (word.length === 0) {
    if (!/\d/.test(text[dot - 1] ?? '')) return false;
    // An ordinal number runs on into a lower-case word: lv "14. maijā", "2026. gada", pl "14. maja".
    return /\d/.test(text[dot + 2] ?? '') || /^\s\p{Ll}/u.test(text.slice(dot + 1, dot + 3));
  }
  if (word.length === 1 && /\p{Lu}/u.test(text[k])) return true; // initials: "J. Smith"
  return ABBREVIATIONS.has(word);
}
