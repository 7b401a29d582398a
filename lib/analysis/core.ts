/**
 * The engine without compromise. Its `analyze` recognises English colleague commitments only through
 * the parser passed in `options.english` (see `./english`); `./index` adds compromise.
 */
export { analyze, clearAnalysisCache } from './analyze';
export { fillPlaceholder, datePhrase } from './rewrite';
export { detectLanguage } from './language';
export { mayNameColleague, NO_ENGLISH_PARSER, type EnglishParser } from './english';
export type { AnalyzeOptions, AnalyzeResult, Finding, Suggestion, DatePlaceholder, RuleId, Lang, DateMention } from './types';
export type { Hit } from './pattern';
export { RULE_IDS } from './types';
export { prepareSteps } from './warm-up';
