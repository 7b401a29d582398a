/**
 * Logistic regression over hashed features, trained with AdaGrad from a fixed seed: the same data and
 * settings give the same weights, bit for bit. A passage may hold several sentences but carries one
 * label, so training is multiple-instance: a passage is as positive as its most positive sentence.
 */
import { mulberry32, shuffle } from '../corpus/random';

export interface Instance {
  /** Feature ids, already reduced to buckets, without repeats. */
  ids: Uint32Array;
  /** Which passage the sentence belongs to. */
  passage: number;
  /** The rules with a finding on the sentence. */
  fired: ReadonlySet<string>;
  /** The rules the scorer may not add a finding of on the sentence. */
  closed: ReadonlySet<string>;
}

export interface Settings {
  dims: number;
  epochs: number;
  l2: number;
  rate: number;
  /** Weight of a positive passage's loss relative to a negative's. */
  positiveWeight: number;
  seed: number;
}

export const DEFAULT_SETTINGS: Settings = { dims: 1 << 17, epochs: 4, l2: 1e-2, rate: 0.02, positiveWeight: 1, seed: 20261206 };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function margin(w: Float32Array, ids: Uint32Array): number {
  let z = 0;
  for (let i = 0; i < ids.length; i++) z += w[ids[i]];
  return z;
}

function sgd(instances: readonly Instance[], targets: Float32Array, weights: Float32Array, s: Settings, w: Float32Array): void {
  const g2 = new Float32Array(s.dims).fill(1e-6);
  const order = instances.map((_, i) => i);
  const random = mulberry32(s.seed);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    for (const i of shuffle(order, random)) {
      const weight = weights[i];
      if (weight === 0) continue;
      const x = instances[i];
      const grad = (sigmoid(margin(w, x.ids)) - targets[i]) * weight;
      for (let k = 0; k < x.ids.length; k++) {
        const j = x.ids[k];
        const g = grad + s.l2 * w[j];
        g2[j] += g * g;
        w[j] -= (s.rate * g) / Math.sqrt(g2[j]);
      }
    }
  }
}

/**
 * One label's weights. Round one spreads a positive passage's label over its sentences; round two
 * gives it to the sentence the first model likes best and leaves the passage's other sentences out.
 */
export function train(instances: readonly Instance[], positive: (passage: number) => boolean, s: Settings): Float32Array {
  const count = new Map<number, number>();
  for (const x of instances) count.set(x.passage, (count.get(x.passage) ?? 0) + 1);
  const targets = Float32Array.from(instances, (x) => (positive(x.passage) ? 1 : 0));
  const weights = Float32Array.from(instances, (x) => (positive(x.passage) ? s.positiveWeight / count.get(x.passage)! : 1));
  let w = new Float32Array(s.dims);
  sgd(instances, targets, weights, s, w);
  if ([...count.values()].some((n) => n > 1)) {
    const best = new Map<number, { i: number; z: number }>();
    instances.forEach((x, i) => {
      if (!positive(x.passage)) return;
      const z = margin(w, x.ids);
      const b = best.get(x.passage);
      if (!b || z > b.z) best.set(x.passage, { i, z });
    });
    instances.forEach((x, i) => {
      if (positive(x.passage)) weights[i] = best.get(x.passage)!.i === i ? s.positiveWeight : 0;
    });
    w = new Float32Array(s.dims);
    sgd(instances, targets, weights, s, w);
  }
  return w;
}

/** Each sentence's probability. */
export function sentenceScores(instances: readonly Instance[], w: Float32Array): Float32Array {
  return Float32Array.from(instances, (x) => sigmoid(margin(w, x.ids)));
}

export interface Quantised {
  bytes: Int8Array;
  scale: number;
}

/** Weights as they ship: one signed byte each, and one scale. */
export function quantise(w: Float32Array): Quantised {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 127 : 1;
  return { bytes: Int8Array.from(w, (x) => Math.round(x / scale)), scale };
}

export const dequantise = (q: Quantised) => Float32Array.from(q.bytes, (b) => b * q.scale);
