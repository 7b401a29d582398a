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
    };
  });
}

// A sentence's text half is the same whatever surrounds it: its sums are kept per sentence, so after a
// keystroke only the edited sentence is hashed again.
const TEXT_CACHE_SIZE = 4000;

/** The learned scorer: a rule's finding stands when the model agrees, and the model adds what the rules missed. */
export function learnedScorer(model: ScorerModel, id: string): Scorer & { probabilities(x: ScoredSentence): Float32Array } {
  const k = model.labels.length;
  const textSumsByText = new Map<string, Float32Array>();

  const textSum = (f: SentenceFeatures): Float32Array => {
    let sum = textSumsByText.get(f.text);
    if (!sum) {
      sum = addMargins(model, textFeatureIds(f.text), new Float32Array(k));
      if (textSumsByText.size >= TEXT_CACHE_SIZE) textSumsByText.delete(textSumsByText.keys().next().value!);
      textSumsByText.set(f.text, sum);
    }
    return sum;
  };

  const probabilitiesOf = (raw: Float32Array): Float32Array => {
    const out = new Float32Array(k);
    for (let l = 0; l < k; l++) out[l] = sigmoid(raw[l] * model.scales[l]);
    return out;
  };

  const probabilities = (x: ScoredSentence): Float32Array => {
    const raw = addMargins(model, x.textIds, new Float32Array(k));
    addMargins(model, x.contextIds, raw);
    return probabilitiesOf(raw);
  };

  return {
    id,
    probabilities,
    decide(paragraph, findings, ctx: RewriteContext) {
      // The text half comes from the per-sentence cache: only the rules' half is summed here.
      const inputs = scorerInputs(paragraph, findings, () => new Uint32Array(0));
      const probs = inputs.map((x, i) => {
        const raw = Float32Array.from(textSum(paragraph[i].f));
        addMargins(model, x.contextIds, raw);
        return probabilitiesOf(raw);
      });
      const out: Finding[] = [];
      for (const f of findings) {
        const i = sentenceIndex(paragraph, f);
        const l = model.labels.indexOf(f.rule);
        if (i < 0 || l < 0) {
          out.push(f);
          continue;
        }
        if (probs[i][l] >= model.keep[l]) out.push({ ...f, score: probs[i][l], origin: 'rules' });
      }
      paragraph.forEach((s, i) => {
        model.labels.forEach((rule, l) => {
          if (inputs[i].fired.has(rule) || probs[i][l] < model.add[l]) return;
          out.push({ ...scorerFinding(rule, s, ctx), score: probs[i][l], origin: 'scorer' });
        });
      });
      return out;
    },
  };
}
