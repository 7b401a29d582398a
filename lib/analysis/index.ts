import { analyze as analyzeWithout } from './analyze';
import { compromiseParser } from './english-compromise';
import { defaultScorer } from './scorer/default';
import type { AnalyzeOptions, AnalyzeResult } from './types';

export * from './core';
export { compromiseParser } from './english-compromise';
export { defaultScorer } from './scorer/default';
export { RULES_ONLY, type Scorer } from './scorer/types';

/**
 * `analyze` with compromise parsing English in this thread and the learned scorer deciding with the
 * rules, unless `options.english` / `options.scorer` name others (`RULES_ONLY`: the rules alone): the
 * entry point for Node (the CLI, benchmarks, evaluation) and for tests.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  return analyzeWithout(text, { ...options, english: options.english ?? compromiseParser, scorer: options.scorer ?? defaultScorer() });
}
