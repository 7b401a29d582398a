#!/usr/bin/env node
// `npm test`: every suite the project has, then one line that counts them all ("N passed, M failed"),
// so a run that ran nothing cannot pass unnoticed. Suites write JSON reports; we add them up.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'candor-test-'));
const suites = [
  { name: 'unit', args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(dir, 'unit.json')}`], report: join(dir, 'unit.json') },
];
const chromium = process.env.CANDOR_CHROMIUM ?? '/usr/bin/chromium';
let missingBrowser = false;
if (existsSync('test/e2e/vitest.config.ts') && process.env.CANDOR_SKIP_E2E !== '1' && !existsSync(chromium)) {
  // Not a skip: a run that could not reach the browser tests must not look green.
  console.error(`browser tests need Chromium at ${chromium}: apt-get install -y chromium (or set CANDOR_CHROMIUM)`);
  missingBrowser = true;
} else if (existsSync('test/e2e/vitest.config.ts') && process.env.CANDOR_SKIP_E2E !== '1') {
  suites.push({
    name: 'browser',
    args: ['vitest', 'run', '--config', 'test/e2e/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${join(dir, 'e2e.json')}`],
    report: join(dir, 'e2e.json'),
  });
}

let passed = 0;
let failed = 0;
let broken = false;
for (const suite of suites) {
  const run = spawnSync('npx', ['--no-install', ...suite.args], { stdio: 'inherit' });
  if (!existsSync(suite.report)) {
    console.error(`${suite.name} tests wrote no report (exit ${run.status})`);
    broken = true;
    continue;
  }
  const r = JSON.parse(readFileSync(suite.report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (run.status !== 0 && r.numFailedTests === 0) broken = true; // a suite that failed to load
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken || missingBrowser || passed === 0 ? 1 : 0);
