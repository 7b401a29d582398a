import { describe, expect, it } from 'vitest';
import { main, type Io } from './main';
import { analyze, defaultRewriteGate, OPEN_GATE } from '../analysis';
import { sentenceAfter } from '../analysis/sentence-after';

function io(stdin = '', files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const fake: Io = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readStdin: () => stdin,
    readFile: (p) => {
      if (!(p in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return files[p];
    },
  };
  return { fake, out: () => out.join(''), err: () => err.join('') };
}

const NOW = ['--now', '2026-11-19T10:00:00+02:00', '--tz', 'Europe/Riga'];

describe('candor analyze', () => {
  it('reports findings with line:column, message and suggestion, and exits 1', () => {
    const t = io('', { 'draft.txt': "Hi Anna,\n\nI'll send the mockups." });
    const code = main(['analyze', ...NOW, 'draft.txt'], t.fake);
    expect(code).toBe(1);
    expect(t.out()).toContain("draft.txt:3:1  missing-date  \"I'll send the mockups\"");
    expect(t.out()).toContain("suggestion: I'll send the mockups by Monday, 23 November.");
  });

  it('explains each finding with --explain: the rule\'s evidence and the scorer\'s score', () => {
    const t = io('', { 'draft.txt': 'Sorry for the late reply, my laptop died.' });
    main(['analyze', '--explain', ...NOW, 'draft.txt'], t.fake);
    expect(t.out()).toMatch(/why: cause "laptop died", slip "late reply", apology "Sorry"; scorer 0\.\d\d, kept the rule.s finding/);
  });

  it('says with --explain whether the sentence\'s checked rewrite is offered, and the rewrite gate\'s score against its cut', () => {
    // Sentences whose checked rewrite the gate scores high and low: what the CLI prints must be the gate's own answer.
    const drafts = ["I'll try to send the mockups soon.", "I'll go through Search Console and see what's behind the drop.", 'will confirm soon x', "I'll have the intro remixed by the end of the week, maybe sooner."];
    const gate = defaultRewriteGate();
    const statuses = drafts.map((text, k) => {
      const open = analyze(text, { now: '2026-11-19T10:00:00+02:00', timeZone: 'Europe/Riga', rewriteGate: OPEN_GATE });
      const f = open.findings.find((x) => x.suggestions.length)!;
      const rules = [...new Set(open.findings.filter((x) => x.sentence.start === f.sentence.start).map((x) => x.rule))];
      const score = gate.score({ lang: f.lang, rules, sentence: text.slice(f.sentence.start, f.sentence.end), rewritten: sentenceAfter(text, f.sentence, f.suggestions[0]) });
      const t = io('', { [`d${k}.txt`]: text });
      main(['analyze', '--explain', ...NOW, `d${k}.txt`], t.fake);
      const status = score >= gate.cutFor(f.lang) ? 'offered' : 'withheld';
      expect(t.out()).toContain(`rewrite ${status}: editors' pass ${score.toFixed(2)} (cut ${gate.cutFor(f.lang).toFixed(2)})`);
      // A withheld rewrite is not printed as a suggestion.
      expect(t.out().includes('suggestion:')).toBe(status === 'offered');
      return status;
    });
    expect(statuses).toContain('offered');
    expect(statuses).toContain('withheld');
  });

  it('adds the explanation to each finding in --json and --jsonl with --explain', () => {
    const t = io(JSON.stringify({ id: 'a', text: "I'll try to send it ASAP." }) + '\n');
    main(['analyze', '--jsonl', '--explain', ...NOW], t.fake);
    const r = JSON.parse(t.out());
    const hedge = r.findings.find((f: { rule: string }) => f.rule === 'vague-promise');
    expect(hedge.explanation.evidence).toContainEqual({ part: 'hedge (self)', text: "I'll try to" });
    expect(hedge.explanation.score).toBeTypeOf('number');
    expect(['rules', 'scorer']).toContain(hedge.explanation.by);
  });

  it('exits 0 on a clean draft', () => {
    const t = io('Thanks, the invoice arrived.');
    expect(main(['analyze', ...NOW], t.fake)).toBe(0);
    expect(t.out()).toContain('0 findings');
  });

  it('prints the analysis as JSON with --json', () => {
    const t = io("I'll try to send it ASAP.");
    main(['analyze', '--json', ...NOW], t.fake);
    const r = JSON.parse(t.out());
    expect(r.lang).toBe('en');
    expect(r.findings.map((f: { rule: string }) => f.rule).sort()).toEqual(['missing-date', 'vague-promise']);
  });

  it('runs a JSONL batch, answering a malformed line with an error and going on', () => {
    const t = io('{"id":"a","text":"Пришлю макет в ближайшее время."}\nnot json\n{"id":"b","text":"Dzięki!","lang":"pl"}\n{"id":"c"}\n');
    expect(main(['analyze', '--jsonl', ...NOW], t.fake)).toBe(0);
    const lines = t.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'a', lang: 'ru' });
    expect(lines[0].findings[0].rule).toBe('missing-date');
    expect(lines[1]).toMatchObject({ id: null });
    expect(lines[1].error).toMatch(/not JSON/);
    expect(lines[2]).toMatchObject({ id: 'b', lang: 'pl', findings: [] });
    expect(lines[3]).toMatchObject({ id: 'c', error: expect.stringContaining('text') });
  });

  it('exits 2 on bad usage and unreadable files, naming the problem', () => {
    for (const args of [['analyse'], ['analyze', '--lang', 'de'], ['analyze', '--tz', 'Mars/Olympus'], ['analyze', '--now', 'yesterday'], ['analyze', '--bogus']]) {
      const t = io();
      expect(main(args, t.fake)).toBe(2);
      expect(t.err()).not.toBe('');
    }
    const t = io();
    expect(main(['analyze', 'missing.txt'], t.fake)).toBe(2);
    expect(t.err()).toContain('cannot read missing.txt: ENOENT');
  });
});
