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
