import { waitsOnEvent } from '../date-cannot-fix';
import type { SentenceFeatures } from '../features';
import type { RewriteContext } from '../rewrite';
import type { PlacedSentence } from '../rules/types';
import type { Finding, RuleId } from '../types';
import { contextFeatureIds, textFeatureIds } from './features';
import { addMargins, sigmoid, type ScorerModel } from './model';
import { scorerFinding } from './synthesize';
import type { Scorer } from './types';

/** One sentence as the scorer sees it: its two halves of feature ids, and which rules fired on it. */
export interface ScoredSentence {
  textIds: Uint32Array;
  contextIds: Uint32Array;
  fired: ReadonlySet<RuleId>;
  /** Rules the scorer may not add a finding of here: the rules' own parts rule it out. */
  closed: ReadonlySet<RuleId>;
}

/**
 * What the rules know is not a finding of theirs, the scorer may not add: sympathy, owning the mistake
 * or declining something still ahead is no excuse, whatever words of illness or workload it has.
 */
function closedRules(f: SentenceFeatures): Set<RuleId> {
  const closed = new Set<RuleId>();
  if (f.excuse.vetoed || f.excuse.declined) closed.add('excuse');
  // A promise that waits on someone else's event ("I'll send the report as soon as the host restores
  // access"), with no slip, apology or cause said, is the honest status the coach asks for, not an excuse.
  const e = f.excuse;
  if (!e.slips.length && !e.apologies.length && !e.causes.length && !e.standalone.length && f.commitments.length && waitsOnEvent(f.lang, f.text)) closed.add('excuse');
  return closed;
}

function sentenceIndex(paragraph: readonly PlacedSentence[], f: Finding): number {
  return paragraph.findIndex((s) => s.start === f.sentence.start);
}

/**
 * The scorer's inputs for every sentence of a paragraph, from the rules' findings on it. Training
 * (scripts/train) reads them through here too, so what the weights learnt from is what they score.
 */
export function scorerInputs(
  paragraph: readonly PlacedSentence[],
  findings: readonly Finding[],
  textIds: (f: SentenceFeatures) => Uint32Array = (f) => textFeatureIds(f.text),
): ScoredSentence[] {
  const fired = paragraph.map(() => new Set<RuleId>());
  for (const f of findings) {
    const i = sentenceIndex(paragraph, f);
    if (i >= 0) fired[i].add(f.rule);
  }
  return paragraph.map((s, i) => {
    const nearby = new Set<RuleId>([...(fired[i - 1] ?? []), ...(fired[i + 1] ?? [])]);
    return {
      textIds: textIds(s.f),
      contextIds: contextFeatureIds({ lang: s.f.lang, f: s.f, previous: paragraph[i - 1]?.f, next: paragraph[i + 1]?.f, fired: fired[i], firedNearby: nearby }),
      fired: fired[i],
      closed: closedRules(s.f),
    };
  });
}

// A sentence's text half is the same whatever surrounds it: its sums are kept per sentence, so after a
// keystroke only the edited sentence is hashed again.
const TEXT_CACHE_SIZE = 4000;

/**
 * The learned scorer: a rule's finding stands when the keep head agrees, and the add head finds what
 * the rule missed.
 */
export function learnedScorer(model: ScorerModel, id: string): Scorer {
  const labels = model.labels.length;
  const columns = labels * 2;
  const mask = model.dims - 1;
  const textSums = new Map<string, { ids: Uint32Array; sum: Float32Array }>();

  // Training reads a sentence as a set of buckets (scripts/scorer/instances.ts): a bucket counts once,
  // however many of the sentence's words, pieces and rule parts fall into it. So does the engine.
  const textSum = (text: string) => {
    let entry = textSums.get(text);
    if (!entry) {
      const ids = uniqueBuckets(textFeatureIds(text), mask);
      entry = { ids, sum: addMargins(model, ids, new Float32Array(columns)) };
      if (textSums.size >= TEXT_CACHE_SIZE) textSums.delete(textSums.keys().next().value!);
      textSums.set(text, entry);
    }
    return entry;
  };

  /** The text half's sums plus the rules' half's buckets that the text half does not already have. */
  const sentenceSum = (text: string, contextIds: Uint32Array): Float32Array => {
    const { ids, sum } = textSum(text);
    const context = uniqueBuckets(contextIds, mask).filter((id) => !hasSorted(ids, id));
    return addMargins(model, context, Float32Array.from(sum));
  };

  /** Per rule, the probability from the head that applies: keep where the rule fired, add elsewhere. */
  const probabilitiesOf = (raw: Float32Array, fired: ReadonlySet<RuleId>): Float32Array => {
    const out = new Float32Array(labels);
    for (let l = 0; l < labels; l++) {
      const head = fired.has(model.labels[l]) ? 0 : 1;
      out[l] = sigmoid(raw[2 * l + head] * model.scales[2 * l + head]);
    }
    return out;
  };

  return {
    id,
    decide(paragraph, findings, ctx: RewriteContext) {
      // The text half comes from the per-sentence cache: only the rules' half is summed here.
      const inputs = scorerInputs(paragraph, findings, () => new Uint32Array(0));
      const probs = inputs.map((x, i) => probabilitiesOf(sentenceSum(paragraph[i].f.text, x.contextIds), x.fired));
      const out: Finding[] = [];
      for (const f of findings) {
        const i = sentenceIndex(paragraph, f);
        const l = model.labels.indexOf(f.rule);
        if (i < 0 || l < 0) {
          out.push(f);
          continue;
        }
        if (probs[i][l] >= model.cuts[paragraph[i].f.lang].keep[l]) out.push({ ...f, score: probs[i][l], origin: 'rules' });
      }
      paragraph.forEach((s, i) => {
        const add = model.cuts[s.f.lang].add;
        model.labels.forEach((rule, l) => {
          if (inputs[i].fired.has(rule) || inputs[i].closed.has(rule) || probs[i][l] < add[l]) return;
          out.push({ ...scorerFinding(rule, s, ctx), score: probs[i][l], origin: 'scorer' });
        });
      });
      return out;
    },
  };
}

/** The ids reduced to buckets, each once, sorted. */
export function uniqueBuckets(ids: Uint32Array, mask: number): Uint32Array {
  // A plain loop: Uint32Array.from with a mapping function calls it once per id, on every keystroke.
  const out = new Uint32Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = ids[i] & mask;
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i];
  return out.slice(0, n);
}

function hasSorted(sorted: Uint32Array, id: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === id) return true;
    if (sorted[mid] < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
