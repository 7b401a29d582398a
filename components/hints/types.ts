import type { Finding, Suggestion } from '@/lib/analysis/types';
import type { Severity } from './severity';

/** A finding as the UI shows it. */
export interface Hint {
  /** Stable across re-analyses while the sentence is unchanged: rule, sentence text and occurrence. */
  id: string;
  finding: Finding;
  severity: Severity;
  /** The text the first suggestion replaces, as analysed: Apply goes ahead only if it is still there. */
  replaces: string | null;
}

export type Theme = 'light' | 'dark';

export interface CardActions {
  /** `suggestion` is the finding's own, or a copy with the picked date filled in. */
  apply(hint: Hint, suggestion: Suggestion | null): void;
  dismiss(hint: Hint): void;
  disableRule(hint: Hint): void;
  close(returnFocus: boolean): void;
}
