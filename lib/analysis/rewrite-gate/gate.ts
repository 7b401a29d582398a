import { gateFeatureIds, type GateInput } from './features';

/**
 * Whether a checked suggestion reaches the card. The rules build a rewrite and check it (analysed
 * again, no hedge left, no broken splice); the gate then asks how likely a blind editor is to pass it
 * on all four questions (grammatical, faithful, fixes, sendable), learnt from every judged review row
 * (data/review/, scripts/gate/train.ts). The engine takes it through this interface, like the scorer,
 * so that `../core` and the mail page's bundle never load its weights.
 */
export interface RewriteGate {
  /** Distinguishes gates in the analysis caches. */
  readonly id: string;
  /** The probability that an editor passes the suggestion (1 when the gate has no say). */
  score(x: GateInput): number;
  /** The least score offered. */
  readonly cut: number;
  /** The suggestion is offered. */
  passes(x: GateInput): boolean;
}

/** Every checked suggestion is offered: the bare engine, and the review of what the gate holds back. */
export const OPEN_GATE: RewriteGate = { id: 'open', score: () => 1, cut: 0, passes: () => true };

/** The committed form of the gate's model (weights.ts), written by scripts/gate/train.ts. */
export interface GateModelFile {
  version: 1;
  /** Buckets; a power of two. */
  dims: number;
  /** weight = byte × scale. */
  scale: number;
  /** A suggestion is offered when its probability reaches `cut`. */
  cut: number;
  /** dims signed bytes, base64. */
  weights: string;
}

function decodeBase64(s: string): Int8Array {
  const bin = atob(s);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

export function learnedGate(file: GateModelFile): RewriteGate {
  const weights = decodeBase64(file.weights);
  if (file.version !== 1 || (file.dims & (file.dims - 1)) !== 0 || weights.length !== file.dims || !(file.cut > 0 && file.cut < 1)) {
    throw new Error('rewrite gate weights do not match their header');
  }
  const score = (x: GateInput) => {
    let z = 0;
    for (const id of gateFeatureIds(x, file.dims)) z += weights[id];
    return 1 / (1 + Math.exp(-z * file.scale));
  };
  return {
    // The id names the weights, so a retrained gate never answers from another's cache.
    id: `gate-${file.dims}-${file.scale.toPrecision(6)}-${file.cut.toPrecision(6)}`,
    score,
    cut: file.cut,
    passes: (x) => score(x) >= file.cut,
  };
}
