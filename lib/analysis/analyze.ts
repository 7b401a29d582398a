import { localDate } from '../dates';
import type { DateContext, DateMention } from '../dates/types';
import { sentenceFeatures, type SentenceFeatures } from './features';
import { detectLanguage } from './language';
import type { RewriteContext } from './rewrite';
import { RULES } from './rules';
import type { PlacedSentence } from './rules/types';
import { paragraphs, sentences, writerSpans, type Span } from './text';
import type { AnalyzeOptions, AnalyzeResult, Finding, Lang } from './types';

// A "sentence" longer than this (a pasted log, a run of junk) is cut at a space: rules look at
// phrases, and bounded pieces keep the cost of a draft linear in its length.
const MAX_SENTENCE = 1000;
const CACHE_SIZE = 4000;

const featureCache = new Map<string, SentenceFeatures>();

function cached(key: string, make: () => SentenceFeatures): SentenceFeatures {
  const hit = featureCache.get(key);
  if (hit) {
    // Re-insert: Map keeps insertion order, so the oldest entry is the least recently used.
    featureCache.delete(key);
    featureCache.set(key, hit);
    return hit;
  }
  const made = make();
  featureCache.set(key, made);
  if (featureCache.size > CACHE_SIZE) featureCache.delete(featureCache.keys().next().value!);
  return made;
}

/** For benchmarks and tests that need a cold start. */
export function clearAnalysisCache(): void {
  featureCache.clear();
}

function toDate(now: AnalyzeOptions['now']): Date {
  const d = now === undefined ? new Date() : new Date(now);
  return Number.isNaN(d.getTime()) ? new Date() : d;
}

function validZone(tz: string | undefined): string {
  if (!tz) return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    return 'UTC';
  }
}

function chunk(text: string, s: Span): Span[] {
  if (s.end - s.start <= MAX_SENTENCE) return [s];
  const out: Span[] = [];
  let from = s.start;
  while (s.end - from > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', from + MAX_SENTENCE);
    if (cut <= from + MAX_SENTENCE / 2) cut = from + MAX_SENTENCE;
    // Never split a surrogate pair.
    if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut--;
    out.push({ start: from, end: cut });
    from = cut;
  }
  out.push({ start: from, end: s.end });
  return out;
}

/**
 * Analyse a draft: which sentences make excuses, hedge a promise or commit without a date, with direct
 * rewrites, and every date it names. Only the writer's own text is read (quoted history and signature
 * are skipped). Never throws; offsets are UTF-16 indices into `text`.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const now = toDate(options.now);
  const timeZone = validZone(options.timeZone);
  const weekStart = options.weekStart === 0 ? 0 : 1;
  const weekend = options.weekend?.length ? options.weekend : [0, 6];
  const dateContext: DateContext = { now, timeZone, weekStart };
  const local = localDate(now, timeZone);
  const today = `${local.y}-${String(local.m).padStart(2, '0')}-${String(local.d).padStart(2, '0')}`;
  const rewriteContext: RewriteContext = { today, weekend };
  // Dates resolve against the hour ("within 48 hours"), so the cache is keyed by it.
  const contextKey = `${timeZone}|${weekStart}|${today}|${local.hh}`;
  const forced = options.lang && options.lang !== 'auto' ? options.lang : null;
  const rules = options.rules ? RULES.filter((r) => options.rules!.includes(r.id)) : RULES;

  const paras: { span: Span; lang: Lang | null }[] = [];
  for (const region of writerSpans(input)) {
    for (const p of paragraphs(input, region)) {
      paras.push({ span: p, lang: forced ?? detectLanguage(input.slice(p.start, p.end)) });
    }
  }
  const draftLang = forced ?? majority(paras, input);

  const findings: Finding[] = [];
  const dates: DateMention[] = [];
  for (const para of paras) {
    const lang = para.lang ?? draftLang;
    const placed: PlacedSentence[] = [];
    for (const sentence of sentences(input, para.span)) {
      for (const piece of chunk(input, sentence)) {
        const slice = input.slice(piece.start, piece.end);
        const f = cached(`${lang}|${contextKey}|${slice}`, () => sentenceFeatures(slice, lang, dateContext));
        placed.push({ start: piece.start, end: piece.end, f });
        for (const d of f.dates) dates.push({ ...d, start: d.start + piece.start, end: d.end + piece.start });
      }
    }
    for (const rule of rules) findings.push(...rule.run(placed, rewriteContext));
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { lang: draftLang, findings, dates };
}

function majority(paras: { span: Span; lang: Lang | null }[], input: string): Lang {
  const weight = new Map<Lang, number>();
  for (const p of paras) if (p.lang) weight.set(p.lang, (weight.get(p.lang) ?? 0) + p.span.end - p.span.start);
  let best: Lang = detectLanguage(input) ?? 'en';
  let bestWeight = -1;
  for (const [lang, w] of weight) if (w > bestWeight) [best, bestWeight] = [lang, w];
  return best;
}
