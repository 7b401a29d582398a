/**
 * Trains the rewrite gate from the blind review's judged rows and writes its weights and model card:
 *
 *   npm run train:gate             # lib/analysis/rewrite-gate/weights.ts and MODEL.md
 *   npm run train:gate -- --check  # train and compare with the committed weights, write nothing
 *   npm run train:gate -- --held-out  # the committed gate on the held-out rounds (scripts/gate/held-out.ts)
 *
 * Every data/review/<round>/judged.jsonl is read except the rounds in HELD_OUT, which judge the gate
 * itself and are never trained or tuned on. A row is positive when the editor answered yes to all four
 * questions. The same passage and rewrite judged in several rounds counts once (the latest judgement).
 * Each language's cut is chosen by five-fold cross-validation on the training rows alone. Deterministic:
 * a fixed seed, the same weights.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gateFeatureIds, type GateInput } from '../../lib/analysis/rewrite-gate/features';
import { learnedGate, type GateModelFile } from '../../lib/analysis/rewrite-gate/gate';
import { encodeBase64 } from '../../lib/analysis/scorer/model';
import { LANGS } from '../../lib/dates/types';
import type { Lang } from '../../lib/analysis/types';
import { mulberry32 } from '../corpus/random';
import { dequantise, quantise, sentenceScores, train, type Instance, type Settings } from '../scorer/learn';

const here = dirname(fileURLToPath(import.meta.url));
const REVIEW = join(here, '../../data/review');
const OUT_WEIGHTS = join(here, '../../lib/analysis/rewrite-gate/weights.ts');
const OUT_CARD = join(here, '../../lib/analysis/rewrite-gate/MODEL.md');

/** Rounds that judge the gate: judged on text written before the gate was built, never trained on. */
export const HELD_OUT: readonly string[] = ['2026-12-07-pool54'];

export const GATE_SETTINGS: Settings = { dims: 1 << 16, epochs: 8, l2: 1e-4, rate: 0.1, positiveWeight: 1, seed: 20261207 };
const FOLDS = 5;
/**
 * The least share of suggestions the gate withholds, chosen out of fold: the lowest-scoring third. At
 * that cut the training rows' out-of-fold pass rate rises by about ten points (MODEL.md).
 */
export const WITHHELD_SHARE = 1 / 3;
/**
 * Above that floor, each language's cut rises until the suggestions it keeps from the latest rounds
 * pass at the issue's bar out of fold. The latest rounds judged the engine closest to today's; the
 * older ones judged rewrites since mended or withdrawn, so their pass rate says little of today's.
 */
export const TARGET_PASS = 0.9;
export const RECENT_ROUNDS = 5;
/**
 * No language's cut withholds more than this share of its latest rounds' suggestions. Where a language
 * cannot reach the bar within it, its cut stays at the floor: the gate ranks too weakly (AUC about 0.75)
 * to buy the last points, and the best rate within the bound cost half of a language's suggestions for
 * two or three points (pool33-37: English 85% at the floor, 88% keeping 44%).
 */
export const MOST_WITHHELD = 0.5;

const QUESTIONS = ['grammatical', 'faithful', 'fixes', 'sendable'] as const;

export interface JudgedRow extends GateInput {
  id: string;
  round: string;
  /** The writer's whole text the sentence comes from. */
  passage: string;
  passed: boolean;
}

/** The judged rows of every round but the held-out ones, the latest judgement of each passage and rewrite. */
/**
 * Rounds in the order they were judged: by date, then by number ("pool9" before "pool28"). A plain
 * string sort put pool28 before pool6, so an older judgement of a repeated row overrode a newer one.
 */
