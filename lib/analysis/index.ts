export { analyze, clearAnalysisCache } from './analyze';
export { fillPlaceholder, datePhrase } from './rewrite';
export { detectLanguage } from './language';
export type { AnalyzeOptions, AnalyzeResult, Finding, Suggestion, DatePlaceholder, RuleId, Lang, DateMention } from './types';
export { RULE_IDS } from './types';
export { prepareSteps } from './warm-up';
