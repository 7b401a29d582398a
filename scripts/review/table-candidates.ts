/**
 * Candidates for the rewrite tables (lib/analysis/rewrite-tables/<lang>.ts): every sentence the engine
 * flags in the training passages of one labelling round, with the suggestion its card offers or none,
 * for a reviewer to judge. Training passages only: the tables are tests, and tests must not hold
 * validation text (test/unit/corpus.test.ts).
 *
 *   npx tsx scripts/review/table-candidates.ts --round 2 --per-lang 110 --out DIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_ONLY } from '../../lib/analysis/index';
import { sentenceAfter } from '../../lib/analysis/sentence-after';
import { mulberry32, shuffle } from '../corpus/random';
import { roundOf } from '../corpus/split';
import { readCorpus } from '../scorer/corpus';
import { flaggedSentences } from './rewrites';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const round = Number(arg('--round') ?? 2);
const perLang = Number(arg('--per-lang') ?? 110);
const out = arg('--out') ?? 'table-candidates';
const random = mulberry32(20261206 + round);

const passages = readCorpus('train.jsonl').filter((p) => roundOf(p) === round);
// The rules' own findings and rewrites: the tables test the rewrites, whatever the learned scorer
// makes of the sentence (its part is judged on validation by npm run eval).
const sentences = flaggedSentences(passages, RULES_ONLY);
mkdirSync(out, { recursive: true });
for (const lang of ['en', 'ru', 'uk', 'pl', 'lv'] as const) {
  const rows = shuffle(sentences.filter((s) => s.lang === lang), random)
    .slice(0, perLang)
    .map((s, i) => {
      const f = s.offered;
      const sug = f?.suggestions[0];
      const sentence = s.passage.slice(s.sentence.start, s.sentence.end);
      const rewritten = sug ? sentenceAfter(s.passage, s.sentence, sug) : null;
      return { id: `${s.passageId}#${i}`, lang, rules: s.rules, passage: s.passage, sentence, rewritten };
    });
  writeFileSync(join(out, `${lang}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`${lang}: ${rows.length} flagged sentences, ${rows.filter((r) => r.rewritten).length} with a suggestion`);
}
