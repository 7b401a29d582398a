import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run train', () => {
  it('gives exactly the committed weights from the committed corpus (fixed seed, same data, same bytes)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scorer/train.ts', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toContain('the committed weights are what training gives');
    expect(run.status).toBe(0);
  }, 420_000);
});

describe('npm run train:gate', () => {
  it('gives exactly the committed rewrite-gate weights from the committed judged rows (fixed seed, same bytes)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gate/train.ts', '--check'], { encoding: 'utf8' });
    expect(run.stdout).toContain('the committed gate weights are what training gives');
    expect(run.status).toBe(0);
  }, 120_000);
});

describe('the training folds', () => {
  it('are balanced per language and stay put in one language when another gains passages', async () => {
    const { folds } = await import('../../scripts/scorer/train');
    const labels = { excuse: false, vague_promise: false, commitment_without_date: false, has_concrete_date: false, over_promise: false };
    const make = (lang: 'en' | 'lv', n: number, from = 0) =>
      Array.from({ length: n }, (_, i) => ({ id: `${lang}-${from + i}`, language: lang, text: 't', labels, source: 'written:x' }));
    const lv = make('lv', 50);
    const before = folds([...make('en', 40), ...lv], 7);
    const after = folds([...make('en', 40), ...make('en', 25, 40), ...lv], 7);
    // The Latvian passages sit after the English ones: compare their folds by position.
    expect(after.slice(65)).toEqual(before.slice(40));
    const counts = [0, 0, 0, 0, 0];
    for (const f of before.slice(40)) counts[f]++;
    expect(counts).toEqual([10, 10, 10, 10, 10]);
    // Another seed is another draw.
    expect(folds([...make('en', 40), ...lv], 8).slice(40)).not.toEqual(before.slice(40));
  });
});

describe('the gate reads judged rounds in the order they were judged', () => {
  it('sorts by date, then by the round number (pool9 before pool28)', async () => {
    const { byRoundOrder } = await import('../../scripts/gate/train');
    expect(['2026-12-07-pool28', '2026-12-07-pool9', '2026-12-06-round10', '2026-12-07-pool10', '2026-12-06-round2'].sort(byRoundOrder)).toEqual([
      '2026-12-06-round2',
      '2026-12-06-round10',
      '2026-12-07-pool9',
      '2026-12-07-pool10',
      '2026-12-07-pool28',
    ]);
  });

  it('keeps the later judgement of a passage and rewrite judged twice', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readJudged } = await import('../../scripts/gate/train');
    const dir = mkdtempSync(join(tmpdir(), 'judged-'));
    const row = (passed: boolean) =>
      JSON.stringify({
        id: 'en-pa-001#0',
        lang: 'en',
        rule: 'missing-date',
        passage: "I'll send it.",
        sentence: "I'll send it.",
        rewritten: "I'll send it by Thursday, 3 December.",
        judgement: { grammatical: true, faithful: true, fixes: passed, sendable: passed, note: '' },
      });
    for (const [round, passed] of [['2026-12-07-pool9', false], ['2026-12-07-pool28', true]] as const) {
      mkdirSync(join(dir, round));
      writeFileSync(join(dir, round, 'judged.jsonl'), row(passed) + '\n');
    }
    const rows = readJudged(dir, []);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ round: '2026-12-07-pool28', passed: true });
  });
});

describe("the gate's cut in each language", () => {
  // Rows of one language in the latest rounds, with out-of-fold scores: which pass and how each scored.
  async function cutsOf(rowsOf: { lang: 'en' | 'pl'; round: string; score: number; passed: boolean }[], floor = 0.3) {
    const { languageCuts } = await import('../../scripts/gate/train');
    const rows = rowsOf.map((r, i) => ({ id: `${r.lang}-${i}#0`, round: r.round, passage: '', lang: r.lang, rules: ['missing-date'], sentence: '', rewritten: '', passed: r.passed }));
    return languageCuts(rows, Float32Array.from(rowsOf.map((r) => r.score)), floor);
  }
  const round = (n: number) => `2026-12-07-pool${n}`;
  // Ten suggestions scoring 0.35 … 0.8: the two lowest fail.
  const graded = (lang: 'en' | 'pl', failing: number[]) =>
    Array.from({ length: 10 }, (_, i) => ({ lang, round: round(40), score: 0.35 + i * 0.05, passed: !failing.includes(i) }));

  it('stays at the floor where the latest suggestions already pass at the bar, and rises just past the failures where not', async () => {
    const cuts = await cutsOf([...graded('en', [0]), ...graded('pl', [0, 1])]);
    // en: 9 of 10 pass at the floor. pl: 8 of 10; withholding the lowest gives 8 of 9 (89%), the two lowest 8 of 8.
    expect(cuts.en).toBeCloseTo(0.3);
    expect(cuts.pl).toBeCloseTo(0.45);
  });

  it('stays at the floor where no cut within its bound reaches the bar: a few points are not worth half the suggestions', async () => {
    // Failures spread through the scores: keeping the top 5 of 10 passes 3 (60%), and no cut keeping 5 or more reaches 90%.
    expect((await cutsOf([...graded('pl', [0, 3, 5, 7, 9])])).pl).toBeCloseTo(0.3);
    // The bar reached only by withholding 6 of 10 is out of bounds too.
    expect((await cutsOf([...graded('pl', [0, 1, 2, 3, 4, 5])])).pl).toBeCloseTo(0.3);
  });

  it('is set by the latest rounds alone: an old round that failed everything moves no cut', async () => {
    const old = Array.from({ length: 30 }, (_, i) => ({ lang: 'en' as const, round: round(1), score: 0.9 - i * 0.01, passed: false }));
    const latest = [40, 41, 42, 43, 44].flatMap((n) => graded('en', []).map((r) => ({ ...r, round: round(n) })));
    expect((await cutsOf([...old, ...latest])).en).toBeCloseTo(0.3);
  });
});
