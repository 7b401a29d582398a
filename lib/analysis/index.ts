import { analyze as analyzeWithout } from './analyze';
import { compromiseParser } from './english-compromise';
import type { AnalyzeOptions, AnalyzeResult } from './types';

export * from './core';
export { compromiseParser } from './english-compromise';

/**
 * `analyze` with compromise parsing English in this thread, unless `options.english` names another
 * parser: the entry point for Node (the CLI, benchmarks, the scorer) and for tests.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  return analyzeWithout(text, { ...options, english: options.english ?? compromiseParser });
}
