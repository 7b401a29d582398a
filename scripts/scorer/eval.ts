/**
 * Scores the engine on the validation split, per language and label, beside the rules alone:
 *
 *   npm run eval                      # data/corpus/validation.jsonl
 *   npm run eval -- --file other.jsonl [--json]
 *
 * It prints figures only, never the passages it got wrong: the validation split is for judging a
 * change, not for tuning one (tune on the training split: `npm run train` cross-validates there).
 */
import { analyze, RULES_ONLY } from '../../lib/analysis/index';
import type { AnalyzeResult } from '../../lib/analysis/types';
import { CORPUS_NOW, CORPUS_TZ, LABELS, RULE_OF, readCorpus, type Label, type Passage } from './corpus';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const answers = (r: AnalyzeResult): Record<Label, boolean> => ({
  excuse: r.findings.some((f) => f.rule === RULE_OF.excuse),
  vague_promise: r.findings.some((f) => f.rule === RULE_OF.vague_promise),
  commitment_without_date: r.findings.some((f) => f.rule === RULE_OF.commitment_without_date),
  has_concrete_date: r.dates.length > 0,
  over_promise: r.findings.some((f) => f.rule === RULE_OF.over_promise),
});

/** The groups a passage is counted in: all, its language, and for English whether it is real mail. */
function groupsOf(p: Passage): string[] {
  const groups = ['all', p.language];
  if (p.language === 'en') groups.push(p.source.startsWith('spamassassin') ? 'en-real' : 'en-written');
  return groups;
}

export function evaluate(passages: readonly Passage[]) {
  const table = new Map<string, { model: Counts; rules: Counts; n: number }>();
  const cell = (group: string, label: Label) => {
    const key = `${group}|${label}`;
    let c = table.get(key);
    if (!c) table.set(key, (c = { model: { tp: 0, fp: 0, fn: 0 }, rules: { tp: 0, fp: 0, fn: 0 }, n: 0 }));
    return c;
  };
  const add = (c: Counts, got: boolean, want: boolean) => {
    if (got && want) c.tp++;
    else if (got) c.fp++;
    else if (want) c.fn++;
  };
  for (const p of passages) {
    const options = { now: CORPUS_NOW, timeZone: CORPUS_TZ };
    const model = answers(analyze(p.text, options));
    const rules = answers(analyze(p.text, { ...options, scorer: RULES_ONLY }));
    for (const group of groupsOf(p)) {
      for (const label of LABELS) {
        const c = cell(group, label);
        add(c.model, model[label], p.labels[label]);
        add(c.rules, rules[label], p.labels[label]);
        if (p.labels[label]) c.n++;
      }
    }
  }
  return table;
}

export const prf = (c: Counts) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

function main(): void {
  const args = process.argv.slice(2);
  const file = args.includes('--file') ? args[args.indexOf('--file') + 1] : 'validation.jsonl';
  const passages = readCorpus(file);
  const table = evaluate(passages);
  if (args.includes('--json')) {
    console.log(JSON.stringify(Object.fromEntries([...table].map(([k, v]) => [k, { ...v, model: { ...v.model, ...prf(v.model) }, rules: { ...v.rules, ...prf(v.rules) } }])), null, 1));
    return;
  }
  const groups = [...new Set([...table.keys()].map((k) => k.split('|')[0]))];
  const order = ['all', 'en', 'en-real', 'en-written', 'ru', 'uk', 'pl', 'lv'];
  groups.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const f = (x: number) => x.toFixed(2);
  console.log(`${passages.length} passages from ${file}: P / R / F1 (tp/fp/fn), engine with the scorer beside the rules alone\n`);
  console.log('| group | label | n | engine | rules alone |');
  console.log('|---|---|---|---|---|');
  for (const g of groups) {
    for (const label of LABELS) {
      const c = table.get(`${g}|${label}`)!;
      const m = prf(c.model);
      const r = prf(c.rules);
      console.log(`| ${g} | ${label} | ${c.n} | ${f(m.p)} / ${f(m.r)} / ${f(m.f1)} (${c.model.tp}/${c.model.fp}/${c.model.fn}) | ${f(r.p)} / ${f(r.r)} / ${f(r.f1)} |`);
    }
  }
}

main();
