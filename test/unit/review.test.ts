import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus, sameText } from '../../scripts/scorer/corpus';
import { carryJudgements, coverage, flaggedSentences, passageIdOf, passagesShown, readPool, sample, scoreJudged, type ReviewRow } from '../../scripts/review/rewrites';

describe('npm run review:rewrites', () => {
  const sentences = flaggedSentences(readCorpus('validation.jsonl'));

  it('samples up to 48 offered suggestions per language (all there are where fewer), the same rows for the same seed', () => {
    const rows = sample(sentences, 48, 7);
    for (const lang of ['en', 'ru', 'uk', 'pl', 'lv'] as const) {
      const offered = sentences.filter((s) => s.lang === lang && s.offered).length;
      expect(rows.filter((r) => r.lang === lang).length).toBe(Math.min(48, offered));
    }
    expect(sample(sentences, 48, 7)).toEqual(rows);
    expect(sample(sentences, 48, 8).map((r) => r.id)).not.toEqual(rows.map((r) => r.id));
    // Every row is a real replacement of its own sentence, not the sentence unchanged.
    for (const r of rows) {
      expect(r.passage).toContain(r.sentence);
      expect(r.rewritten).not.toBe(r.sentence);
    }
  });

  it('counts coverage over every flagged sentence, offered or not', () => {
    const all = coverage(sentences).get('all|all')!;
    expect(all.flagged).toBe(sentences.length);
    expect(all.offered).toBe(sentences.filter((s) => s.offered).length);
  });

  it('passes a row only on four yeses and skips rows not yet judged', () => {
    const base = { lang: 'en', rules: ['excuse'], rule: 'excuse', passage: 'p', sentence: 's', flagged: 'f', message: 'm', rewritten: 'r', rewrites: 1 } as const;
    const rows: ReviewRow[] = [
      { ...base, rules: ['excuse'], id: 'a', judgement: { grammatical: true, faithful: true, fixes: true, sendable: true } },
      { ...base, rules: ['excuse'], id: 'b', judgement: { grammatical: true, faithful: false, fixes: true, sendable: true } },
      { ...base, rules: ['excuse'], id: 'c', judgement: { grammatical: true } },
      { ...base, rules: ['excuse'], id: 'd' },
    ];
    const t = scoreJudged(rows).get('en|excuse')!;
    expect(t).toMatchObject({ judged: 2, passed: 1, grammatical: 2, faithful: 1, fixes: 2, sendable: 2 });
  });

  it('carries an earlier judgement only to the same row (passage, sentence and rewrite), the latest round winning', () => {
    const base = { lang: 'en', rules: ['excuse'], rule: 'excuse', passage: 'p', sentence: 's', flagged: 'f', message: 'm', rewrites: 1 } as const;
    const yes = { grammatical: true, faithful: true, fixes: true, sendable: true };
    const no = { ...yes, sendable: false, note: 'date clashes' };
    const earlier = [
      { round: 'round8', rows: [{ ...base, rules: ['excuse'], id: 'x#1', rewritten: 'r1', judgement: no }] },
      { round: 'round9', rows: [{ ...base, rules: ['excuse'], id: 'x#7', rewritten: 'r1', judgement: yes }, { ...base, rules: ['excuse'], id: 'x#8', rewritten: 'r2' }] },
    ] as { round: string; rows: ReviewRow[] }[];
    const sampleRows: ReviewRow[] = [
      { ...base, rules: ['excuse'], id: 'n#0', rewritten: 'r1' },
      // Judged nowhere (round 9 holds it unjudged), and a rewrite no round has seen.
      { ...base, rules: ['excuse'], id: 'n#1', rewritten: 'r2' },
      { ...base, rules: ['excuse'], id: 'n#2', rewritten: 'r3' },
      // Same rewrite of another passage: not the same row.
      { ...base, rules: ['excuse'], id: 'n#3', passage: 'q', rewritten: 'r1' },
    ];
    const { carried, toJudge } = carryJudgements(sampleRows, earlier);
    expect(carried).toEqual([{ ...sampleRows[0], judgement: yes, carried: 'round9' }]);
    expect(toJudge.map((r) => r.id)).toEqual(['n#1', 'n#2', 'n#3']);
  });

  it('--fresh: knows every passage an earlier round showed, except the round being built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-review-'));
    const round = (name: string, ids: string[]) => {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'judged.jsonl'), ids.map((id) => JSON.stringify({ id })).join('\n') + '\n');
    };
    round('2026-12-06-round4', ['en-0001#0', 'enw-a-0002#1']);
    round('2026-12-06-round5', ['ru-b-0003#12']);
    round('2026-12-06-round6', ['lv-c-0004#3']);
    mkdirSync(join(dir, 'no-judgements-yet'));
    mkdirSync(join(dir, '2026-12-06-tables'));
    writeFileSync(join(dir, '2026-12-06-tables', 'pl.judged.jsonl'), JSON.stringify({ id: 'pl-c-0206#0' }) + '\n');
    expect(passageIdOf('pl-r-0070#191')).toBe('pl-r-0070');
    expect([...passagesShown(dir)].sort()).toEqual(['en-0001', 'enw-a-0002', 'lv-c-0004', 'pl-c-0206', 'ru-b-0003']);
    expect(passagesShown(dir, join(dir, '2026-12-06-round6')).has('lv-c-0004')).toBe(false);
  });

  it('reads the review pool: 7986-8787 passages per language, unique ids and texts, none of them in the labelled corpus', () => {
    const pool = readPool(join(__dirname, '../../data/review-pool'));
    // Fifty-four batches: 120, 150, 150, 120, forty-four of 150 and six of 150 (300 in English); a
    // passage that repeated an earlier one or the corpus was dropped.
    for (const lang of ['en', 'ru', 'uk', 'pl', 'lv'] as const) expect(pool.filter((p) => p.language === lang).length).toBeGreaterThanOrEqual(7986);
    expect(pool.length).toBe(40767);
    expect(new Set(pool.map((p) => p.id)).size).toBe(pool.length);
    expect(new Set(pool.map((p) => sameText(p.text))).size).toBe(pool.length);
    const corpus = new Set([...readCorpus('train.jsonl'), ...readCorpus('validation.jsonl')].map((p) => sameText(p.text)));
    expect(pool.filter((p) => corpus.has(sameText(p.text)))).toEqual([]);
    // The pool's passages flag and get suggestions like the corpus's do. A slice says so: analysing all
    // 29,000 passages took most of the test's time budget on a loaded machine.
    expect(flaggedSentences(pool.slice(0, 1000)).some((s) => s.offered)).toBe(true);
  });
});

