/**
 * The rewrite tables (lib/analysis/rewrite-tables/<lang>.json) from a judged round of table candidates
 * (scripts/review/table-candidates.ts, judged by a blind editor: data/review/<round>/<lang>.judged.jsonl).
 * A row goes into the table only when the engine's answer today is one the editor passed:
 *
 *   - a rewrite that passed all four questions, and the engine still offers exactly it;
 *   - no rewrite, where the editor said none could be made without inventing or dropping what the reader
 *     needs (`fixable: false`), or where the rewrite the editor failed was one no date or line can fix
 *     (a condition, ongoing work, someone else's action, a sentence that is not what was flagged), and
 *     the engine now offers none.
 *
 * Everything else is reported, not tabled: a rewrite the editor failed that is still offered (the next
 * thing to fix), a sentence the editor could fix that gets no rewrite (coverage), a changed rewrite (to
 * judge again).
 *
 *   npx tsx scripts/review/build-tables.ts data/review/2026-12-06-tables
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPEN_GATE, RULES_ONLY } from '../../lib/analysis/index';
import { sentenceAfter } from '../../lib/analysis/sentence-after';
import type { Lang } from '../../lib/analysis/types';
import { flaggedSentences } from './rewrites';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(REPO, 'lib/analysis/rewrite-tables');

interface Judged {
  id: string;
  lang: Lang;
  rules: string[];
  passage: string;
  sentence: string;
  rewritten: string | null;
  judgement: { grammatical?: boolean; faithful?: boolean; fixes?: boolean; sendable?: boolean; fixable?: boolean; kind: string; note?: string };
}

export interface TableRow {
  /** The corpus passage the row comes from (training split). */
  id: string;
  passage: string;
  /** The flagged sentence. */
  sentence: string;
  /** The sentence as the offered rewrite leaves it, or null: no rewrite is offered. */
  expected: string | null;
  /** What makes the row typical or hard (the editor's tag). */
  kind: string;
}

/** Failures no rewrite of this kind can mend: the right answer is none. */
const NOTHING_TO_OFFER = new Set(['condition', 'ongoing', 'third-party', 'not-the-writer', 'not-flaggable', 'nothing-slipped']);

const passes = (j: Judged['judgement']) => j.grammatical === true && j.faithful === true && j.fixes === true && j.sendable === true;

function main(dir: string): void {
  const summary: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.judged.jsonl')).sort()) {
    const lang = file.slice(0, 2) as Lang;
    const rows = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Judged);
    const counts = { passed: 0, none: 0, stillFailing: 0, uncovered: 0, changed: 0 };
    const table: TableRow[] = [];
    for (const r of rows) {
      const passageId = r.id.split('#')[0];
      const now = flaggedSentences([{ id: passageId, language: lang, text: r.passage }], RULES_ONLY, 'offered', OPEN_GATE).find((s) => r.passage.slice(s.sentence.start, s.sentence.end) === r.sentence);
      if (!now) {
        counts.changed++;
        continue;
      }
      const sug = now.offered?.suggestions[0];
      const current = sug ? sentenceAfter(r.passage, now.sentence, sug) : null;
      const j = r.judgement;
      const row = (expected: string | null) => table.push({ id: passageId, passage: r.passage, sentence: r.sentence, expected, kind: j.kind });
      if (r.rewritten !== null && passes(j)) {
        if (current === r.rewritten) {
          counts.passed++;
          row(current);
        } else counts.changed++;
      } else if (r.rewritten === null ? j.fixable === false : NOTHING_TO_OFFER.has(j.kind)) {
        if (current === null) {
          counts.none++;
          row(null);
        } else if (current === r.rewritten) counts.stillFailing++;
        else counts.changed++;
      } else if (r.rewritten !== null && current === r.rewritten) counts.stillFailing++;
      else if (current === null) counts.uncovered++;
      else counts.changed++;
    }
    writeFileSync(join(OUT, `${lang}.json`), JSON.stringify(table, null, 1) + '\n');
    summary.push(`| ${lang} | ${rows.length} | ${table.length} | ${counts.passed} | ${counts.none} | ${counts.stillFailing} | ${counts.uncovered} | ${counts.changed} |`);
  }
  console.log('| lang | judged | table rows | passed rewrites | right to offer none | failed, still offered | fixable, none offered | changed since judged |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const line of summary) console.log(line);
}

main(process.argv[2] ?? join(REPO, 'data/review/2026-12-06-tables'));
