import { readFileSync } from 'node:fs';
import { analyze, compromiseParser, defaultRewriteGate, defaultScorer } from '../analysis';
import { explain as explainFindings, type Explanation } from '../analysis/explain';
import type { AnalyzeOptions, AnalyzeResult, Lang } from '../analysis';
import { LANGS } from '../dates/types';

const USAGE = `usage: candor analyze [options] [FILE…]

Reads each FILE (or standard input) and reports excuses, vague promises and commitments without a date.

options:
  --json          print the analysis as JSON (one object per file)
  --explain       with each finding, the rule's evidence in its sentence, the scorer's score and
                  the rewrite gate's (whether the sentence's checked rewrite is offered)
  --jsonl         batch mode: each stdin line {"id","text"[,"lang","now"]} gives one output line
  --now ISO       the reference time for dates (default: now)
  --tz ZONE       IANA time zone (default: this machine's)
  --lang LANG     en, ru, uk, pl, lv or auto (default: auto, per paragraph)
  -h, --help      this text

exit status: 0 nothing found, 1 findings, 2 bad usage or unreadable input
(--jsonl: 0 once every line is answered, 2 on bad usage)`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => string;
  readFile: (path: string) => string;
}

export const nodeIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readFileSync(0, 'utf8'),
  readFile: (p) => readFileSync(p, 'utf8'),
};

interface Parsed {
  files: string[];
  json: boolean;
  jsonl: boolean;
  explain: boolean;
  options: AnalyzeOptions;
}

function parse(args: string[]): Parsed | string {
  const out: Parsed = { files: [], json: false, jsonl: false, explain: false, options: {} };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--json') out.json = true;
      else if (a === '--jsonl') out.jsonl = true;
      else if (a === '--explain') out.explain = true;
      else if (a === '--now') {
        const v = value();
        if (Number.isNaN(new Date(v).getTime())) return `--now: not a date: ${v}`;
        out.options.now = v;
      } else if (a === '--tz') {
        const v = value();
        try {
          new Intl.DateTimeFormat('en', { timeZone: v });
        } catch {
          return `--tz: unknown time zone: ${v}`;
        }
        out.options.timeZone = v;
      } else if (a === '--lang') {
        const v = value();
        if (v !== 'auto' && !LANGS.includes(v as Lang)) return `--lang: expected one of ${LANGS.join(', ')} or auto, got ${v}`;
        out.options.lang = v as Lang | 'auto';
      } else if (a === '-') out.files.push('-');
      else if (a.startsWith('-')) return `unknown option: ${a}`;
      else out.files.push(a);
    } catch (e) {
      return (e as Error).message;
    }
  }
  return out;
}

/** Offsets to 1-based line:column, computed once per text. */
function lineIndex(text: string): (offset: number) => string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return `${lo + 1}:${offset - starts[lo] + 1}`;
  };
}

/** "cause \"laptop died\", apology \"Sorry\"; scorer 0.93, kept the rule's finding". */
function explanationLine(x: Explanation): string {
  const evidence = x.evidence.length ? x.evidence.map((e) => `${e.part} "${e.text.replace(/\s+/g, ' ')}"`).join(', ') : 'no rule matched';
  const score = x.score === undefined ? 'rules alone' : `scorer ${x.score.toFixed(2)}, ${x.by === 'scorer' ? 'added by the scorer' : "kept the rule's finding"}`;
  const rewrite = x.rewrite
    ? `; rewrite ${x.rewrite.offered ? 'offered' : 'withheld'}: editors' pass ${x.rewrite.score.toFixed(2)} (cut ${x.rewrite.cut.toFixed(2)})`
    : '';
  return `${evidence}; ${score}${rewrite}`;
}

function human(name: string, text: string, r: AnalyzeResult, explanations?: Explanation[]): string {
  const at = lineIndex(text);
  const lines = r.findings.map((f, i) => {
    const s = f.suggestions[0];
    const suggestion = s ? `\n    suggestion: ${s.text}${s.placeholder ? `  (date proposed: ${s.placeholder.proposed})` : ''}` : '';
    const why = explanations ? `\n    why: ${explanationLine(explanations[i])}` : '';
    return `${name}:${at(f.start)}  ${f.rule}  "${f.text.replace(/\s+/g, ' ')}"\n    ${f.message}${suggestion}${why}`;
  });
  const summary = `${name}: ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}, ${r.dates.length} date${r.dates.length === 1 ? '' : 's'} (${r.lang})`;
  return [...lines, summary].join('\n') + '\n';
}

