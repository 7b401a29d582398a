/**
 * Corpus passages turned into the scorer's training instances: each passage is analysed by the engine
 * exactly as `candor analyze` would (language detected, rules run), and the inputs the learned scorer
 * would see for each of its sentences are recorded.
 */
// The bare engine with compromise: training must not load the weights it is about to replace.
import { analyze } from '../../lib/analysis/analyze';
import { compromiseParser } from '../../lib/analysis/english-compromise';
import { scorerInputs } from '../../lib/analysis/scorer/learned';
import type { Scorer } from '../../lib/analysis/scorer/types';
import type { RuleId } from '../../lib/analysis/types';
import { CORPUS_NOW, CORPUS_TZ, type Passage } from './corpus';
import type { Instance } from './learn';

export interface Recorded {
  instances: Instance[];
  /** Per passage: the rules that fired anywhere in it (the rules-only answer). */
  fired: Set<RuleId>[];
  /** Per passage: whether the date finder found a date. */
  dated: boolean[];
}

// Recorder ids are never reused: a second recording (cross-validation, then the final model) must not
// find the first one's paragraphs in the engine's cache, where its recorder would never be asked.
let recordings = 0;

export function record(passages: readonly Passage[], dims: number): Recorded {
  const run = ++recordings;
  const instances: Instance[] = [];
  const fired: Set<RuleId>[] = [];
  const dated: boolean[] = [];
  passages.forEach((p, passage) => {
    const seen = new Set<RuleId>();
    // A fresh id per passage: the engine's paragraph cache must not answer for the recorder.
    const recorder: Scorer = {
      id: `record-${run}-${passage}`,
      decide(paragraph, findings) {
        // The engine also analyses each suggestion applied, to check it: those paragraphs are not the
        // passage, and their labels are not the passage's.
        if (!paragraph.every((s) => p.text.includes(s.f.text))) return [...findings];
        for (const x of scorerInputs(paragraph, findings)) {
          const ids = new Set<number>();
          for (const id of x.textIds) ids.add(id & (dims - 1));
          for (const id of x.contextIds) ids.add(id & (dims - 1));
          instances.push({ ids: Uint32Array.from(ids).sort(), passage, fired: x.fired, closed: x.closed });
          for (const r of x.fired) seen.add(r);
        }
        return [...findings];
      },
    };
    const r = analyze(p.text, { now: CORPUS_NOW, timeZone: CORPUS_TZ, english: compromiseParser, scorer: recorder });
    fired.push(seen);
    dated.push(r.dates.length > 0);
  });
  return { instances, fired, dated };
}
