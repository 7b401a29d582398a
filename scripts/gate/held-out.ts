/**
 * The committed gate judged on the rounds it never saw (HELD_OUT in ./train.ts):
 *
 *   npm run train:gate -- --held-out   (or: npx tsx scripts/gate/held-out.ts)
 *
 * For each held-out round, per language: the judged suggestions, how many an editor passed, how many
 * the gate keeps and how many of those pass, and how many of those it withholds would have passed.
 * Where the round kept the engine's offered sample beside the all-kinds one (offered.jsonl), the
 * figures are also given for the suggestions the card offered before the gate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultRewriteGate } from '../../lib/analysis/rewrite-gate/default';
import type { RewriteGate } from '../../lib/analysis/rewrite-gate/gate';
import { HELD_OUT, auc, readJudged } from './train';

const here = dirname(fileURLToPath(import.meta.url));
const REVIEW = join(here, '../../data/review');
const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '-');

export function heldOutTable(gate: RewriteGate = defaultRewriteGate()): string {
  const out: string[] = [];
  const judged = readJudged(REVIEW, []);
  for (const round of HELD_OUT) {
    if (!existsSync(join(REVIEW, round, 'judged.jsonl'))) {
      out.push(`### ${round}`, '', 'Not judged yet.', '');
      continue;
    }
    const rows = judged.filter((r) => r.round === round);
    const offeredFile = join(REVIEW, round, 'offered.jsonl');
    const offered = existsSync(offeredFile)
      ? new Set(
          readFileSync(offeredFile, 'utf8')
            .split('\n')
            .filter((l) => l.trim())
            .map((l) => {
              const r = JSON.parse(l);
              return JSON.stringify([r.passage, r.sentence, r.rewritten]);
            }),
        )
      : null;

    const sets: [string, typeof rows][] = [[offered ? 'every kind of rewrite (the all-kinds sample)' : 'every suggestion judged (sampled with the gate open)', rows]];
    if (offered) sets.push(['the kinds the card offered before the gate', rows.filter((r) => offered.has(JSON.stringify([r.passage, r.sentence, r.rewritten])))]);
    for (const [name, set] of sets) {
      const scores = set.map((r) => gate.score(r));
      out.push(`### ${round}: ${name}`, '', `AUC ${auc(scores, set.map((r) => r.passed)).toFixed(3)}`, '', '| lang | judged | passed | kept by the gate | kept passing | withheld | withheld passing |', '|---|---|---|---|---|---|---|');
      for (const lang of ['all', 'en', 'ru', 'uk', 'pl', 'lv']) {
        const idx = set.map((r, i) => (lang === 'all' || r.lang === lang ? i : -1)).filter((i) => i >= 0);
        const kept = idx.filter((i) => gate.passes(set[i]));
        const withheld = idx.filter((i) => !gate.passes(set[i]));
        const pass = (ids: number[]) => ids.filter((i) => set[i].passed).length;
        out.push(`| ${lang} | ${idx.length} | ${pass(idx)} (${pct(pass(idx), idx.length)}) | ${kept.length} (${pct(kept.length, idx.length)}) | ${pass(kept)} (${pct(pass(kept), kept.length)}) | ${withheld.length} | ${pass(withheld)} |`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(heldOutTable());
