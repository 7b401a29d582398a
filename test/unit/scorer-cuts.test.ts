import { describe, expect, it } from 'vitest';
import { chooseCut } from '../../scripts/scorer/cuts';
import type { Instance } from '../../scripts/scorer/learn';

/** One sentence per passage: whether the rule fired on it, and the scorer's probability. */
function passages(rows: readonly { fired: boolean; score: number; truth: boolean }[]) {
  const instances: Instance[] = rows.map((r, passage) => ({ ids: new Uint32Array(0), passage, fired: new Set(r.fired ? ['excuse'] : []), closed: new Set() }));
  return { instances, scores: Float32Array.from(rows, (r) => r.score), truth: rows.map((r) => r.truth) };
}

const repeat = <T>(n: number, row: T): T[] => Array.from({ length: n }, () => row);

describe('chooseCut', () => {
  it('vetoes the rule findings the scorer is sure are wrong, when that brings precision to the floor', () => {
    // The rule fires on 20 passages: 14 right (scored high), 6 wrong (scored low). Rules alone: precision 0.70.
    const { instances, scores, truth } = passages([...repeat(14, { fired: true, score: 0.9, truth: true }), ...repeat(6, { fired: true, score: 0.2, truth: false }), ...repeat(30, { fired: false, score: 0.05, truth: false })]);
    const cut = chooseCut(instances, scores, 'excuse', truth, () => true);
    expect(cut.keep).toBeGreaterThan(0.2);
    expect(cut.keep).toBeLessThanOrEqual(0.9);
    expect(cut.add).toBeGreaterThan(1);
  });

  it('adds what the rules missed where the scorer is right often enough', () => {
    const { instances, scores, truth } = passages([...repeat(10, { fired: true, score: 0.9, truth: true }), ...repeat(10, { fired: false, score: 0.8, truth: true }), ...repeat(30, { fired: false, score: 0.1, truth: false })]);
    const cut = chooseCut(instances, scores, 'excuse', truth, () => true);
    expect(cut.add).toBeLessThanOrEqual(0.8);
    expect(cut.add).toBeGreaterThan(0.1);
  });

  it('keeps the rules alone where the scorer cannot tell right from wrong', () => {
    const { instances, scores, truth } = passages([...repeat(10, { fired: true, score: 0.5, truth: true }), ...repeat(10, { fired: false, score: 0.5, truth: false })]);
    expect(chooseCut(instances, scores, 'excuse', truth, () => true)).toEqual({ keep: 0, add: 1.01 });
  });

  it('does not buy precision with silence: below the recall floor it takes the best F1', () => {
    // Only a veto that finds 1 in 10 reaches 0.90 precision; the best F1 keeps every finding.
    const { instances, scores, truth } = passages([...repeat(1, { fired: true, score: 0.9, truth: true }), ...repeat(9, { fired: true, score: 0.5, truth: true }), ...repeat(5, { fired: true, score: 0.5, truth: false })]);
    expect(chooseCut(instances, scores, 'excuse', truth, () => true).keep).toBe(0);
  });

  it('judges only the passages in scope', () => {
    const { instances, scores, truth } = passages([...repeat(14, { fired: true, score: 0.9, truth: true }), ...repeat(6, { fired: true, score: 0.2, truth: false })]);
    expect(chooseCut(instances, scores, 'excuse', truth, (i) => i < 14).keep).toBe(0);
  });
});
