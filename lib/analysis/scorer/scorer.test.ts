import { describe, expect, it } from 'vitest';
import { analyze, defaultScorer, RULES_ONLY } from '../index';
import { contextFeatureIds, foldText, hashFeature, textFeatureIds } from './features';
import { learnedScorer } from './learned';
import { encodeBase64, loadModel, type ModelFile } from './model';
import { MODEL } from './weights';

const NOW = { now: '2026-11-19T10:00:00+02:00', timeZone: 'Europe/Riga' };

describe('scorer features', () => {
  it('fold case, diacritics, ё, ł, apostrophes and digits the way people type them', () => {
    expect(foldText('Przepraszam, SPÓŹNIŁEM się')).toBe(foldText('przepraszam, spoznilem sie'));
    expect(foldText('Извините, пришлёт')).toBe(foldText('извините, пришлет'));
    expect(foldText('Atvainojos, salūza dators')).toBe(foldText('atvainojos, saluza dators'));
    expect(foldText('I’ll send it on 14.05')).toBe("i'll send it on 00.00");
  });

  it('hash the same way on every run (FNV-1a), so weights trained in Node hold in the browser', () => {
    expect(hashFeature('')).toBe(0x811c9dc5);
    expect(hashFeature('a')).toBe(0xe40c292c);
    expect([...textFeatureIds('My laptop died.')]).toEqual([...textFeatureIds('my LAPTOP died')]);
  });

  it('give the text half words, word pairs and letter pieces, and nothing for an empty sentence', () => {
    const ids = textFeatureIds('laptop died');
    expect(ids).toContain(hashFeature('w laptop'));
    expect(ids).toContain(hashFeature('b laptop died'));
    expect(ids).toContain(hashFeature('c <la'));
    expect(textFeatureIds('  ').length).toBe(0);
  });

  it('give the rules half each name twice, plain and crossed with the language', () => {
    const sentence = { text: 'x', excuse: { causes: [], standalone: [], slips: [], links: [], apologies: [], vetoed: false, declined: false }, commitments: [], undated: [], hedges: [], vagueTiming: [], dates: [], question: false, usesWe: false, overPromises: [] };
    const ids = contextFeatureIds({ lang: 'pl', f: sentence as never, fired: new Set(['excuse']), firedNearby: new Set() });
    expect(ids).toContain(hashFeature('x fired excuse'));
    expect(ids).toContain(hashFeature('x pl fired excuse'));
  });
});

/** A model whose only weights sit on the given feature names, for the excuse rule's two heads. */
function tinyModel(weights: Record<string, number>, cut: { keep: number; add: number }): ModelFile {
  const dims = 1 << 10;
  const labels = ['excuse', 'vague-promise', 'missing-date', 'over-promise'] as const;
  const columns = labels.length * 2;
  const bytes = new Int8Array(dims * columns);
  for (const [name, w] of Object.entries(weights)) {
    const bucket = (hashFeature(name) & (dims - 1)) * columns;
    bytes[bucket] += w; // keep head
    bytes[bucket + 1] += w; // add head
  }
  const cuts = { keep: [cut.keep, 0, 0, 0], add: [cut.add, 2, 2, 2] };
  return { version: 3, labels: [...labels], dims, scales: Array(columns).fill(0.1), cuts: { en: cuts, ru: cuts, uk: cuts, pl: cuts, lv: cuts }, weights: encodeBase64(new Uint8Array(bytes.buffer)) };
}

