import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/scorer/corpus';
import { coverage, flaggedSentences, sample, scoreJudged, type ReviewRow } from '../../scripts/review/rewrites';

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
});
