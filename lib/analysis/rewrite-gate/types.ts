import type { Lang } from '../types';
import type { GateInput } from './features';

/**
 * Whether a checked suggestion reaches the card. The rules build a rewrite and check it (analysed
 * again, no hedge left, no broken splice); the gate then asks how likely a blind editor is to pass it
 * on all four questions (grammatical, faithful, fixes, sendable), learnt from every judged review row
 * (data/review/, scripts/gate/train.ts). The engine takes it through this interface, like the scorer,
 * so that `../core` and the mail page's bundle load neither its weights nor its features (this file
 * holds only what the engine needs to take a gate).
 */
export interface RewriteGate {
  /** Distinguishes gates in the analysis caches. */
  readonly id: string;
  /** The probability that an editor passes the suggestion (1 when the gate has no say). */
  score(x: GateInput): number;
  /** The least score offered in a language. */
  cutFor(lang: Lang): number;
  /** The suggestion is offered. */
  passes(x: GateInput): boolean;
}

/** Every checked suggestion is offered: the bare engine, and the review of what the gate holds back. */
export const OPEN_GATE: RewriteGate = { id: 'open', score: () => 1, cutFor: () => 0, passes: () => true };

/** The committed form of the gate's model (weights.ts), written by scripts/gate/train.ts. */
export interface GateModelFile {
  version: 2;
  /** Buckets; a power of two. */
  dims: number;
  /** weight = byte × scale. */
  scale: number;
  /**
   * A suggestion is offered when its probability reaches its language's cut. Each language has its
   * own: the bar is a pass rate in every language, and the same score passes more often in
   * some languages than in others (scripts/gate/train.ts chooses them).
   */
  cuts: Record<Lang, number>;
  /** dims signed bytes, base64. */
  weights: string;
}
