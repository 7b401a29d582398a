/**
 * The rewrite review loop: sample the suggestions the engine makes on the validation passages, have
 * someone who did not write the code judge each on four questions, and score the judged file.
 *
 *   npm run review:rewrites                         # sample -> data/review/<today>/sample.jsonl + sample.md
 *   npm run review:rewrites -- --per-lang 48 --seed 7 --out DIR [--round 2] [--fresh] [--split train]
 *       --fresh leaves out every passage an earlier round showed a reviewer (any data/review/<round>/
 *       judged.jsonl): the rewrites of the rounds before were mended on their failures, so only passages
 *       no review has shown say how the engine does on text its rewrites were not fixed for.
 *       --candidates samples every kind of rewrite the engine builds, also those the card holds back
 *       (lib/analysis/rewrite.ts, `heldBack`): how the held-back kinds do is measured the same way.
 *       --split train samples the training split instead (the validation split's suggestions have
 *       nearly all been shown by now; the scorer learnt from the training split, the rewrites did not).
 *       --split pool samples data/review-pool/: unlabelled client mail written for rewrite review only,
 *       by writers who never saw the engine, once the corpus's unseen passages are spent.
 *       --only REGEX keeps the passages whose id matches (one batch of the pool: --only '-r-').
 *       --ungated samples every checked suggestion, also those the learned rewrite gate withholds
 *       (lib/analysis/rewrite-gate); --candidates implies it. Each row carries the gate's score.
 *   npm run review:rewrites -- --score data/review/<day>/judged.jsonl [--json]
 *   npm run review:rewrites -- --carry DIR [--judged NEW.jsonl ...]
 *       DIR/sample.jsonl's rows that an earlier round already judged (same passage, sentence and
 *       rewrite, in any data/review/<round>/judged.jsonl) carry that judgement; the others go to
 *       DIR/to-judge.jsonl for new reviewers. With --judged (their files), DIR/judged.jsonl is written:
 *       every row judged, carried ones marked with the round they come from.
 *
 * The four questions (a suggestion passes only with four yeses):
 *   grammatical  the replaced sentence is grammatical in its language
 *   faithful     it keeps what the writer meant (the work, the people, the facts, the writer's own dates)
 *   fixes        it removes what was flagged and brings no new problem (no hedge left, no date clash)
 *   sendable     a professional would send it as it is
 *
 * Why the validation split: the review judges the engine on text it was not tuned on. The sample is
 * seeded, so the same engine gives the same rows; a changed engine gives new rows to judge.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, defaultRewriteGate, OPEN_GATE, type RewriteGate, type Scorer } from '../../lib/analysis/index';
import { sentenceAfter } from '../../lib/analysis/sentence-after';
import type { Finding, Lang, RuleId } from '../../lib/analysis/types';
import { mulberry32, shuffle } from '../corpus/random';
import { roundOf } from '../corpus/split';
import { CORPUS_NOW, CORPUS_TZ, readCorpus } from '../scorer/corpus';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const LANGS: readonly Lang[] = ['en', 'ru', 'uk', 'pl', 'lv'];
const RULES: readonly RuleId[] = ['excuse', 'vague-promise', 'missing-date', 'over-promise'];
export const QUESTIONS = ['grammatical', 'faithful', 'fixes', 'sendable'] as const;
type Question = (typeof QUESTIONS)[number];

export interface ReviewRow {
  id: string;
  lang: Lang;
  /** Every rule flagged in the sentence. */
  rules: RuleId[];
  /** The rule whose suggestion is offered (the card offers one rewrite per sentence). */
  rule: RuleId;
  passage: string;
  sentence: string;
  flagged: string;
  message: string;
  /** The sentence as the suggestion leaves it. */
  rewritten: string;
  /** How many different rewrites the sentence's findings offer (more than one: they may disagree). */
  rewrites: number;
  /** The learned gate's probability that an editor passes the suggestion (lib/analysis/rewrite-gate). */
  gate?: number;
  judgement?: Partial<Record<Question, boolean>> & { note?: string };
  /** The earlier round whose judgement of the same row this one carries. */
  carried?: string;
}

interface FlaggedSentence {
  lang: Lang;
  rules: RuleId[];
  offered: Finding | null;
  rewrites: number;
  passageId: string;
  passage: string;
  sentence: { start: number; end: number };
}

