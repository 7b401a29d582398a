import { analyze as analyzeWithout } from './analyze';
import { compromiseParser } from './english-compromise';
import { defaultRewriteGate } from './rewrite-gate/default';
import { defaultScorer } from './scorer/default';
import type { AnalyzeOptions, AnalyzeResult } from './types';

export * from './core';
export { compromiseParser } from './english-compromise';
export { defaultRewriteGate } from './rewrite-gate/default';
export { OPEN_GATE, type RewriteGate } from './rewrite-gate/types';
export { defaultScorer } from './scorer/default';
export { RULES_ONLY, type Scorer } from './scorer/types';

/**
 * `analyze` with compromise parsing English in this thread, the learned scorer deciding with the
 * rules and the learned gate choosing which checked rewrites are offered, unless `options.english` /
 * `options.scorer` / `options.rewriteGate` name others (`RULES_ONLY`: the rules alone; `OPEN_GATE`:
 * every checked rewrite): the entry point for Node (the CLI, benchmarks, evaluation) and for tests.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  return analyzeWithout(text, { ...options, english: options.english ?? compromiseParser, scorer: options.scorer ?? defaultScorer(), rewriteGate: options.rewriteGate ?? defaultRewriteGate() });
}
