/**
 * Builds the labelled corpus from what is committed under data/corpus/sources and data/corpus/passes:
 *
 *   sources/en-spamassassin.jsonl   passages mined from the SpamAssassin corpus (mine-spamassassin.ts)
 *   sources/written-<lang>.jsonl    passages written for the corpus, with their writer's labels
 *   passes/first/*.jsonl            the first labelling pass ({"id","labels","note"[,"skip"]})
 *   passes/second/*.jsonl           the second, independent pass
 *   passes/adjudicated.jsonl        the decision on every passage where the two passes disagree
 *
 * and writes data/corpus/{train,validation}.jsonl (a fixed, stratified split: a quarter for validation)
 * and data/corpus/agreement.json (Cohen's kappa per language and label). `npx tsx scripts/corpus/build.ts`.
 * With --disagreements FILE it writes the passages still waiting for adjudication instead.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, LABELS, sameText, type Label, type Passage } from '../scorer/corpus';

const LEXICONS = join(CORPUS_DIR, '../../lib/analysis/lexicons');
import { kindOf, roundOf, splitCorpus } from './split';

type Labels = Record<Label, boolean>;
interface Source {
  id: string;
  text: string;
  source: string;
  language?: string;
  labels?: Labels;
}
interface PassRow {
  id: string;
  labels: Labels;
  note?: string;
  skip?: boolean;
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

function readDir<T>(dir: string): T[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl<T>(join(dir, f)));
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const languageOf = (s: Source) => s.language ?? (s.id.startsWith('en') ? 'en' : s.id.slice(0, 2));
/**
 * The example tables' texts: a passage that repeats one ("This will never happen again, I promise.") is
 * not text the rules have never seen, so from round 3 on it is left out like a repeat.
 */
const TABLE_TEXTS = readdirSync(LEXICONS)
  .filter((f) => f.endsWith('.examples.ts'))
  .flatMap((f) => [...readFileSync(join(LEXICONS, f), 'utf8').matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => sameText(m[2].replace(/\\(.)/g, '$1'))))
  .filter((t) => t.length >= 8);
const inTables = (text: string) => TABLE_TEXTS.some((row) => row === text || (row.length >= 25 && text.includes(row)) || (text.length >= 25 && row.includes(text)));
const same = (a: Labels, b: Labels) => LABELS.every((l) => a[l] === b[l]);

export function kappa(a: boolean[], b: boolean[]): number {
  const n = a.length;
  if (n === 0) return NaN;
  const agree = a.filter((x, i) => x === b[i]).length / n;
  const pa = a.filter(Boolean).length / n;
  const pb = b.filter(Boolean).length / n;
  const chance = pa * pb + (1 - pa) * (1 - pb);
  return chance === 1 ? 1 : (agree - chance) / (1 - chance);
}

function main(): void {
  const args = process.argv.slice(2);
  const sources = readDir<Source>(join(CORPUS_DIR, 'sources'));
  // A written passage's first pass is its writer's labels.
  const first = byId<PassRow>([...readDir<PassRow>(join(CORPUS_DIR, 'passes/first')), ...sources.filter((s) => s.labels).map((s): PassRow => ({ id: s.id, labels: s.labels!, note: (s as { rationale?: string }).rationale }))]);
  const second = byId(readDir<PassRow>(join(CORPUS_DIR, 'passes/second')));
  const adjudicated = byId(readJsonl<PassRow>(join(CORPUS_DIR, 'passes/adjudicated.jsonl')));

  const kept: Passage[] = [];
  // Two writers may write the same stock line ("Apologies for any inconvenience."): one copy is kept, so
  // the same text can never be on both sides of the split.
  const seenText = new Set<string>();
  let duplicates = 0;
  const waiting: object[] = [];
  const agreement: Record<string, Record<string, number | string>> = {};
  const pairs = new Map<string, { a: Labels; b: Labels }[]>();
  let skipped = 0;
  for (const s of sources) {
    const a = first.get(s.id);
    const b = second.get(s.id);
    if (!a || !b) throw new Error(`${s.id}: missing a labelling pass`);
    const lang = languageOf(s);
    const group = `${lang}-${kindOf(s)}${roundOf(s) > 1 ? `-round${roundOf(s)}` : ''}`;
    pairs.set(group, [...(pairs.get(group) ?? []), { a: a.labels, b: b.labels }]);
    // Not prose a person wrote, said either labeller: not in the corpus.
    if (a.skip || b.skip) {
      skipped++;
      continue;
    }
    let labels = a.labels;
    if (!same(a.labels, b.labels)) {
      const decided = adjudicated.get(s.id);
      if (!decided) {
        waiting.push({ id: s.id, language: lang, text: s.text, first: { labels: a.labels, note: a.note }, second: { labels: b.labels, note: b.note } });
        continue;
      }
      labels = decided.labels;
    }
    kept.push({ id: s.id, language: lang as Passage['language'], text: s.text, labels: Object.fromEntries(LABELS.map((l) => [l, labels[l]])) as Labels, source: s.source });
  }

  // The copy from the earliest round stays: a later round never changes an earlier round's passages.
  // Rounds 1 and 2 were split before this check existed and are kept as they were (their one repeated
  // line sits on one side of the split); from round 3 on, a repeat is dropped.
  const unique: Passage[] = [];
  for (const p of [...kept].sort((a, b) => roundOf(a) - roundOf(b) || a.id.localeCompare(b.id))) {
    const key = sameText(p.text);
    if (roundOf(p) >= 3 && (seenText.has(key) || inTables(key))) {
      duplicates++;
      continue;
    }
    seenText.add(key);
    unique.push(p);
  }

  const disagreements = args.indexOf('--disagreements');
  if (disagreements >= 0) {
    writeFileSync(args[disagreements + 1], waiting.map((w) => JSON.stringify(w)).join('\n') + '\n');
    console.error(`${waiting.length} passages wait for adjudication`);
    return;
  }
  if (waiting.length) throw new Error(`${waiting.length} disagreements are not adjudicated yet (--disagreements FILE lists them)`);

  for (const [group, rows] of [...pairs].sort()) {
    agreement[group] = { passages: rows.length };
    for (const l of LABELS) agreement[group][l] = Number(kappa(rows.map((r) => r.a[l]), rows.map((r) => r.b[l])).toFixed(3));
  }

  const { train, validation } = splitCorpus(unique);
  const write = (name: string, rows: Passage[]) => writeFileSync(join(CORPUS_DIR, name), rows.map((p) => JSON.stringify(p)).join('\n') + '\n');
  write('train.jsonl', train);
  write('validation.jsonl', validation);
  writeFileSync(join(CORPUS_DIR, 'agreement.json'), JSON.stringify(agreement, null, 1) + '\n');
  console.error(`${unique.length} passages (${skipped} skipped as not prose, ${duplicates} repeating an earlier one or an example table): ${train.length} train, ${validation.length} validation`);
}

main();
