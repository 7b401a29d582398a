import type { SentenceFeatures } from '../features';
import type { Lang, RuleId } from '../types';

/**
 * What the learned scorer reads of a sentence, as hashed feature ids. Two halves:
 *   - the text itself (words, word pairs, character n-grams of each word), which depends only on the
 *     sentence and is cached with it, so a keystroke elsewhere costs nothing here;
 *   - the rules' view (which rules fired, the parts they found here and next door, the language),
 *     which depends on the paragraph and is a few dozen ids.
 * Both are the same for training (scripts/train) and for the engine, by construction: one function each.
 */

/** Folded for matching: lower case, no diacritics (typed or not), one apostrophe, digits as 0. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .replace(/[’ʼ`´]/g, "'")
    .replace(/\d/g, '0');
}

const TOKEN = /[\p{L}0']+/gu;
const CHAR_NGRAMS = [3, 4, 5] as const;

/** FNV-1a over UTF-16 code units: stable across engines, so weights trained in Node hold in the browser. */
export function hashFeature(s: string): number {
  return hashFrom(OFFSET, s) >>> 0;
}

const FNV_PRIME = 0x01000193;

/** FNV-1a state after `s`, from `h`: hashFeature(a + b) is hashFrom(hashFrom(OFFSET, a), b). */
function hashFrom(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

const OFFSET = 0x811c9dc5;
const WORD_SEED = hashFrom(OFFSET, 'w ');
const PAIR_SEED = hashFrom(OFFSET, 'b ');
const PIECE_SEED = hashFrom(OFFSET, 'c ');

/** hashFeature(`b ${before} ${after}`). */
const pairId = (before: string, after: string) => hashFrom(hashFrom(PAIR_SEED, before + ' '), after) >>> 0;

/**
 * The text half: words, adjacent word pairs and 3- to 5-letter pieces of each padded word ("<word>").
 * The ids are hashFeature("w …"), hashFeature("b … …"), hashFeature("c …"), computed from the FNV
 * state of the prefix without building the strings: this runs on every sentence a keystroke changes.
 */
export function textFeatureIds(sentence: string): Uint32Array {
  const words = foldText(sentence).match(TOKEN) ?? [];
  let count = 0;
  for (const w of words) {
    count += 2;
    for (const n of CHAR_NGRAMS) count += Math.max(0, w.length + 3 - n);
  }
  const ids = new Uint32Array(count + (words.length ? 1 : 0));
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    ids[at++] = hashFrom(WORD_SEED, w) >>> 0;
    ids[at++] = pairId(i === 0 ? '^' : words[i - 1], w);
    const padded = `<${w}>`;
    for (const n of CHAR_NGRAMS) {
      for (let k = 0; k + n <= padded.length; k++) ids[at++] = hashFrom(PIECE_SEED, padded, k, k + n) >>> 0;
    }
  }
  if (words.length) ids[at++] = pairId(words[words.length - 1], '$');
  return ids;
}

export interface ContextInput {
  lang: Lang;
  f: SentenceFeatures;
  previous?: SentenceFeatures;
  next?: SentenceFeatures;
  /** Rules with a finding in this sentence. */
  fired: ReadonlySet<RuleId>;
  /** Rules with a finding in the sentence before or after. */
  firedNearby: ReadonlySet<RuleId>;
}

function parts(f: SentenceFeatures): string[] {
  const e = f.excuse;
  const out: string[] = [];
  if (e.causes.length) out.push('cause');
  if (e.standalone.length) out.push('standalone');
  if (e.slips.length) out.push('slip');
  if (e.links.length) out.push('link');
  if (e.apologies.length) out.push('apology');
  if (e.vetoed) out.push('vetoed');
  if (e.declined) out.push('declined');
  if (f.commitments.length) out.push('commit');
  if (f.undated.length) out.push('undated');
  for (const h of f.hedges) out.push(`hedge:${h.kind}`);
  if (f.vagueTiming.length) out.push('vague-timing');
  if (f.dates.length) out.push('date');
  if (f.dates.some((d) => !d.past)) out.push('future-date');
  if (f.question) out.push('question');
  if (f.usesWe) out.push('we');
  for (const o of f.overPromises) out.push(`over:${o.kind}`);
  return out;
}

const LENGTH_BUCKETS = [40, 80, 160, 320];

/** A name's two ids, plain and crossed with the language, hashed once per name and language. */
const nameIds = new Map<string, readonly [number, number]>();
function idsOf(lang: Lang, name: string): readonly [number, number] {
  const key = `${lang} ${name}`;
  let ids = nameIds.get(key);
  if (!ids) nameIds.set(key, (ids = [hashFeature(`x ${name}`), hashFeature(`x ${lang} ${name}`)]));
  return ids;
}

/** What a sentence's own parts give, as itself ("part"), as the one before ("prev") and after ("next"). */
interface PartIds {
  own: number[];
  asPrevious: number[];
  asNext: number[];
}
// Per sentence, cached with its features: a paragraph is scored again after every keystroke in it, and
// for every suggestion checked, and most of its sentences are the same objects each time.
const partIdsOf = new WeakMap<SentenceFeatures, PartIds>();

function partIds(f: SentenceFeatures): PartIds {
  let ids = partIdsOf.get(f);
  if (!ids) {
    ids = { own: [], asPrevious: [], asNext: [] };
    for (const p of parts(f)) {
      ids.own.push(...idsOf(f.lang, `part ${p}`));
      ids.asPrevious.push(...idsOf(f.lang, `prev ${p}`));
      ids.asNext.push(...idsOf(f.lang, `next ${p}`));
    }
    const len = f.text.length;
    ids.own.push(...idsOf(f.lang, `len ${LENGTH_BUCKETS.findIndex((b) => len <= b)}`), ...idsOf(f.lang, 'bias'));
    partIdsOf.set(f, ids);
  }
  return ids;
}

/** The rules' half: each name is also crossed with the language, so a language can weigh a rule its own way. */
export function contextFeatureIds(x: ContextInput): Uint32Array {
  const own = partIds(x.f);
  const previous = x.previous ? partIds(x.previous).asPrevious : [];
  const next = x.next ? partIds(x.next).asNext : [];
  const out = new Uint32Array(own.own.length + previous.length + next.length + 2 * (x.fired.size + x.firedNearby.size));
  let at = 0;
  for (const list of [own.own, previous, next]) for (const id of list) out[at++] = id;
  for (const r of x.fired) for (const id of idsOf(x.lang, `fired ${r}`)) out[at++] = id;
  for (const r of x.firedNearby) for (const id of idsOf(x.lang, `near ${r}`)) out[at++] = id;
  return out;
}