export function byRoundOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export function readJudged(dir = REVIEW, heldOut: readonly string[] = HELD_OUT): JudgedRow[] {
  const latest = new Map<string, JudgedRow>();
  const rounds = readdirSync(dir)
    .filter((r) => existsSync(join(dir, r, 'judged.jsonl')) && !heldOut.includes(r))
    .sort(byRoundOrder);
  for (const round of rounds) {
    for (const line of readFileSync(join(dir, round, 'judged.jsonl'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line);
      const j = r.judgement;
      if (!j || !QUESTIONS.every((q) => typeof j[q] === 'boolean')) continue;
      const passageId = String(r.id).split('#')[0];
      latest.set(JSON.stringify([passageId, r.rewritten]), {
        id: r.id,
        round,
        passage: r.passage,
        lang: r.lang as Lang,
        rules: r.rules ?? [r.rule],
        sentence: r.sentence,
        rewritten: r.rewritten,
        passed: QUESTIONS.every((q) => j[q]),
      });
    }
  }
  return [...latest.values()];
}

const sigmoidInverse = (p: number) => Math.log(p / (1 - p));

/** Area under the ROC curve: the chance a passed row scores above a failed one. */
export function auc(scores: ArrayLike<number>, truth: readonly boolean[]): number {
  const order = Array.from(scores, (s, i) => ({ s, t: truth[i] })).sort((a, b) => a.s - b.s);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j].s === order[i].s) j++;
    const mid = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (order[k].t) (rankSum += mid), positives++;
    i = j;
  }
  const negatives = order.length - positives;
  return positives && negatives ? (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives) : NaN;
}

function instancesOf(rows: readonly JudgedRow[], s: Settings): Instance[] {
  const none = new Set<string>();
  return rows.map((r, i) => ({ ids: gateFeatureIds(r, s.dims), passage: i, fired: none, closed: none }));
}

/** Trained weights quantised as they ship, so out-of-fold scores are what the engine would compute. */
function fit(instances: readonly Instance[], rows: readonly JudgedRow[], s: Settings): { w: Float32Array; bytes: Int8Array; scale: number } {
  const q = quantise(train(instances, (i) => rows[i].passed, s));
  return { w: dequantise(q), ...q };
}

export function crossValidate(rows: readonly JudgedRow[], s: Settings): Float32Array {
  const instances = instancesOf(rows, s);
  const random = mulberry32(s.seed);
  // Folds by passage, so a passage judged with two rewrites never sits on both sides.
  const foldOfPassage = new Map<string, number>();
  const fold = rows.map((r) => {
    const passage = r.id.split('#')[0];
    if (!foldOfPassage.has(passage)) foldOfPassage.set(passage, Math.floor(random() * FOLDS));
    return foldOfPassage.get(passage)!;
  });
  const oof = new Float32Array(rows.length);
  for (let k = 0; k < FOLDS; k++) {
    const inFold = instances.filter((_, i) => fold[i] !== k);
    // Passage numbers index `rows`, so the label function sees the right row in every fold.
    const { w } = fit(inFold, rows, s);
    const held = instances.map((x, i) => ({ x, i })).filter(({ i }) => fold[i] === k);
    const scores = sentenceScores(
      held.map(({ x }) => x),
      w,
    );
    held.forEach(({ i }, j) => (oof[i] = scores[j]));
  }
  return oof;
}

/** The score below which `share` of the rows fall. */
export function quantileCut(scores: ArrayLike<number>, share: number): number {
  const sorted = Float32Array.from(scores).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '-');

/** The rounds whose suggestions set the languages' cuts: the latest RECENT_ROUNDS. */
export function recentRounds(rows: readonly JudgedRow[]): Set<string> {
  return new Set([...new Set(rows.map((r) => r.round))].sort(byRoundOrder).slice(-RECENT_ROUNDS));
}

/**
 * Each language's cut: the lowest, from the floor up, at which the language's suggestions in the latest
 * rounds that reach it pass at TARGET_PASS out of fold, withholding at most MOST_WITHHELD of them; where
 * none does, the floor.
 */
export function languageCuts(rows: readonly JudgedRow[], oof: ArrayLike<number>, floor: number): Record<Lang, number> {
  const recent = recentRounds(rows);
  const cuts = {} as Record<Lang, number>;
  for (const lang of LANGS) {
    const idx = rows.map((r, i) => (r.lang === lang && recent.has(r.round) ? i : -1)).filter((i) => i >= 0);
    const candidates = [floor, ...new Set(idx.map((i) => oof[i]).filter((s) => s > floor))].sort((a, b) => a - b);
    cuts[lang] = floor;
    for (const cut of candidates) {
      const kept = idx.filter((i) => oof[i] >= cut);
      if (kept.length < (1 - MOST_WITHHELD) * idx.length) break;
      if (kept.filter((i) => rows[i].passed).length >= TARGET_PASS * kept.length) {
        cuts[lang] = cut;
        break;
      }
    }
  }
  return cuts;
}

