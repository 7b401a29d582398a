/**
 * How the learned scorer's cuts are chosen from cross-validated scores: per language, a "keep" cut (a
 * rule's finding stands at or above it) and an "add" cut (the scorer adds a finding the rules missed).
 */
import type { Instance } from './learn';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const prf = (c: Counts) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Where the scorer decides: a rule's finding stands at `keep` or above, a finding is added at `add` or above. */
export interface Cut {
  keep: number;
  add: number;
}

/** Per passage, the best score of a sentence the rule fired on and of one it did not (where it may add). */
function passageMaxima(instances: readonly Instance[], scores: Float32Array, rule: string, passages: number) {
  const fired = new Float32Array(passages).fill(-1);
  const open = new Float32Array(passages).fill(-1);
  instances.forEach((x, i) => {
    if (x.passage >= passages) return;
    if (x.fired.has(rule)) fired[x.passage] = Math.max(fired[x.passage], scores[i]);
    else if (!x.closed.has(rule)) open[x.passage] = Math.max(open[x.passage], scores[i]);
  });
  return { fired, open };
}

const KEEP_GRID = Array.from({ length: 19 }, (_, i) => i * 0.05);
// From "add nothing" downwards, so that among pairs of equal F1 the one closest to the rules' answer wins.
const ADD_GRID = [1.01, 0.99, 0.97, ...Array.from({ length: 16 }, (_, i) => 0.95 - i * 0.05)];

/**
 * The pair of cuts with the best cross-validated F1 on a language's passages among those precise enough:
 * precision is what users feel, so the first floor that some pair reaches while still finding MIN_RECALL
 * of the positives decides (PRECISION_FLOORS), and F1 only ranks the pairs above it.
 */
export function chooseCut(
  instances: readonly Instance[],
  scores: Float32Array,
  rule: string,
  truth: boolean[],
  inScope: (passage: number) => boolean,
  /** Passages whose overrides must be right too (default: the scope): an override that is wrong on other mail of the language is not trusted. */
  inTrustScope: (passage: number) => boolean = inScope,
): Cut {
  const { fired, open } = passageMaxima(instances, scores, rule, truth.length);
  const scope = truth.map((_, i) => i).filter(inScope);
  const trustOnly = truth.map((_, i) => i).filter((i) => inTrustScope(i) && !inScope(i));
  const pairs: { cut: Cut; p: number; r: number; f1: number }[] = [];
  for (const keep of KEEP_GRID)
    for (const add of ADD_GRID) {
      const c = { tp: 0, fp: 0, fn: 0 };
      const vetoes = { right: 0, wrong: 0 };
      const additions = { right: 0, wrong: 0 };
      for (const i of scope) {
        const byRules = fired[i] >= 0;
        const got = (byRules && fired[i] >= keep) || open[i] >= add;
        if (got && truth[i]) c.tp++;
        else if (got) c.fp++;
        else if (truth[i]) c.fn++;
        if (byRules && !got) vetoes[truth[i] ? 'wrong' : 'right']++;
        if (!byRules && got) additions[truth[i] ? 'right' : 'wrong']++;
      }
      for (const i of trustOnly) {
        const byRules = fired[i] >= 0;
        const got = (byRules && fired[i] >= keep) || open[i] >= add;
        if (byRules && !got) vetoes[truth[i] ? 'wrong' : 'right']++;
        if (!byRules && got) additions[truth[i] ? 'right' : 'wrong']++;
      }
      // Each kind of override must be right most of the time on its own: on mail unlike the corpus the
      // rules carry better than the scorer, so an override that pays only through the other kind's gains
      // is not taken.
      if (!trusted(vetoes, VETO_PRECISION) || !trusted(additions, ADD_PRECISION)) continue;
      pairs.push({ cut: { keep: Math.round(keep * 100) / 100, add: Math.round(add * 100) / 100 }, ...prf(c) });
    }
  for (const floor of PRECISION_FLOORS) {
    const precise = pairs.filter((x) => x.p >= floor && (floor === 0 || x.r >= MIN_RECALL));
    // The first pair of the best F1 wins: the grid runs from the rules' own answer outwards.
    if (precise.length) return precise.reduce((best, x) => (x.f1 > best.f1 + 1e-9 ? x : best)).cut;
  }
  throw new Error('unreachable: the last floor is 0');
}

/** Of a pair's vetoes, and of its additions, the share that must be right (cross-validated). */
export const VETO_PRECISION = 0.95;
export const ADD_PRECISION = 0.9;
/** Overrides of one kind a pair must make before their share is trusted: a few all right prove little. */
export const MIN_OVERRIDES = 10;
const trusted = (o: { right: number; wrong: number }, floor: number) => o.right + o.wrong === 0 || (o.right + o.wrong >= MIN_OVERRIDES && o.right / (o.right + o.wrong) >= floor);

/** Precision floors, tried in turn, that a language's cross-validated cuts must reach. */
export const PRECISION_FLOORS = [0.9, 0.85, 0];
/** A pair reaches a floor only while it still finds this share: silence is precise, and useless. */
export const MIN_RECALL = 0.4;

