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
