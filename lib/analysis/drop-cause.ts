/**
 * An excuse rewritten by leaving the excuse out: the pieces of the sentence that give the cause go, the
 * pieces that say what the writer will do stay as the writer wrote them.
 *
 *   "Was on the road all week, I'll go through your notes on Monday." -> "I'll go through your notes on Monday."
 *   "Sorry guys, coffee went all over the keyboard, I will send the files from my old machine."
 *     -> "Sorry guys, I will send the files from my old machine."
 *
 * Only where a piece that stays holds the writer's own promise: an apology left on its own would say
 * nothing the client can use. Not where what stays points back into what goes ("…deleted half the layer
 * groups, I'll rebuild them" would leave "them" with nothing to stand for).
 */
import { compiled } from './compiled';
import { waitsOnEvent } from './date-cannot-fix';
import { namesTheWriter } from './rewrite-checks';
import type { SentenceFeatures } from './features';
import type { Hit } from './pattern';
import type { Lang, Suggestion } from './types';

/** Words that point back to something named earlier: kept text with one cannot lose what went before it. */
const POINTS_BACK: Record<Lang, RegExp> = {
  en: /(?<![\p{L}'’])(?:it|its|them|they|this|that|these|those|there|then|too|also|either)(?![\p{L}'’])/iu,
  ru: /(?<![\p{L}])(?:его|её|ее|их|им|ему|ей|это|этот|эту|эти|этого|они|оно|она|он|там|тогда|тоже|также|так)(?![\p{L}])/iu,
  uk: /(?<![\p{L}])(?:його|її|їх|їм|йому|це|цей|цю|ці|цього|вони|воно|вона|він|там|тоді|теж|також|так)(?![\p{L}])/iu,
  pl: /(?<![\p{L}])(?:go|je|ją|ja|ich|im|mu|jej|to|ten|tę|te|tego|one|ona|on|tam|wtedy|też|tez|także|takze|tak)(?![\p{L}])/iu,
  lv: /(?<![\p{L}])(?:to|tos|tās|tas|tie|tā|ta|viņu|vinu|viņus|vinus|viņiem|viniem|tur|tad|arī|ari|tāpat|tapat)(?![\p{L}])/iu,
};

/** A conjunction that joined a kept piece to a dropped one ("…, so I'll send it"): it goes with the cause. */
const LEADING_LINK: Record<Lang, RegExp> = {
  en: /^(?:so|and|but|then|anyway)\s+/iu,
  ru: /^(?:поэтому|так что|и|но|а|в общем)\s+/iu,
  uk: /^(?:тому|тож|і|й|та|але|а|загалом)\s+/iu,
  pl: /^(?:więc|wiec|dlatego|i|ale|a|w każdym razie)\s+/iu,
  lv: /^(?:tāpēc|tapec|un|bet|tātad|tatad)\s+/iu,
};

/**
 * Where a sentence breaks into pieces: clause punctuation, and the words that link a reason to a slip.
 * A colon between digits is a clock time ("uz 9:00 tikšanos"), not a break.
 */
const BREAK = /\s*[,;()–—]\s*|(?<!\d)\s*:\s*|:(?!\d)\s*|\s-{1,2}\s/gu;

export interface Piece {
  start: number;
  end: number;
  /** The piece follows a link that gives a reason ("because …"): what it says is the reason. */
  reason: boolean;
}

/** The sentence cut at its clause punctuation and excuse links; the excuse rewrites keep some pieces and drop the rest. */
export function piecesOf(f: SentenceFeatures): Piece[] {
  const text = f.text;
  const reasonLinks = compiled(f.lang).lex.excuse.reasonLinks;
  const cuts: (Hit & { link: boolean })[] = f.excuse.links.map((l) => ({ ...l, link: true }));
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) cuts.push({ start: m.index, end: m.index + m[0].length, text: m[0], link: false });
  cuts.sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let from = 0;
  let reason = false;
  for (const cut of cuts) {
    if (cut.start < from) continue;
    if (cut.start > from) pieces.push({ start: from, end: cut.start, reason });
    // A link opens the next piece as a reason ("because …") or a consequence ("so …"); punctuation ends a
    // reason (", I'll send it tomorrow" is the writer speaking again).
    reason = cut.link && reasonLinks.some((w) => cut.text.toLowerCase().startsWith(w));
    from = cut.end;
  }
  if (from < text.length) pieces.push({ start: from, end: text.length, reason });
  return pieces;
}

export function withoutTheCause(f: SentenceFeatures, start: number, end: number): Suggestion | null {
  const text = f.text;
  const inside = (h: Hit, p: Piece) => h.start < p.end && p.start < h.end;
  const pieces = piecesOf(f);
  const isCause = (p: Piece) =>
    p.reason || f.excuse.causes.some((h) => inside(h, p)) || f.excuse.standalone.some((h) => inside(h, p)) || f.excuse.links.some((h) => inside(h, p));
  // What stays is what the client can use: the apology and the promise. Any other piece is part of the
  // story, in words a list may not know ("coffee went all over the keyboard").
  // The slip stays too where the writer says it ("we couldn't deploy"): the client needs to know what is
  // late (blind editors failed rewrites that dropped it as unfaithful).
  const says = (p: Piece) =>
    f.commitments.some((c) => inside(c, p)) || f.excuse.apologies.some((a) => inside(a, p)) || (f.excuse.slips.some((h) => inside(h, p)) && namesTheWriter(f.lang, text.slice(p.start, p.end)));
  const kept = pieces.filter((p) => !isCause(p) && says(p));
  const dropped = pieces.filter((p) => !kept.includes(p));
  // Where no rule part marks the cause (the learned scorer found the excuse), the story is whatever
  // says neither the apology nor the promise.
  if (dropped.length === 0 || kept.length === 0) return null;
  // What stays must hold the writer's own promise, and not only an apology or a report.
  if (!kept.some((p) => f.commitments.some((c) => inside(c, p)))) return null;
  // What is late goes with the cause only where it is said in the same breath ("due to heavy rains the
  // site work is postponed, we will revert …"): the promise alone would hide it from the client (blind
  // editors failed those as unfaithful). Such a sentence gets no rewrite of this kind.
  const slipIn = (p: Piece) => f.excuse.slips.some((h) => inside(h, p));
  if (dropped.some(slipIn) && !kept.some(slipIn)) return null;
  // The condition the promise hangs on is no cause to drop: "as soon as the data is recovered, I'll
  // send the mockups" without it promises what the writer did not (blind editors failed those).
  if (dropped.some((p) => waitsOnEvent(f.lang, text.slice(p.start, p.end)))) return null;
  // What stays must stand on its own.
  const firstDropped = dropped[0].start;
  if (kept.some((p) => p.end > firstDropped && POINTS_BACK[f.lang].test(text.slice(p.start, p.end)))) return null;
  // A consequence link that stays at the head of a piece ("so I'll …") now follows nothing.
  const pieceText = (p: Piece) => text.slice(p.start, p.end).trim().replace(LEADING_LINK[f.lang], '');
  let out = kept.map(pieceText).join(', ');
  out = out.replace(/[\s,;:]+$/u, '');
  const final = /[.!?…]+$/u.exec(text.trimEnd())?.[0] ?? '';
  if (!/[.!?…]$/u.test(out)) out += final;
  out = out.charAt(0).toLocaleUpperCase(f.lang) + out.slice(1);
  if (out === text.trim()) return null;
  return { start, end, text: out, lang: f.lang };
}
