import { learnedScorer } from './learned';
import { loadModel } from './model';
import type { Scorer } from './types';
import { MODEL } from './weights';

let scorer: Scorer | undefined;

/**
 * The scorer trained on the corpus (weights.ts, MODEL.md), decoded on first use: the engine worker and
 * the CLI load it, the mail page never does (it imports ../core, which knows nothing of weights).
 */
export function defaultScorer(): Scorer {
  // The id names the weights, so a retrained model never answers from another's cache.
  scorer ??= learnedScorer(loadModel(MODEL), `learned-${MODEL.weights.length}-${MODEL.scales.map((s) => s.toPrecision(6)).join(',')}`);
  return scorer;
}