/** Each flagged sentence of the validation passages, with the suggestion its card offers (if any). */
export function flaggedSentences(
  passages: readonly { id: string; language: Lang; text: string }[],
  scorer?: Scorer,
  rewriteKinds: 'offered' | 'all' = 'offered',
  rewriteGate?: RewriteGate,
): FlaggedSentence[] {
  const out: FlaggedSentence[] = [];
  for (const p of passages) {
    const result = analyze(p.text, { now: CORPUS_NOW, timeZone: CORPUS_TZ, rewriteKinds, ...(scorer ? { scorer } : {}), ...(rewriteGate ? { rewriteGate } : {}) });
    const bySentence = new Map<string, Finding[]>();
    for (const f of result.findings) {
      const key = `${f.sentence.start}:${f.sentence.end}`;
      const list = bySentence.get(key) ?? [];
      list.push(f);
      bySentence.set(key, list);
    }
    for (const findings of bySentence.values()) {
      const withSuggestion = findings.filter((f) => f.suggestions.length > 0);
      const distinct = new Set(withSuggestion.map((f) => `${f.suggestions[0].start}|${f.suggestions[0].end}|${f.suggestions[0].text}`));
      out.push({
        lang: findings[0].lang,
        rules: [...new Set(findings.map((f) => f.rule))],
        offered: withSuggestion[0] ?? null,
        rewrites: distinct.size,
        passageId: p.id,
        passage: p.text,
        sentence: findings[0].sentence,
      });
    }
  }
  return out;
}

function rowOf(s: FlaggedSentence, index: number): ReviewRow {
  const f = s.offered as Finding;
  const sentence = s.passage.slice(s.sentence.start, s.sentence.end);
  const rewritten = sentenceAfter(s.passage, s.sentence, f.suggestions[0]);
  return {
    id: `${s.passageId}#${index}`,
    lang: s.lang,
    rules: s.rules,
    rule: f.rule,
    passage: s.passage,
    sentence,
    flagged: f.text,
    message: f.message,
    rewritten,
    rewrites: s.rewrites,
    gate: Math.round(defaultRewriteGate().score({ lang: s.lang, rules: s.rules, sentence, rewritten }) * 1000) / 1000,
  };
}

/** Up to `perLang` offered suggestions per language, rules taken in turn so rare rules are judged too. */
export function sample(sentences: readonly FlaggedSentence[], perLang: number, seed: number): ReviewRow[] {
  const random = mulberry32(seed);
  const rows: ReviewRow[] = [];
  for (const lang of LANGS) {
    const pools = RULES.map((rule) => shuffle(sentences.filter((s) => s.lang === lang && s.offered?.rule === rule), random));
    let taken = 0;
    for (let round = 0; taken < perLang && pools.some((p) => round < p.length); round++) {
      for (const pool of pools) {
        if (taken >= perLang || round >= pool.length) continue;
        rows.push(rowOf(pool[round], rows.length));
        taken++;
      }
    }
  }
  return rows;
}

/** Share of flagged sentences that get a suggestion, per language and rule. */
export function coverage(sentences: readonly FlaggedSentence[]): Map<string, { flagged: number; offered: number }> {
  const table = new Map<string, { flagged: number; offered: number }>();
  for (const s of sentences) {
    for (const group of [`${s.lang}|all`, `all|all`, ...s.rules.map((r) => `${s.lang}|${r}`), ...s.rules.map((r) => `all|${r}`)]) {
      const c = table.get(group) ?? { flagged: 0, offered: 0 };
      c.flagged++;
      if (s.offered) c.offered++;
      table.set(group, c);
    }
  }
  return table;
}

function markdown(rows: readonly ReviewRow[]): string {
  const lines = [
    '# Rewrites to judge',
    '',
    'For each row answer four questions with yes or no: grammatical, faithful (keeps what the writer meant), fixes (removes what was flagged, no new problem), sendable (a professional would send it as it is).',
    '',
  ];
  for (const r of rows) {
    lines.push(`## ${r.id} (${r.lang}, ${r.rule})`, '', `Passage: ${r.passage.replace(/\n+/g, ' / ')}`, '', `Sentence: ${r.sentence}`, '', `Flagged: "${r.flagged}": ${r.message}`, '', `Rewritten: ${r.rewritten}`, '');
  }
  return lines.join('\n');
}

function passes(r: ReviewRow): boolean {
  return QUESTIONS.every((q) => r.judgement?.[q] === true);
}

/** Per language and rule: offered suggestions judged, and how many pass all four questions. */
export function scoreJudged(rows: readonly ReviewRow[]) {
  const table = new Map<string, { judged: number; passed: number } & Record<Question, number>>();
  for (const r of rows) {
    if (!r.judgement || QUESTIONS.some((q) => typeof r.judgement?.[q] !== 'boolean')) continue;
    for (const group of [`${r.lang}|all`, `${r.lang}|${r.rule}`, `all|all`, `all|${r.rule}`]) {
      const c = table.get(group) ?? { judged: 0, passed: 0, grammatical: 0, faithful: 0, fixes: 0, sendable: 0 };
      c.judged++;
      if (passes(r)) c.passed++;
      for (const q of QUESTIONS) if (r.judgement[q]) c[q]++;
      table.set(group, c);
    }
  }
  return table;
}

