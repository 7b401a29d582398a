import { i18n } from '#i18n';
import type { RuleId } from '@/lib/analysis/types';

/** Each rule's name in the locale files: the card's title, the options switch. */
export const RULE_NAME_KEYS = {
  excuse: 'hintsRuleExcuse',
  'vague-promise': 'hintsRuleVaguePromise',
  'missing-date': 'hintsRuleMissingDate',
  'over-promise': 'hintsRuleOverPromise',
} as const satisfies Readonly<Record<RuleId, string>>;

/** The UI chrome's words, in the browser's UI language. Messages and suggestions come from analyze(). */
export const strings = {
  indicatorLabel: (count: number) => i18n.t('hintsIndicatorLabel', [String(count)]),
  cardTitle: () => i18n.t('hintsCardTitle'),
  suggestionLabel: () => i18n.t('hintsSuggestionLabel'),
  dateLabel: () => i18n.t('hintsDateLabel'),
  apply: () => i18n.t('hintsApply'),
  ignore: () => i18n.t('hintsIgnore'),
  disableRule: () => i18n.t('hintsDisableRule'),
  close: () => i18n.t('hintsClose'),
  none: () => i18n.t('hintsNone'),
  noSuggestion: () => i18n.t('hintsNoSuggestion'),
  changed: () => i18n.t('hintsChanged'),
  applyFailed: () => i18n.t('hintsApplyFailed'),
  applyFailedDirty: () => i18n.t('hintsApplyFailedDirty'),
  applied: () => i18n.t('hintsApplied'),
  shortcuts: () => i18n.t('hintsShortcuts'),
  ruleName: (rule: RuleId) => i18n.t(RULE_NAME_KEYS[rule]),
  // Expectation line
  expectationOffer: () => i18n.t('hintsExpectationOffer'),
  expectationAdd: () => i18n.t('hintsExpectationAdd'),
  expectationNotNow: () => i18n.t('hintsExpectationNotNow'),
  expectationAdded: () => i18n.t('hintsExpectationAdded'),
  expectationFailed: () => i18n.t('hintsExpectationFailed'),
  expectationFailedDirty: () => i18n.t('hintsExpectationFailedDirty'),
  expectationAnnounce: () => i18n.t('hintsExpectationAnnounce'),
};
