import { firmSentence, passageDates } from '../rewrite';
import { finding } from './finding';
import type { Rule } from './types';

/** The writer hedges whether they will deliver ("I'll try to", "hopefully", "постараюсь") or defers without end. */
export const vaguePromise: Rule = {
  id: 'vague-promise',
  run(paragraph, ctx) {
    return paragraph.flatMap((s, i) => {
      const hedge = s.f.hedges[0];
      if (!hedge) return [];
      return [finding('vague-promise', s, hedge, firmSentence(s.f, ctx, s.start, s.end, passageDates(paragraph, i)))];
    });
  },
};