/** A judged row of an earlier round, keyed by what the reviewer saw. */
const judgedKey = (r: Pick<ReviewRow, 'passage' | 'sentence' | 'rewritten'>) => JSON.stringify([r.passage, r.sentence, r.rewritten]);

/**
 * The sample's rows with the judgement an earlier round gave the same row (`carried`: that round), and
 * the rows no round has judged yet. Later rounds win where two judged the same row.
 */
export function carryJudgements(
  sample: readonly ReviewRow[],
  earlier: readonly { round: string; rows: readonly ReviewRow[] }[],
): { carried: ReviewRow[]; toJudge: ReviewRow[] } {
  const known = new Map<string, { judgement: NonNullable<ReviewRow['judgement']>; round: string }>();
  for (const { round, rows } of earlier) {
    for (const r of rows) if (r.judgement) known.set(judgedKey(r), { judgement: r.judgement, round: r.carried ?? round });
  }
  const carried: ReviewRow[] = [];
  const toJudge: ReviewRow[] = [];
  for (const r of sample) {
    const k = known.get(judgedKey(r));
    if (k) carried.push({ ...r, judgement: k.judgement, carried: k.round });
    else toJudge.push(r);
  }
  return { carried, toJudge };
}

function carry(dir: string, judgedFiles: readonly string[]) {
  const reviewDir = join(REPO, 'data/review');
  // Rounds judged under today's brief: from round 4 on, reviewers judge only what the suggestion changed
  // (data/review/README.md); the baseline and rounds 2-3 also failed the writer's own typos.
  const underTodaysBrief = (d: string) => Number(/-(?:round|fresh)(\d+)$/.exec(d)?.[1] ?? 0) >= 4;
  const earlier = readdirSync(reviewDir)
    .filter((d) => underTodaysBrief(d) && join(reviewDir, d) !== resolve(dir) && existsSync(join(reviewDir, d, 'judged.jsonl')))
    .sort((a, b) => Number(/\d+$/.exec(a)![0]) - Number(/\d+$/.exec(b)![0]))
    .map((round) => ({ round: round.replace(/^\d{4}-\d{2}-\d{2}-/, ''), rows: readRows(join(reviewDir, round, 'judged.jsonl')) }));
  const sample = readRows(join(dir, 'sample.jsonl'));
  const { carried, toJudge } = carryJudgements(sample, earlier);
  if (judgedFiles.length === 0) {
    writeFileSync(join(dir, 'to-judge.jsonl'), toJudge.map((r) => JSON.stringify(r)).join('\n') + (toJudge.length ? '\n' : ''));
    console.log(`${carried.length} rows carry an earlier judgement; ${toJudge.length} to judge -> ${join(dir, 'to-judge.jsonl')}`);
    return;
  }
  const fresh = new Map(judgedFiles.flatMap((f) => readRows(f)).map((r) => [r.id, r]));
  const byId = new Map(carried.map((r) => [r.id, r]));
  const missing = toJudge.filter((r) => !fresh.get(r.id)?.judgement);
  if (missing.length) throw new Error(`${missing.length} rows are not judged yet: ${missing.slice(0, 5).map((r) => r.id).join(', ')}`);
  const rows = sample.map((r) => byId.get(r.id) ?? { ...r, judgement: fresh.get(r.id)!.judgement });
  writeFileSync(join(dir, 'judged.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`${rows.length} judged rows (${toJudge.length} new, ${carried.length} carried) -> ${join(dir, 'judged.jsonl')}`);
}

/** The passages any round in `reviewDir` (other than `except`) showed a reviewer. */
export function passagesShown(reviewDir: string, except?: string): Set<string> {
  const shown = new Set<string>();
  for (const d of readdirSync(reviewDir)) {
    if (except && resolve(join(reviewDir, d)) === resolve(except)) continue;
    // A round's judged.jsonl, or the rewrite tables' <lang>.judged.jsonl.
    const files = existsSync(join(reviewDir, d)) && !d.includes('.') ? readdirSync(join(reviewDir, d)).filter((f) => f.endsWith('judged.jsonl')) : [];
    for (const f of files) for (const r of readRows(join(reviewDir, d, f))) shown.add(passageIdOf(r.id));
  }
  return shown;
}

/** A row's id is "<passage id>#<row number>". */
export const passageIdOf = (rowId: string) => rowId.replace(/#\d+$/, '');

function readRows(file: string): ReviewRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ReviewRow);
}

/** The review pool's passages (`{"id","lang","text"}` per line, one file per language), shaped as the corpus's. */
export function readPool(dir: string): { id: string; language: Lang; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => {
          const row = JSON.parse(l) as { id: string; lang: Lang; text: string };
          return { id: row.id, language: row.lang, text: row.text };
        }),
    );
}