describe('the learned scorer', () => {
  it('refuses weights that do not fit their header', () => {
    expect(() => loadModel({ ...MODEL, dims: 3 })).toThrow();
    expect(() => loadModel({ ...MODEL, weights: MODEL.weights.slice(0, 400) })).toThrow();
  });

  it('ships weights under 1.5 MB that load', () => {
    expect((MODEL.weights.length * 3) / 4).toBeLessThan(1.5 * 1024 * 1024);
    expect(loadModel(MODEL).labels).toEqual(['excuse', 'vague-promise', 'missing-date', 'over-promise']);
  });

  it("drops a rule's finding it scores under the keep cut, and keeps it at or above", () => {
    const text = 'Sorry for the delay, my laptop died.';
    const rules = analyze(text, { ...NOW, scorer: RULES_ONLY }).findings.filter((f) => f.rule === 'excuse');
    expect(rules).toHaveLength(1);
    const doubting = learnedScorer(loadModel(tinyModel({ 'x fired excuse': -100 }, { keep: 0.5, add: 2 })), 'doubting');
    expect(analyze(text, { ...NOW, scorer: doubting }).findings.filter((f) => f.rule === 'excuse')).toEqual([]);
    const agreeing = learnedScorer(loadModel(tinyModel({ 'x fired excuse': 100 }, { keep: 0.5, add: 2 })), 'agreeing');
    const kept = analyze(text, { ...NOW, scorer: agreeing }).findings.filter((f) => f.rule === 'excuse');
    expect(kept.map((f) => [f.text, f.origin])).toEqual([[rules[0].text, 'rules']]);
    expect(kept[0].score).toBeGreaterThan(0.99);
  });

  it('adds a finding the rules missed at the add cut, marking the sentence, with its score', () => {
    const text = 'Hi Jonas, the gremlins got into the staging box.';
    expect(analyze(text, { ...NOW, scorer: RULES_ONLY }).findings.filter((f) => f.rule === 'excuse')).toEqual([]);
    const learned = learnedScorer(loadModel(tinyModel({ 'w gremlins': 120 }, { keep: 0, add: 0.9 })), 'gremlins');
    const added = analyze(text, { ...NOW, scorer: learned }).findings.filter((f) => f.rule === 'excuse');
    expect(added.map((f) => [f.text, f.origin])).toEqual([['the gremlins got into the staging box', 'scorer']]);
    expect(text.slice(added[0].start, added[0].end)).toBe(added[0].text);
  });

  it('counts a feature once however often the sentence has it, as training does (a bucket is in the set or not)', () => {
    // "gremlins" three times: summed three times it would reach the add cut (3 x 1.2 -> 0.97), once it does not (0.77).
    const text = 'Gremlins, gremlins, gremlins in the staging box.';
    const learned = learnedScorer(loadModel(tinyModel({ 'w gremlins': 12 }, { keep: 0, add: 0.9 })), 'gremlins-once');
    expect(analyze(text, { ...NOW, scorer: learned }).findings.filter((f) => f.rule === 'excuse')).toEqual([]);
    const stronger = learnedScorer(loadModel(tinyModel({ 'w gremlins': 30 }, { keep: 0, add: 0.9 })), 'gremlins-strong');
    expect(analyze(text, { ...NOW, scorer: stronger }).findings.filter((f) => f.rule === 'excuse')).toHaveLength(1);
  });

  it('adds no excuse to a promise that waits on someone else\'s event, with no slip, apology or cause said', () => {
    const learned = learnedScorer(loadModel(tinyModel({ 'w provider': 100 }, { keep: 0, add: 0.9 })), 'provider');
    const excuses = (text: string) => analyze(text, { ...NOW, scorer: learned }).findings.filter((f) => f.rule === 'excuse');
    expect(excuses("I'll send the report as soon as the provider restores access.")).toEqual([]);
    expect(excuses('The provider took the whole rack down for a day.')).toHaveLength(1);
  });

  it('keeps only the rules asked for, whatever it would add', () => {
    const learned = learnedScorer(loadModel(tinyModel({ 'w ran': 60, 'w away': 60 }, { keep: 0, add: 0.9 })), 'ran-away-2');
    expect(analyze('The week ran away from me.', { ...NOW, scorer: learned, rules: ['missing-date'] }).findings).toEqual([]);
  });

  it('is what analyze uses by default, and its answers carry the score', () => {
    const text = "Sorry for the delay, my laptop died. I'll try to send it soon.";
    const viaDefault = analyze(text, NOW);
    expect(analyze(text, { ...NOW, scorer: defaultScorer() })).toEqual(viaDefault);
    for (const f of viaDefault.findings) expect(f.score).toBeTypeOf('number');
  });
});
