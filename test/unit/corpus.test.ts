import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roundOf, splitCorpus, VALIDATION_SHARE } from '../../scripts/corpus/split';
import { CORPUS_DIR, LABELS, readCorpus, sameText, type Passage } from '../../scripts/scorer/corpus';
import type { LanguageExamples } from '../../lib/analysis/examples';
import { LANGS } from '../../lib/dates/types';

const train = readCorpus('train.jsonl');
const validation = readCorpus('validation.jsonl');
const all = [...train, ...validation];

const norm = sameText;

const LEXICON_DIR = join(__dirname, '../../lib/analysis/lexicons');
const lexiconSources = readdirSync(LEXICON_DIR)
  .filter((f) => f.endsWith('.ts') && !f.includes('.examples.'))
  .map((f) => norm(readFileSync(join(LEXICON_DIR, f), 'utf8')));
const tables = import.meta.glob<{ examples: LanguageExamples }>('../../lib/analysis/lexicons/*.examples.ts', { eager: true });
const tableTexts = Object.values(tables).flatMap(({ examples }) => [
  ...Object.values(examples.flag).flatMap((cases) => cases.map((c) => (typeof c === 'string' ? c : c.text))),
  ...Object.values(examples.pass).flat(),
  ...(examples.dates ?? []).map((d) => d.text),
  ...examples.rewrites.map((r) => r.text),
]).map(norm);

describe('the labelled corpus', () => {
  it('has well-formed passages: unique ids, a known language, text, a source and five boolean labels', () => {
    const ids = new Set<string>();
    for (const p of all) {
      expect(ids.has(p.id), p.id).toBe(false);
      ids.add(p.id);
      expect(LANGS).toContain(p.language);
      expect(p.text.trim().length, p.id).toBeGreaterThan(0);
      // One paragraph: training records the engine's first analysis of a passage as the passage's own.
      expect(p.text, p.id).not.toMatch(/\n/);
      expect(p.source, p.id).toMatch(/^(spamassassin|written):/);
      expect(Object.keys(p.labels).sort()).toEqual([...LABELS].sort());
      for (const l of LABELS) expect(typeof p.labels[l], `${p.id} ${l}`).toBe('boolean');
    }
  });

  it('has at least 3,000 English passages of real mail and 600 in each other language', () => {
    expect(all.filter((p) => p.language === 'en' && p.source.startsWith('spamassassin')).length).toBeGreaterThanOrEqual(3000);
    for (const lang of ['ru', 'uk', 'pl', 'lv']) expect(all.filter((p) => p.language === lang).length, lang).toBeGreaterThanOrEqual(600);
  });

  it('keeps validation passages out of the training split', () => {
    const seen = new Set(train.map((p) => norm(p.text)));
    expect(validation.filter((p) => seen.has(norm(p.text))).map((p) => p.id)).toEqual([]);
  });

  it('keeps validation passages out of the lexicons', () => {
    const leaked = validation.filter((p) => {
      const t = norm(p.text);
      return t.length >= 20 && lexiconSources.some((src) => src.includes(t));
    });
    expect(leaked.map((p) => p.id)).toEqual([]);
  });

  it('keeps validation passages out of the example tables, whole or as a part', () => {
    const leaked = validation.filter((p) => {
      const t = norm(p.text);
      return tableTexts.some((row) => row === t || (row.length >= 25 && t.includes(row)) || (t.length >= 25 && row.includes(t)));
    });
    expect(leaked.map((p) => p.id)).toEqual([]);
  });

  it('keeps validation passages out of the rewrite tables', () => {
    const rewriteTables = import.meta.glob<{ passage: string }[]>('../../lib/analysis/rewrite-tables/*.json', { eager: true, import: 'default' });
    const tabled = new Set(Object.values(rewriteTables).flatMap((rows) => rows.map((r) => norm(r.passage))));
    expect(tabled.size).toBeGreaterThan(0);
    expect(validation.filter((p) => tabled.has(norm(p.text))).map((p) => p.id)).toEqual([]);
  });

  it('is the fixed split of its passages: a quarter of each language for validation, every label in it', () => {
    const again = splitCorpus(all);
    expect(again.validation.map((p) => p.id)).toEqual(validation.map((p) => p.id));
    expect(again.train.map((p) => p.id)).toEqual(train.map((p) => p.id));
    for (const lang of LANGS) {
      const share = validation.filter((p) => p.language === lang).length / all.filter((p) => p.language === lang).length;
      expect(share, lang).toBeGreaterThan(VALIDATION_SHARE - 0.03);
      expect(share, lang).toBeLessThan(VALIDATION_SHARE + 0.03);
      for (const label of LABELS) {
        const positives = (ps: Passage[]) => ps.filter((p) => p.language === lang && p.labels[label]).length;
        if (positives(all) >= 8) expect(positives(validation), `${lang} ${label}`).toBeGreaterThan(0);
      }
    }
  });

  it('splits each labelling round on its own: a later round never moves an earlier passage', () => {
    const first = all.filter((p) => roundOf(p) === 1);
    const again = splitCorpus(first);
    expect(again.validation.map((p) => p.id)).toEqual(validation.filter((p) => roundOf(p) === 1).map((p) => p.id));
  });

  it('reports agreement between the two labelling passes for every language', () => {
    const agreement = JSON.parse(readFileSync(join(CORPUS_DIR, 'agreement.json'), 'utf8')) as Record<string, Record<string, number>>;
    for (const lang of LANGS) {
      const groups = Object.keys(agreement).filter((g) => g.startsWith(`${lang}-`));
      expect(groups.length, lang).toBeGreaterThan(0);
      for (const g of groups) for (const l of LABELS) expect(agreement[g][l], `${g} ${l}`).toBeGreaterThan(0.5);
    }
  });
});
