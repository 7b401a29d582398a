import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, defaultRewriteGate, OPEN_GATE, RULES_ONLY, type RewriteGate } from '../index';
import { gateFeatureIds, gateFeatureNames, gateTokens, tokenEdits, type GateInput } from './features';
import { learnedGate, type GateModelFile } from './gate';
import { GATE_MODEL } from './weights';

const NOW = { now: '2026-12-01T10:00:00+02:00', timeZone: 'Europe/Riga', scorer: RULES_ONLY } as const;

/** Applies the edits to `a`, back to front so earlier positions hold. */
function applyEdits(a: readonly string[], edits: ReturnType<typeof tokenEdits>): string[] {
  const out = [...a];
  for (const e of [...edits].reverse()) out.splice(e.from, e.to - e.from, ...e.added);
  return out;
}

describe('the edits between a sentence and its rewrite', () => {
  it('finds a hedge cut and a date added as two edits, each with its place', () => {
    const before = gateTokens("I'll try to send the mockups soon.");
    const after = gateTokens("I'll send the mockups by Thursday, 3 December.");
    const edits = tokenEdits(before, after);
    expect(edits.map((e) => [e.removed.join(' '), e.added.join(' ')])).toEqual([
      ['try to', ''],
      ['soon', 'by thursday , 0 december'],
    ]);
    expect(before[edits[1].from - 1]).toBe('mockups');
  });

  it('folds digits and curly apostrophes, so a day number or a typing habit is not a feature', () => {
    expect(gateTokens('I’ll send it by 13 May')).toEqual(["i'll", 'send', 'it', 'by', '00', 'may']);
  });

  it('always gives edits that turn the sentence into the rewrite, and none for the same text', () => {
    const words = fc.array(fc.constantFrom('a', 'b', 'c', 'd', ',', '.'), { maxLength: 30 });
    fc.assert(
      fc.property(words, words, (a, b) => {
        expect(applyEdits(a, tokenEdits(a, b))).toEqual(b);
        expect(tokenEdits(a, a)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to the changed middle for very long sentences, still exact', () => {
    const a = Array.from({ length: 400 }, (_, i) => `w${i % 37}`);
    const b = [...a.slice(0, 10), 'x', ...a.slice(12, 390), 'y', ...a.slice(391)];
    expect(applyEdits(a, tokenEdits(a, b))).toEqual(b);
  });
});

describe('the gate\'s features', () => {
  const input: GateInput = { lang: 'en', rules: ['vague-promise', 'missing-date'], sentence: "I'll try to send it soon.", rewritten: "I'll send it by Thursday, 3 December." };

  it('name where a date lands and what was cut, whatever the order of the rules', () => {
    const names = gateFeatureNames(input);
    expect(names).toEqual(expect.arrayContaining(['Len', 'Rmissing-date', 'Rvague-promise', 'd:try', 'a:thursday', 'ip:it', 'in:.', 'ipa:it|by']));
    expect(gateFeatureNames({ ...input, rules: ['missing-date', 'vague-promise'] })).toEqual(names);
  });

  it('are bucket ids within the model, ascending, without repeats', () => {
    const ids = [...gateFeatureIds(input, 1 << 10)];
    expect(ids.every((id) => id < 1 << 10)).toBe(true);
    expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
  });
});

describe('the learned gate', () => {
  it('refuses weights that do not match their header', () => {
    const bad: GateModelFile[] = [
      { ...GATE_MODEL, dims: 1000 },
      { ...GATE_MODEL, weights: GATE_MODEL.weights.slice(0, 400) },
      { ...GATE_MODEL, cuts: { ...GATE_MODEL.cuts, pl: 1.5 } },
      { ...GATE_MODEL, cuts: { en: 0.5 } as GateModelFile['cuts'] },
      { ...GATE_MODEL, version: 1 as 2 },
    ];
    for (const file of bad) expect(() => learnedGate(file)).toThrow(/do not match/);
  });

  it('scores a probability, the same each time, and passes exactly what reaches the cut', () => {
    const gate = defaultRewriteGate();
    const x: GateInput = { lang: 'ru', rules: ['missing-date'], sentence: 'Пришлю макет.', rewritten: 'Пришлю макет до четверга, 3 декабря.' };
    const p = gate.score(x);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    expect(gate.score(x)).toBe(p);
    expect(gate.passes(x)).toBe(p >= GATE_MODEL.cuts.ru);
    expect(gate.cutFor('ru')).toBe(GATE_MODEL.cuts.ru);
  });
});

describe('the engine with a gate', () => {
  const text = "I'll try to send the mockups soon.";
  const refuseAll: RewriteGate = { id: 'refuse-all', score: () => 0, cutFor: () => 1, passes: () => false };

  it('offers a checked rewrite the gate passes, and explains without one where it does not; the findings stay', () => {
    const open = analyze(text, { ...NOW, rewriteGate: OPEN_GATE });
    const refused = analyze(text, { ...NOW, rewriteGate: refuseAll });
    expect(open.findings.some((f) => f.suggestions.length)).toBe(true);
    expect(refused.findings.map((f) => [f.rule, f.start, f.end, f.message])).toEqual(open.findings.map((f) => [f.rule, f.start, f.end, f.message]));
    expect(refused.findings.flatMap((f) => f.suggestions)).toEqual([]);
  });

  it('asks the gate about the sentence as the writer typed it and as the suggestion leaves it, with all its rules', () => {
    const asked: GateInput[] = [];
    const recording: RewriteGate = { id: 'recording', score: () => 1, cutFor: () => 0, passes: (x) => (asked.push(x), true) };
    const result = analyze(`Hi Anna,\n\n${text}`, { ...NOW, rewriteGate: recording });
    const s = result.findings.find((f) => f.suggestions.length)!.suggestions[0];
    expect(asked).toHaveLength(1);
    expect(asked[0].sentence).toBe(text);
    expect(asked[0].rewritten).toBe(text.slice(0, s.start - 10) + s.text + text.slice(s.end - 10));
    expect(new Set(asked[0].rules)).toEqual(new Set(result.findings.map((f) => f.rule)));
  });

  it('keeps the caches of two gates apart', () => {
    expect(analyze(text, { ...NOW, rewriteGate: refuseAll }).findings.flatMap((f) => f.suggestions)).toEqual([]);
    expect(analyze(text, { ...NOW, rewriteGate: OPEN_GATE }).findings.flatMap((f) => f.suggestions)).not.toEqual([]);
    expect(analyze(text, { ...NOW, rewriteGate: refuseAll }).findings.flatMap((f) => f.suggestions)).toEqual([]);
  });
});
