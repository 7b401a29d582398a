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
    // The rule fires on 40 passages: 28 right (scored high), 12 wrong (scored low). Rules alone: precision 0.70.
    const { instances, scores, truth } = passages([...repeat(28, { fired: true, score: 0.9, truth: true }), ...repeat(12, { fired: true, score: 0.2, truth: false }), ...repeat(30, { fired: false, score: 0.05, truth: false })]);
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

  it('trusts no override on too few passages: six vetoes, all right, prove little', () => {
    const { instances, scores, truth } = passages([...repeat(14, { fired: true, score: 0.9, truth: true }), ...repeat(6, { fired: true, score: 0.2, truth: false })]);
    expect(chooseCut(instances, scores, 'excuse', truth, () => true).keep).toBe(0);
  });

  it('takes no veto that drops real findings too often, whatever it gains in precision', () => {
    // Vetoing below 0.5 drops 20 wrong findings and 4 right ones: 83% right, under the 95% a veto needs.
    const { instances, scores, truth } = passages([...repeat(30, { fired: true, score: 0.9, truth: true }), ...repeat(4, { fired: true, score: 0.3, truth: true }), ...repeat(20, { fired: true, score: 0.3, truth: false })]);
    expect(chooseCut(instances, scores, 'excuse', truth, () => true).keep).toBe(0);
  });

  it('judges only the passages in scope', () => {
    const { instances, scores, truth } = passages([...repeat(28, { fired: true, score: 0.9, truth: true }), ...repeat(12, { fired: true, score: 0.2, truth: false })]);
    expect(chooseCut(instances, scores, 'excuse', truth, (i) => i < 28).keep).toBe(0);
    expect(chooseCut(instances, scores, 'excuse', truth, () => true).keep).toBeGreaterThan(0.2);
  });

  it('trusts an addition only where it is right on all of the language\'s mail, not only the mail the cut is set on', () => {
    // Client-style passages (0-49): the additions at 0.8 are all right. List mail (50-89): the same
    // score adds 30 wrong findings. Set on the client-style mail alone, the cut adds; checked on both, it does not.
    const { instances, scores, truth } = passages([
      ...repeat(10, { fired: true, score: 0.9, truth: true }),
      ...repeat(10, { fired: false, score: 0.8, truth: true }),
      ...repeat(30, { fired: false, score: 0.1, truth: false }),
      ...repeat(30, { fired: false, score: 0.8, truth: false }),
      ...repeat(10, { fired: false, score: 0.1, truth: false }),
    ]);
    const clientStyle = (i: number) => i < 50;
    expect(chooseCut(instances, scores, 'excuse', truth, clientStyle).add).toBeLessThanOrEqual(0.8);
    expect(chooseCut(instances, scores, 'excuse', truth, clientStyle, () => true).add).toBeGreaterThan(1);
  });
});
