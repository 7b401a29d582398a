import { firmSentence, passageDates } from '../rewrite';
import { finding } from './finding';
import type { Rule } from './types';

/** The writer commits to something for the reader and names no day or time for it. */
export const missingDate: Rule = {
  id: 'missing-date',
  run(paragraph, ctx) {
    return paragraph.flatMap((s, i) => {
      const commitment = s.f.undated[0];
      if (!commitment) return [];
      // Mark the promise itself ("I'll send the mockups"), up to the end of its clause.
      const clause = s.f.clauses.find((c) => commitment.start >= c.start && commitment.start < c.end) ?? s.f.clauses[0];
      let end = clause.end;
      while (end > commitment.end && /[\s.!?…,;:]/u.test(s.f.text[end - 1])) end--;
      const span = { start: commitment.start, end, text: s.f.text.slice(commitment.start, end) };
      return [finding('missing-date', s, span, firmSentence(s.f, ctx, s.start, s.end, passageDates(paragraph, i)))];
    });
  },
};
