import type { RuleId } from '@/lib/analysis/types';

/** How much a finding costs the writer: an excuse most, a missing date least; an over-promise is a debt that comes due later. */
export type Severity = 'high' | 'medium' | 'low';

const SEVERITY: Record<RuleId, Severity> = {
  excuse: 'high',
  'vague-promise': 'medium',
  'missing-date': 'low',
  'over-promise': 'medium',
};

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

export function severityOf(rule: RuleId): Severity {
  return SEVERITY[rule] ?? 'low';
}

/** The highest severity among rules, or null for none. */
export function worstSeverity(rules: Iterable<RuleId>): Severity | null {
  let worst: Severity | null = null;
  for (const rule of rules) {
    const s = severityOf(rule);
    if (!worst || RANK[s] > RANK[worst]) worst = s;
  }
  return worst;
}

/** The highlight names registered in the page (CSS.highlights), one per severity plus the active finding. */
export const HIGHLIGHT_NAMES = {
  high: 'candor-high',
  medium: 'candor-medium',
  low: 'candor-low',
  active: 'candor-active',
} as const;
