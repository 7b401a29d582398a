/**
 * Corpus passages turned into the scorer's training instances: each passage is analysed by the engine
 * exactly as `candor analyze` would (language detected, rules run), and the inputs the learned scorer
 * would see for each of its sentences are recorded.
 */
// The bare engine with compromise: training must not load the weights it is about to replace.
import { analyze } from '../../lib/analysis/analyze';
import { compromiseParser } from '../../lib/analysis/english-compromise';
import { scorerInputs, uniqueBuckets } from '../../lib/analysis/scorer/learned';
import type { Scorer } from '../../lib/analysis/scorer/types';
import type { RuleId } from '../../lib/analysis/types';
import { CORPUS_NOW, CORPUS_TZ, type Passage } from './corpus';
import type { Instance } from './learn';

export interface Recorded {
  /**
   * The passages' sentences, then the engine's own rewrites of them: a rewrite's sentences belong to a
   * synthetic passage numbered from passages.length, `rewrites[k]` telling whose rewrite and for which rule.
   */
  instances: Instance[];
  rewrites: { source: number; rule: RuleId }[];
  /** Per passage: the rules that fired anywhere in it (the rules-only answer). */
  fired: Set<RuleId>[];
  /** Per passage: whether the date finder found a date. */
  dated: boolean[];
}

// Recorder ids are never reused: a second recording (cross-validation, then the final model) must not
// find the first one's paragraphs in the engine's cache, where its recorder would never be asked.
let recordings = 0;

/** One rewrite of a training passage: the passage with the engine's suggestion for `rule` applied. */
export interface SnapshotRewrite {
  id: string;
  rule: RuleId;
  text: string;
}

/** The engine's rewrites of the passages, as it makes them now (what --refresh-rewrites commits). */
export function rewritesOf(passages: readonly Passage[]): SnapshotRewrite[] {
  const options = { now: CORPUS_NOW, timeZone: CORPUS_TZ, english: compromiseParser };
  const out: SnapshotRewrite[] = [];
  for (const p of passages) {
    for (const f of analyze(p.text, options).findings) {
      const s = f.suggestions[0];
      if (!s) continue;
      const text = p.text.slice(0, s.start) + s.text + p.text.slice(s.end);
      const end = s.start + s.text.length;
      if (analyze(text, options).findings.some((g) => g.rule === f.rule && g.start < end && s.start < g.end)) continue;
      out.push({ id: p.id, rule: f.rule, text });
    }
  }
  return out;
}

export function record(passages: readonly Passage[], dims: number, snapshot?: readonly SnapshotRewrite[]): Recorded {
  const run = ++recordings;
  const instances: Instance[] = [];
  const rewrites: Recorded['rewrites'] = [];
  const fired: Set<RuleId>[] = [];
  const dated: boolean[] = [];
  const options = { now: CORPUS_NOW, timeZone: CORPUS_TZ, english: compromiseParser };

  /** Records the sentences of `text` as passage `passage`'s; only those not in `skipFrom` when given. */
  const recordText = (text: string, passage: number, id: string, ownText: string, skipFrom?: string) => {
    const seen = new Set<RuleId>();
    let calls = 0;
    // A fresh id per text: the engine's paragraph cache must not answer for the recorder.
    const recorder: Scorer = {
      id,
      decide(paragraph, findings) {
        // The engine then analyses each suggestion applied, to check it: those windows are not this
        // text (even where every sentence of one is a piece of it), and their labels are not its labels.
        // A passage is one paragraph (test/unit/corpus.test.ts), so its own analysis is the first call:
        // what is recorded does not depend on how Candor rewrites.
        if (calls++ > 0 || !paragraph.every((s) => ownText.includes(s.f.text))) return [...findings];
        scorerInputs(paragraph, findings).forEach((x, i) => {
          if (skipFrom?.includes(paragraph[i].f.text)) return;
          // Each bucket once, as the engine sums them (lib/analysis/scorer/learned.ts).
          const both = new Uint32Array(x.textIds.length + x.contextIds.length);
          both.set(x.textIds);
          both.set(x.contextIds, x.textIds.length);
          instances.push({ ids: uniqueBuckets(both, dims - 1), passage, fired: x.fired, closed: x.closed });
          for (const r of x.fired) seen.add(r);
        });
        return [...findings];
      },
    };
    const r = analyze(text, { ...options, scorer: recorder });
    return { seen, r };
  };

  passages.forEach((p, passage) => {
    const { seen, r } = recordText(p.text, passage, `record-${run}-${passage}`, p.text);
    fired.push(seen);
    dated.push(r.dates.length > 0);
  });
  // What Candor suggests is what it coaches toward: each rewrite the rules offer, where the rules find
  // nothing of theirs in it any more, is an example of a sentence that is not what the rule flags. The
  // scorer learns that "Sorry for the late answer. The new date is Friday" is no excuse. The rewrites
  // come from a committed snapshot (data/corpus/rewrites.jsonl), so changing how Candor rewrites does
  // not silently change what it detects: `npm run train -- --refresh-rewrites` takes a new snapshot.
  const index = new Map(passages.map((p, i) => [p.id, i]));
  for (const w of snapshot ?? rewritesOf(passages)) {
    const passage = index.get(w.id);
    if (passage === undefined) continue;
    const synthetic = passages.length + rewrites.length;
    rewrites.push({ source: passage, rule: w.rule });
    recordText(w.text, synthetic, `record-${run}-rewrite-${synthetic}`, w.text, passages[passage].text);
  }
  return { instances, rewrites, fired, dated };
}
