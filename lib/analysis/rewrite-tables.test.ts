/**
 * The rewrite tables: real passages from the corpus's training split, each with what a blind editor
 * passed for it (scripts/review/build-tables.ts from data/review/2026-12-06-tables): the rewrite the
 * card must offer, word for word, or none, where no rewrite can be made without inventing or dropping
 * what the reader needs. `kind` names what makes the row typical or hard (a condition, ongoing work,
 * someone else's action, the writer's time scale, a date already given …).
 *
 * The rules' own rewrites are tested here, as in the example tables: the learned scorer's part is
 * judged on validation (npm run eval).
 */
import { describe, expect, it } from 'vitest';
import { CORPUS_NOW, CORPUS_TZ } from '../../scripts/scorer/corpus';
import { analyze, OPEN_GATE, RULES_ONLY } from './index';
import { sentenceAfter } from './sentence-after';
import type { Lang } from './types';

interface TableRow {
  id: string;
  passage: string;
  sentence: string;
  expected: string | null;
  kind: string;
}

const tables = import.meta.glob<TableRow[]>('./rewrite-tables/*.json', { eager: true, import: 'default' });

/** The flagged sentence as the card's one rewrite leaves it, or null when it offers none. */
function offered(passage: string, sentence: string, lang: Lang): string | null {
  const at = passage.indexOf(sentence);
  const findings = analyze(passage, { now: CORPUS_NOW, timeZone: CORPUS_TZ, lang, scorer: RULES_ONLY, rewriteGate: OPEN_GATE }).findings.filter(
    (f) => f.sentence.start === at && f.sentence.end === at + sentence.length,
  );
  expect(findings.length, `a finding in: ${sentence}`).toBeGreaterThan(0);
  const s = findings.find((f) => f.suggestions.length)?.suggestions[0];
  return s ? sentenceAfter(passage, { start: at, end: at + sentence.length }, s) : null;
}

for (const [path, rows] of Object.entries(tables)) {
  const lang = /(\w+)\.json$/.exec(path)![1] as Lang;
  describe(`${lang} rewrite table`, () => {
    it('holds at least 60 real passages, with rewrites and rows where none is right', () => {
      expect(rows.length).toBeGreaterThanOrEqual(60);
      expect(rows.some((r) => r.expected !== null)).toBe(true);
      expect(rows.some((r) => r.expected === null)).toBe(true);
    });
    it.each(rows.map((r) => [r.kind, r.sentence, r]))('%s: %s', (_kind, _sentence, r) => {
      expect(offered(r.passage, r.sentence, lang)).toBe(r.expected);
    });
  });
}
