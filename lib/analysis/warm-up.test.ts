import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from './types';
import { EXAMPLES_NOW, EXAMPLES_TZ, type LanguageExamples } from './examples';

// Each test loads the engine afresh: the warm-up's whole point is state a page starts without.
type Engine = typeof import('./index') & typeof import('./compiled');
async function freshEngine(): Promise<Engine> {
  vi.resetModules();
  return { ...(await import('./index')), ...(await import('./compiled')) };
}

async function draftsOf(lang: Lang): Promise<string[]> {
  const { examples } = (await import(`./lexicons/${lang}.examples.ts`)) as { examples: LanguageExamples };
  const flagged = Object.values(examples.flag).flat().map((c) => (typeof c === 'string' ? c : c.text));
  const clean = Object.values(examples.pass).flat();
  // One draft of everything, so paragraphs in context count too, and the sentences on their own.
  return [[...flagged, ...clean].join('\n'), ...flagged, ...clean];
}

function analyzeAll(engine: Engine, drafts: string[]): unknown[] {
  return drafts.map((d) => engine.analyze(d, { now: EXAMPLES_NOW, timeZone: EXAMPLES_TZ }));
}

/** Runs at most `limit` steps; returns how many ran. */
function take(steps: Iterator<void>, limit = Infinity): number {
  let n = 0;
  while (n < limit && !steps.next().done) n++;
  return n;
}

describe('prepareSteps', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('runs to the end in many steps, and has none left once a language is prepared', async () => {
    const engine = await freshEngine();
    const steps = take(engine.prepareSteps('en'));
    // A step per list, per part's needles and per regex run at least: hundreds for a lexicon.
    expect(steps).toBeGreaterThan(100);
    expect(take(engine.prepareSteps('en'))).toBe(0);
    expect(take(engine.compileSteps('en'))).toBe(0);
    // Other languages are untouched by preparing English.
    expect(take(engine.compileSteps('lv'))).toBeGreaterThan(0);
  });

  it('shares one build with the lazy path: the lexicon is the same object either way', async () => {
    const engine = await freshEngine();
    const steps = engine.prepareSteps('pl');
    take(steps, 5);
    // A first analysis in the middle finishes the build itself...
    const lexicon = engine.compiled('pl');
    expect(take(engine.compileSteps('pl'))).toBe(0);
    // ...and the interrupted warm-up goes on from there without building a second one.
    expect(take(steps)).toBeGreaterThan(0);
    expect(engine.compiled('pl')).toBe(lexicon);
  });

  it.each<Lang>(['en', 'uk', 'lv'])('gives %s analysis identical to a page that never warmed up, however far it got', async (lang) => {
    const drafts = await draftsOf(lang);
    const cold = analyzeAll(await freshEngine(), drafts);
    expect(cold.some((r) => (r as { findings: unknown[] }).findings.length > 0)).toBe(true);
    const total = take((await freshEngine()).prepareSteps(lang));
    // In the lexicon build, in the regex runs, and just before the last step (a whole sample analysis).
    const stops = [1, 12, Math.floor(total / 2), total - 1];
    for (const stop of stops) {
      const engine = await freshEngine();
      expect(take(engine.prepareSteps(lang), stop)).toBe(stop);
      expect(analyzeAll(engine, drafts)).toEqual(cold);
      // Finishing the warm-up after analysis ran changes nothing either.
      take(engine.prepareSteps(lang));
      engine.clearAnalysisCache();
      expect(analyzeAll(engine, drafts)).toEqual(cold);
    }
    const warm = await freshEngine();
    take(warm.prepareSteps(lang));
    expect(analyzeAll(warm, drafts)).toEqual(cold);
  });
});
