/**
 * How the mail page asks for English parsing, and how the answer comes back. The page's proxy sends
 * `candor/parse-english` to the background; the background makes sure the parser document exists and
 * forwards the same sentences as `candor-parser/parse-english`; the document answers through both.
 * Sentences stay inside the browser: extension messaging never leaves it.
 */
import type { Hit } from '../analysis/pattern';

export const PARSE_REQUEST = 'candor/parse-english';
export const PARSER_REQUEST = 'candor-parser/parse-english';

/** Bounds that keep one message small; the proxy batches within them. */
export const MAX_SENTENCES_PER_REQUEST = 50;
export const MAX_SENTENCE_LENGTH = 2000;

export interface ParseRequest {
  type: typeof PARSE_REQUEST | typeof PARSER_REQUEST;
  sentences: string[];
}

export type ParseReply =
  | { ok: true; results: Hit[][] }
  | { ok: false; error: 'invalid-message' | 'parser-unavailable' | 'parser-failed' };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The sentences of a well-formed request of the given type, or null. */
export function requestedSentences(raw: unknown, type: ParseRequest['type']): string[] | null {
  if (!isRecord(raw) || raw.type !== type || !Array.isArray(raw.sentences)) return null;
  const sentences = raw.sentences;
  if (sentences.length === 0 || sentences.length > MAX_SENTENCES_PER_REQUEST) return null;
  if (!sentences.every((s) => typeof s === 'string' && s.length <= MAX_SENTENCE_LENGTH)) return null;
  return sentences as string[];
}

function isHitOf(sentence: string, x: unknown): x is Hit {
  return (
    isRecord(x) &&
    Number.isInteger(x.start) &&
    Number.isInteger(x.end) &&
    (x.start as number) >= 0 &&
    (x.start as number) < (x.end as number) &&
    (x.end as number) <= sentence.length &&
    x.text === sentence.slice(x.start as number, x.end as number)
  );
}

/**
 * The per-sentence results of a reply to `sentences`, or null when the reply is anything else: a
 * parser that answers with offsets outside a sentence must not put marks in the wrong place.
 */
export function repliedResults(raw: unknown, sentences: readonly string[]): Hit[][] | null {
  if (!isRecord(raw) || raw.ok !== true || !Array.isArray(raw.results) || raw.results.length !== sentences.length) return null;
  const results = raw.results as unknown[];
  const out: Hit[][] = [];
  for (let i = 0; i < sentences.length; i++) {
    const hits = results[i];
    if (!Array.isArray(hits) || !hits.every((h) => isHitOf(sentences[i], h))) return null;
    out.push(hits.map((h: Hit) => ({ start: h.start, end: h.end, text: h.text })));
  }
  return out;
}
