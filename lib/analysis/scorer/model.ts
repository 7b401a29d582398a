import type { Lang, RuleId } from '../types';

/**
 * Two logistic regressions per rule over hashed features (see ./features), weights quantised to one
 * byte each: `dims` buckets, each holding every rule's two heads next to each other (rule 0 keep, rule 0
 * add, rule 1 keep, …), so a feature costs one lookup for all of them. The keep head judges a finding
 * the rule made; the add head, a sentence the rule passed over.
 */
export interface ScorerModel {
  /** The rules the model scores, in the order of the weights in each bucket. */
  labels: readonly RuleId[];
  /** Buckets; a power of two. */
  dims: number;
  /** dims × labels.length × 2 signed bytes. */
  weights: Int8Array;
  /** Per column (rule × head): weight = byte × scale. */
  scales: Float32Array;
  /** Per language and label: a rule's finding stands when the sentence's probability reaches `keep`;
   * one the rule did not make is added when it reaches `add` (above 1: never). */
  cuts: Record<Lang, { keep: Float32Array; add: Float32Array }>;
}

/** The serialised form committed beside the code (weights.ts), written by scripts/train. */
export interface ModelFile {
  version: 3;
  labels: RuleId[];
  dims: number;
  scales: number[];
  cuts: Record<Lang, { keep: number[]; add: number[] }>;
  /** The weights as base64. */
  weights: string;
}

export function decodeBase64(s: string): Uint8Array {
  // atob exists in workers, extension pages and Node 16+.
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function loadModel(file: ModelFile): ScorerModel {
  const bytes = decodeBase64(file.weights);
  const columns = file.labels.length * 2;
  if (file.version !== 3 || (file.dims & (file.dims - 1)) !== 0 || bytes.length !== file.dims * columns || file.scales.length !== columns) {
    throw new Error('scorer weights do not match their header');
  }
  return {
    labels: file.labels,
    dims: file.dims,
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    scales: Float32Array.from(file.scales),
    cuts: Object.fromEntries(
      Object.entries(file.cuts).map(([lang, c]) => {
        if (c.keep.length !== file.labels.length || c.add.length !== file.labels.length) throw new Error('scorer cuts do not match their labels');
        return [lang, { keep: Float32Array.from(c.keep), add: Float32Array.from(c.add) }];
      }),
    ) as ScorerModel['cuts'],
  };
}

/** Sums each column's weights over the ids into `into` (raw margins, before the scale and the sigmoid). */
export function addMargins(model: ScorerModel, ids: Uint32Array, into: Float32Array): Float32Array {
  const k = into.length;
  const mask = model.dims - 1;
  const w = model.weights;
  for (let i = 0; i < ids.length; i++) {
    const base = (ids[i] & mask) * k;
    for (let l = 0; l < k; l++) into[l] += w[base + l];
  }
  return into;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