const pct = (a: number, b: number) => (b === 0 ? '-' : `${Math.round((100 * a) / b)}%`);

function main(argv: string[]) {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const carryDir = arg('--carry');
  if (carryDir) {
    const judged = argv.flatMap((a, i) => (argv[i - 1] === '--judged' ? [a] : []));
    carry(carryDir, judged);
    return;
  }
  const scoreFile = arg('--score');
  if (scoreFile) {
    // The coverage of the engine that made the sample, saved beside it; a later engine's would mislead.
    const saved = join(dirname(scoreFile), 'coverage.json');
    const cover = existsSync(saved)
      ? new Map(Object.entries(JSON.parse(readFileSync(saved, 'utf8')) as Record<string, { flagged: number; offered: number }>))
      : coverage(flaggedSentences(readCorpus('validation.jsonl')));
    const judged = scoreJudged(readRows(scoreFile));
    if (argv.includes('--json')) {
      console.log(JSON.stringify({ judged: Object.fromEntries(judged), coverage: Object.fromEntries(cover) }, null, 2));
      return;
    }
    console.log('| language | rule | judged | pass all four | grammatical | faithful | fixes | sendable | flagged sentences with a suggestion |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const lang of ['all', ...LANGS]) {
      for (const rule of ['all', ...RULES]) {
        const c = judged.get(`${lang}|${rule}`);
        const v = cover.get(`${lang}|${rule}`);
        if (!c && !v) continue;
        const j = c ?? { judged: 0, passed: 0, grammatical: 0, faithful: 0, fixes: 0, sendable: 0 };
        console.log(
          `| ${lang} | ${rule} | ${j.judged} | ${j.passed} (${pct(j.passed, j.judged)}) | ${pct(j.grammatical, j.judged)} | ${pct(j.faithful, j.judged)} | ${pct(j.fixes, j.judged)} | ${pct(j.sendable, j.judged)} | ${v ? `${v.offered}/${v.flagged} (${pct(v.offered, v.flagged)})` : '-'} |`,
        );
      }
    }
    return;
  }
  const split = arg('--split') ?? 'validation';
  if (split !== 'validation' && split !== 'train' && split !== 'pool') throw new Error(`--split is train, validation or pool, not ${split}`);
  // --only REGEX keeps the passages whose id matches (one batch of the pool, say: --only '-r-').
  const only = arg('--only');
  const passages = (split === 'pool' ? readPool(join(REPO, 'data/review-pool')) : readCorpus(`${split}.jsonl`)).filter((p) => !only || new RegExp(only).test(p.id));
  // --ungated: every checked suggestion, also those the learned gate withholds, so that what it
  // withholds is judged too (each row carries the gate's score; scripts/gate/held-out.ts reads them).
  const sentences = flaggedSentences(passages, undefined, argv.includes('--candidates') ? 'all' : 'offered', argv.includes('--ungated') || argv.includes('--candidates') ? OPEN_GATE : undefined);
  const cover = coverage(sentences);
  const perLang = Number(arg('--per-lang') ?? 48);
  const seed = Number(arg('--seed') ?? 20261206);
  const out = arg('--out') ?? join(REPO, 'data/review', new Date().toISOString().slice(0, 10));
  // --round N samples only the passages of labelling round N: text no earlier review has shown.
  const round = arg('--round');
  const shown = argv.includes('--fresh') ? passagesShown(join(REPO, 'data/review'), out) : new Set<string>();
  const inRound = new Set(passages.filter((p) => (round === undefined || roundOf(p) === Number(round)) && !shown.has(p.id)).map((p) => p.id));
  const rows = sample(
    sentences.filter((s) => inRound.has(s.passageId)),
    perLang,
    seed,
  );
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'sample.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(join(out, 'sample.md'), markdown(rows));
  writeFileSync(join(out, 'coverage.json'), JSON.stringify(Object.fromEntries(cover), null, 1) + '\n');
  const all = cover.get('all|all');
  console.log(`${rows.length} suggestions sampled (${LANGS.map((l) => `${l} ${rows.filter((r) => r.lang === l).length}`).join(', ')}) -> ${out}`);
  console.log(`flagged sentences with a suggestion: ${all?.offered}/${all?.flagged}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
