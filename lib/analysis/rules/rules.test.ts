import { describe, expect, it } from 'vitest';
import { analyze, OPEN_GATE, RULES_ONLY } from '../index';
import { EXAMPLES_NOW, EXAMPLES_OWN_TERMS, EXAMPLES_TZ, type FlagCase, type LanguageExamples } from '../examples';
import { RULE_IDS, type Lang } from '../types';

// Every language's table, found by file name: adding lexicons/xx.examples.ts adds its cases here.
const tables = import.meta.glob<{ examples: LanguageExamples }>('../lexicons/*.examples.ts', { eager: true });

// The tables are the rules' own: what each rule must flag and leave alone. The learned scorer's part is
// judged on held-back real text (npm run eval), not on sentences written to trip a rule.
const run = (text: string, lang: Lang) => analyze(text, { now: EXAMPLES_NOW, timeZone: EXAMPLES_TZ, lang, scorer: RULES_ONLY, ownTerms: EXAMPLES_OWN_TERMS, rewriteKinds: 'all', rewriteGate: OPEN_GATE });

for (const [path, { examples }] of Object.entries(tables)) {
  const lang = /(\w+)\.examples\.ts$/.exec(path)![1] as Lang;
  describe(`${lang} examples`, () => {
    for (const rule of RULE_IDS) {
      describe(rule, () => {
        it.each(examples.flag[rule].map((c: FlagCase) => [typeof c === 'string' ? c : c.text, c]))('flags %s', (text, c) => {
          const found = run(text, lang).findings.filter((f) => f.rule === rule);
          expect(found.map((f) => f.text), `expected a ${rule} finding`).not.toEqual([]);
          if (typeof c !== 'string') expect(found.map((f) => f.text)).toContain(c.marks);
          for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
        });
        it.each(examples.pass[rule].map((t) => [t]))('leaves alone %s', (text) => {
          const found = run(text, lang).findings.filter((f) => f.rule === rule);
          expect(found.map((f) => f.text)).toEqual([]);
        });
      });
    }
    if (examples.dates?.length) {
      it.each(examples.dates.map((d) => [d.text, d]))('dates in %s', (_t, d) => {
        const got = run(d.text, lang).dates.map((m) => ({ text: m.text, date: m.date }));
        expect(got).toEqual(d.dates);
      });
    }
    it.each(examples.rewrites.map((r) => [r.text, r]))('rewrites %s', (text, r) => {
      const f = run(text, lang).findings.find((x) => x.rule === r.rule);
      expect(f, `expected a ${r.rule} finding`).toBeDefined();
      expect(f!.suggestions[0]?.text ?? null).toBe(r.suggestion);
    });
  });
}