function card(rows: readonly JudgedRow[], oof: Float32Array, file: GateModelFile, floor: number, seconds: number, heldOut: string): string {
  const truth = rows.map((r) => r.passed);
  const offered = (i: number) => oof[i] >= file.cuts[rows[i].lang];
  const pass = (ids: number[]) => ids.filter((i) => truth[i]).length;
  const recent = recentRounds(rows);
  const rounds = [...new Set(rows.map((r) => r.round))].sort(byRoundOrder);
  const byLang = LANGS.map((lang) => {
    const idx = rows.map((r, i) => (r.lang === lang ? i : -1)).filter((i) => i >= 0);
    const kept = idx.filter(offered);
    const latest = idx.filter((i) => recent.has(rows[i].round));
    const latestKept = latest.filter(offered);
    const atFloor = latest.filter((i) => oof[i] >= floor);
    return `| ${lang} | ${file.cuts[lang].toFixed(3)} | ${idx.length} | ${pct(pass(idx), idx.length)} | ${auc(
      idx.map((i) => oof[i]),
      idx.map((i) => truth[i]),
    ).toFixed(3)} | ${pct(kept.length, idx.length)} | ${pct(pass(kept), kept.length)} | ${latest.length} | ${pct(pass(atFloor), atFloor.length)} | ${pct(latestKept.length, latest.length)} | ${pct(pass(latestKept), latestKept.length)} |`;
  });
  const shares = [0, 0.2, WITHHELD_SHARE, 0.5].map((share) => {
    const cut = quantileCut(oof, share);
    const kept = rows.map((_, i) => i).filter((i) => oof[i] >= cut);
    return `| ${Math.round(share * 100)}% | ${cut.toFixed(3)} | ${kept.length} | ${pct(kept.filter((i) => truth[i]).length, kept.length)} |`;
  });
  // The latest rounds judged the engine closest to today's: what the cut does to its suggestions.
  const latestRounds = rounds.slice(-RECENT_ROUNDS).map((round) => {
    const idx = rows.map((r, i) => (r.round === round ? i : -1)).filter((i) => i >= 0);
    const kept = idx.filter(offered);
    const dropped = idx.filter((i) => !offered(i));
    return `| ${round} | ${idx.length} | ${pct(pass(idx), idx.length)} | ${kept.length} (${pct(kept.length, idx.length)}) | ${pct(pass(kept), kept.length)} | ${pct(pass(dropped), dropped.length)} |`;
  });
  return `# Rewrite gate: model card

Written by \`npm run train:gate\` (scripts/gate/train.ts); do not edit by hand.

**What it does.** The engine builds a rewrite for a flagged sentence and checks it (analysed again, no
hedge left, no broken splice: \`lib/analysis/analyze.ts\`). The gate then scores how likely a blind
editor is to pass the suggestion on all four review questions (grammatical, faithful, fixes what was
flagged, sendable as it is). Below the cut, the card explains without a rewrite. The rules keep the
rewrite itself; the gate only decides whether it is offered.

**Data.** ${rows.length} judged suggestions (${truth.filter(Boolean).length} passed all four, ${pct(truth.filter(Boolean).length, rows.length)}) from
${rounds.length} review rounds in \`data/review/\` (${rounds[0]} … ${rounds[rounds.length - 1]}), each judged by reviewers
who never read the code. The same passage and rewrite judged twice counts once. Held out, never trained
or tuned on: ${HELD_OUT.join(', ')} (judged on client mail written before these weights were trained).
Older rounds judged an older engine, so the pass rate of the data is below today's.

**Model.** Logistic regression over ${file.dims.toLocaleString('en')} hashed buckets (AdaGrad, ${GATE_SETTINGS.epochs} epochs, rate
${GATE_SETTINGS.rate}, L2 ${GATE_SETTINGS.l2}, seed ${GATE_SETTINGS.seed}), weights one signed byte each
(${file.weights.length.toLocaleString('en')} characters of base64). Features (\`features.ts\`): language and rules; for each edit
between the sentence and the rewrite, the words cut and added, the kind of edit and its neighbours
(where a date lands); the rewritten sentence's words and word pairs; length and punctuation. Training
took ${seconds.toFixed(1)} s.

**Cuts.** Five-fold cross-validation on the training rows (folds by passage), weights quantised as
shipped: AUC ${auc(oof, truth).toFixed(3)}. Every language withholds at least the lowest-scoring ${Math.round(WITHHELD_SHARE * 100)}% of all rows out
of fold (probability ${floor.toFixed(3)}). Above that floor, each language's cut is the lowest at which its
suggestions in the latest ${RECENT_ROUNDS} rounds pass at ${Math.round(TARGET_PASS * 100)}% out of fold, withholding at most
${Math.round(MOST_WITHHELD * 100)}% of them; where none does, the floor.
The issue's bar is a pass rate in every language, and the same score passes more often in some
languages than in others.

| withheld (lowest share) | cut | kept | kept rows passing |
|---|---|---|---|
${shares.join('\n')}

Per language at its cut (out of fold; "latest" are the latest ${RECENT_ROUNDS} rounds' rows, which set the cut):

| language | cut | rows | pass | AUC | kept | kept passing | latest rows | latest passing at the floor | latest kept | latest kept passing |
|---|---|---|---|---|---|---|---|---|---|---|
${byLang.join('\n')}

The latest rounds (out of fold, at each language's cut):

| round | rows | pass | kept | kept passing | withheld passing |
|---|---|---|---|---|---|
${latestRounds.join('\n')}

**On the held-out rounds** (judged on text written before these weights were trained; never trained or tuned
on): the suggestions editors judged, and what the gate keeps of them.

${heldOut.replace(/^### /gm, '#### ')}
**Limits.**
- It learns from a few thousand judged rows: AUC about 0.7 means it ranks, it does not know. It
  withholds some good suggestions and lets some bad ones through.
- It reads the sentence and the rewrite, not the passage around them: a date that clashes with a time
  in the next sentence is invisible to it.
- The review pool's passages are written client mail, not real mail.
- Retrain when new rounds are judged (\`npm run train:gate\`), and judge it on a batch it never saw.
`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--held-out')) {
    void import('./held-out').then((m) => console.log(m.heldOutTable()));
    return;
  }
  const started = performance.now();
  const rows = readJudged();
  const oof = crossValidate(rows, GATE_SETTINGS);
  const floor = quantileCut(oof, WITHHELD_SHARE);
  const cuts = languageCuts(rows, oof, floor);
  const { bytes, scale } = fit(instancesOf(rows, GATE_SETTINGS), rows, GATE_SETTINGS);
  const file: GateModelFile = { version: 2, dims: GATE_SETTINGS.dims, scale, cuts, weights: encodeBase64(new Uint8Array(bytes.buffer)) };
  const seconds = (performance.now() - started) / 1000;
  const truth = rows.map((r) => r.passed);
  console.log(`${rows.length} judged rows, ${truth.filter(Boolean).length} passed; out-of-fold AUC ${auc(oof, truth).toFixed(3)}; floor ${floor.toFixed(4)} (logit ${sigmoidInverse(floor).toFixed(3)}); cuts ${LANGS.map((l) => `${l} ${cuts[l].toFixed(3)}`).join(', ')}; ${seconds.toFixed(1)} s`);
  const source = `// Written by scripts/gate/train.ts (npm run train:gate); see MODEL.md beside it. Do not edit.\nimport type { GateModelFile } from './types';\n\nexport const GATE_MODEL: GateModelFile = ${JSON.stringify(file)};\n`;
  if (args.includes('--check')) {
    const same = existsSync(OUT_WEIGHTS) && readFileSync(OUT_WEIGHTS, 'utf8') === source;
    console.log(same ? 'the committed gate weights are what training gives' : 'the committed gate weights differ from what training gives');
    process.exit(same ? 0 : 1);
  }
  const { heldOutTable } = await import('./held-out');
  writeFileSync(OUT_WEIGHTS, source);
  writeFileSync(OUT_CARD, card(rows, oof, file, floor, seconds, heldOutTable(learnedGate(file))));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