// A batch is a data pipeline: it succeeds when every line got an answer, whatever was found.
/** Each finding's explanation, read with the scorer and the rewrite gate `analyze` used. */
const explanationsOf = (text: string, r: AnalyzeResult, options: AnalyzeOptions): Explanation[] =>
  explainFindings(text, r.findings, { rewriteGate: defaultRewriteGate(), scorer: defaultScorer(), ...options, english: compromiseParser });

/** The result as JSON, each finding carrying its explanation when there is one. */
function withExplanations(r: AnalyzeResult, explanations: readonly Explanation[] | undefined): AnalyzeResult {
  return explanations ? { ...r, findings: r.findings.map((f, i) => ({ ...f, explanation: explanations[i] })) } : r;
}

function batch(io: Io, base: AnalyzeOptions, explain: boolean): number {
  const input = io.readStdin();
  for (const line of input.split('\n')) {
    if (!line.trim()) continue;
    let row: { id?: unknown; text?: unknown; lang?: unknown; now?: unknown };
    try {
      row = JSON.parse(line);
    } catch (e) {
      io.stdout(JSON.stringify({ id: null, error: `not JSON: ${(e as Error).message}` }) + '\n');
      continue;
    }
    if (typeof row !== 'object' || row === null || typeof row.text !== 'string') {
      const id = row && typeof row === 'object' && 'id' in row ? row.id : null;
      io.stdout(JSON.stringify({ id: id ?? null, error: 'each line needs a string "text"' }) + '\n');
      continue;
    }
    const options: AnalyzeOptions = { ...base };
    if (typeof row.lang === 'string') {
      if (row.lang !== 'auto' && !LANGS.includes(row.lang as Lang)) {
        io.stdout(JSON.stringify({ id: row.id ?? null, error: `unknown lang: ${row.lang}` }) + '\n');
        continue;
      }
      options.lang = row.lang as Lang | 'auto';
    }
    if (typeof row.now === 'string' || typeof row.now === 'number') options.now = row.now;
    const analysed = analyze(row.text, options);
    const r = withExplanations(analysed, explain ? explanationsOf(row.text, analysed, options) : undefined);
    io.stdout(JSON.stringify({ id: row.id ?? null, lang: r.lang, findings: r.findings, dates: r.dates }) + '\n');
  }
  return 0;
}

export function main(argv: string[], io: Io = nodeIo): number {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help' || rest.includes('-h') || rest.includes('--help')) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (command !== 'analyze') {
    io.stderr(`${command ? `unknown command: ${command}` : 'no command given'}\n${USAGE}\n`);
    return 2;
  }
  const parsed = parse(rest);
  if (typeof parsed === 'string') {
    io.stderr(`candor: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.jsonl) {
    if (parsed.files.length) {
      io.stderr('candor: --jsonl reads standard input only\n');
      return 2;
    }
    return batch(io, parsed.options, parsed.explain);
  }
  const sources = parsed.files.length ? parsed.files : ['-'];
  let found = 0;
  let failed = false;
  for (const name of sources) {
    let text: string;
    try {
      text = name === '-' ? io.readStdin() : io.readFile(name);
    } catch (e) {
      io.stderr(`candor: cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      failed = true;
      continue;
    }
    const r = analyze(text, parsed.options);
    found += r.findings.length;
    // Explaining analyses the draft again (the rewrites before the gate's say): once per file.
    const explanations = parsed.explain ? explanationsOf(text, r, parsed.options) : undefined;
    io.stdout(parsed.json ? JSON.stringify(withExplanations(r, explanations)) + '\n' : human(name === '-' ? '<stdin>' : name, text, r, explanations));
  }
  if (failed) return 2;
  return found > 0 ? 1 : 0;
}
