/**
 * How the mail page has a draft analysed. The engine (lexicons, the date finder, compromise) is ~1 MB
 * of code whose loading and first runs would be long tasks on the mail page's main thread, so it runs
 * in a worker of an offscreen document instead. The page sends `candor/analyze` to the background,
 * which opens the document when needed and forwards the request as `candor-engine/analyze`; the answer
 * comes back the same way. The draft stays inside the browser: these are extension messages.
 */
import type { AnalyzeResult, Finding, Lang, RuleId } from '../analysis/types';
import { RULE_IDS } from '../analysis/types';
import { LANGS } from '../dates/types';

/** A response-time sentence longer than this is not one (the options keep them short). */
const MAX_OWN_TERMS = 300;

export const ANALYZE_REQUEST = 'candor/analyze';
export const ENGINE_REQUEST = 'candor-engine/analyze';

/** A draft longer than this is analysed up to here (the engine itself is linear; messages are copied). */
export const MAX_DRAFT_LENGTH = 200_000;

/** The options a page may pass: plain data only. */
export interface EngineOptions {
  timeZone?: string;
  weekend?: number[];
  /** The user's days off, for proposed dates (time scale: skipped like the weekend). */
  daysOff?: { from: string; to?: string }[];
  rules?: RuleId[];
  /** Epoch milliseconds. */
  now?: number;
  /** The writer's own response-time sentence per language (the options' expectation line). */
  ownTerms?: Partial<Record<Lang, string>>;
}

export interface AnalyzeRequest {
  type: typeof ANALYZE_REQUEST | typeof ENGINE_REQUEST;
  text: string;
  options: EngineOptions;
}

export type EngineReply = { ok: true; result: AnalyzeResult } | { ok: false; error: 'invalid-message' | 'engine-unavailable' | 'engine-failed' };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The text and options of a well-formed request of the given type, or null. */
export function parseAnalyzeRequest(raw: unknown, type: AnalyzeRequest['type']): { text: string; options: EngineOptions } | null {
  if (!isRecord(raw) || raw.type !== type || typeof raw.text !== 'string' || raw.text.length > MAX_DRAFT_LENGTH) return null;
  const o = isRecord(raw.options) ? raw.options : {};
  const options: EngineOptions = {};
  if (typeof o.timeZone === 'string' && o.timeZone.length <= 64) options.timeZone = o.timeZone;
  if (Array.isArray(o.weekend) && o.weekend.length <= 7 && o.weekend.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)) options.weekend = o.weekend as number[];
  // Time scale: days off as settings keep them, at most a settings list's worth.
  const isDay = (x: unknown) => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x);
  if (Array.isArray(o.daysOff) && o.daysOff.length <= 1000 && o.daysOff.every((r) => isRecord(r) && isDay(r.from) && (r.to === undefined || isDay(r.to)))) {
    options.daysOff = (o.daysOff as { from: string; to?: string }[]).map((r) => (r.to === undefined ? { from: r.from } : { from: r.from, to: r.to }));
  }
  if (Array.isArray(o.rules) && o.rules.every((r) => (RULE_IDS as readonly unknown[]).includes(r))) options.rules = o.rules as RuleId[];
  if (typeof o.now === 'number' && Number.isFinite(o.now)) options.now = o.now;
  if (isRecord(o.ownTerms)) {
    const terms: Partial<Record<Lang, string>> = {};
    for (const lang of LANGS) {
      const t = o.ownTerms[lang];
      if (typeof t === 'string' && t.length <= MAX_OWN_TERMS) terms[lang] = t;
    }
    if (Object.keys(terms).length) options.ownTerms = terms;
  }
  return { text: raw.text, options };
}

const isOffset = (x: unknown, max: number): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= max;

function isFindingOf(text: string, f: unknown): f is Finding {
  if (!isRecord(f) || !(RULE_IDS as readonly unknown[]).includes(f.rule)) return false;
  if (!isOffset(f.start, text.length) || !isOffset(f.end, text.length) || f.start >= f.end || f.text !== text.slice(f.start, f.end)) return false;
  if (typeof f.message !== 'string' || !Array.isArray(f.suggestions) || !isRecord(f.sentence)) return false;
  if (!isOffset(f.sentence.start, text.length) || !isOffset(f.sentence.end, text.length)) return false;
  return f.suggestions.every((s) => isRecord(s) && typeof s.text === 'string' && isOffset(s.start, text.length) && isOffset(s.end, text.length) && s.start <= s.end);
}

/**
 * The result in a reply for `text`, or null for anything else: marks put at offsets the draft does
 * not have would land on the wrong words, so a reply that does not fit is not used at all.
 */
export function repliedResult(raw: unknown, text: string): AnalyzeResult | null {
  if (!isRecord(raw) || raw.ok !== true || !isRecord(raw.result)) return null;
  const r = raw.result;
  if (typeof r.lang !== 'string' || !Array.isArray(r.findings) || !Array.isArray(r.dates)) return null;
  if (!r.findings.every((f) => isFindingOf(text, f))) return null;
  return r as unknown as AnalyzeResult;
}
