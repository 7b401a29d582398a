import { learnedGate, type RewriteGate } from './gate';
import { GATE_MODEL } from './weights';

let gate: RewriteGate | undefined;

/**
 * The gate trained on the judged review rows (weights.ts, MODEL.md), decoded on first use: the engine
 * worker and the CLI load it, the mail page never does.
 */
export function defaultRewriteGate(): RewriteGate {
  gate ??= learnedGate(GATE_MODEL);
  return gate;
}
