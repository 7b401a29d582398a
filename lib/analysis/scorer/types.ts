import type { RewriteContext } from '../rewrite';
import type { PlacedSentence } from '../rules/types';
import type { Finding } from '../types';

/**
 * What decides, per paragraph, which of the rules' findings stand and which the rules missed. The rules
 * know offsets, dates and rewrites; a scorer knows from data how likely each sentence is to be an
 * excuse, a hedge, an undated promise or an over-promise. The engine takes it through this interface so
 * that `../core` (and the mail page's bundle) never loads the weights.
 */
export interface Scorer {
  /** Distinguishes scorers in the analysis caches. */
  readonly id: string;
  /** The paragraph's findings after the scorer's say: kept, dropped or added; offsets as given. */
  decide(paragraph: readonly PlacedSentence[], findings: readonly Finding[], ctx: RewriteContext): Finding[];
}

/** The rules alone decide: for callers with no weights at hand, and for measuring the rules by themselves. */
export const RULES_ONLY: Scorer = { id: 'rules', decide: (_paragraph, findings) => [...findings] };
