import { describe, expect, it } from 'vitest';
import { analyze, clearAnalysisCache, OPEN_GATE } from './index';
import type { AnalyzeOptions } from './types';

// One sentence's features serve every analysis at the same hour, whatever the rewrite context; the
// rewrites built from them are remembered per context. A remembered rewrite must be the one a cold
// analysis with that context builds. The learned gate is left open: which rewrites it offers changes with
// every retraining, and the contexts must keep giving different rewrites for the test to see a stale one.
const BASE: AnalyzeOptions = { now: '2026-12-01T10:00:00+02:00', timeZone: 'Europe/Riga', rewriteGate: OPEN_GATE };
const CONTEXTS: AnalyzeOptions[] = [
  BASE,
  { ...BASE, rewriteKinds: 'all' },
  { ...BASE, daysOff: [{ from: '2026-12-02', to: '2026-12-04' }] },
  { ...BASE, weekend: [3, 4] },
  { ...BASE, ownTerms: { en: 'I answer mail within one working day.' } },
];
const DRAFT = [
  "Sorry, my laptop died last week. I'll try to send the mockups soon.",
  "I'll send the invoice. Maybe we can meet next week. Maybe we'll add an English version.",
  'Я постараюсь прислать макеты в ближайшее время. Счет вышлю.',
].join('\n\n');

describe('remembered rewrites', () => {
  it('are, in every context and in any order, what a cold analysis gives', () => {
    const cold = CONTEXTS.map((o) => {
      clearAnalysisCache();
      return analyze(DRAFT, o);
    });
    clearAnalysisCache();
    for (const order of [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [1, 0, 1, 2, 0, 3, 4, 2]]) {
      for (const i of order) expect(analyze(DRAFT, CONTEXTS[i])).toEqual(cold[i]);
    }
    // The contexts do give different rewrites: the test would see a stale one.
    const texts = cold.map((r) => JSON.stringify(r.findings.map((f) => f.suggestions.map((s) => s.text))));
    expect(new Set(texts).size).toBe(CONTEXTS.length - 1);
  });
});
