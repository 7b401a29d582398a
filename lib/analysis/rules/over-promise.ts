import { realisticExpectation } from '../rewrite';
import { finding } from './finding';
import { greetingLength } from './greeting';
import type { Rule } from './types';

/**
 * The writer sets an expectation no one keeps in ordinary working life: always online, any change in
 * five minutes, guaranteed no bugs. The client will hold them to it; where the writer has set their own
 * response time, the rewrite states it.
 */
export const overPromise: Rule = {
  id: 'over-promise',
  run(paragraph, ctx) {
    return paragraph.flatMap((s) => {
      const hit = s.f.overPromises[0];
      if (!hit) return [];
      return [finding('over-promise', s, hit, realisticExpectation(s.f, hit, s.start, greetingLength(s.f), ctx.ownTerms))];
    });
  },
};
