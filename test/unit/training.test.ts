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
