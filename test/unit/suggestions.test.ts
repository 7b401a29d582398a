import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/index';
import { CORPUS_NOW, CORPUS_TZ, readCorpus } from '../../scripts/scorer/corpus';

const OPTIONS = { now: CORPUS_NOW, timeZone: CORPUS_TZ };
const passages = [...readCorpus('train.jsonl'), ...readCorpus('validation.jsonl')];

describe('suggestions on every corpus passage', () => {
  it('fix what they flag: applied and analysed again, the replaced text has no finding of that rule', () => {
    const failures: string[] = [];
    let applied = 0;
    for (const p of passages) {
      for (const f of analyze(p.text, OPTIONS).findings) {
        const s = f.suggestions[0];
        if (!s) continue;
        applied++;
        const text = p.text.slice(0, s.start) + s.text + p.text.slice(s.end);
        const end = s.start + s.text.length;
        const again = analyze(text, OPTIONS).findings.filter((g) => g.rule === f.rule && g.start < end && s.start < g.end);
        if (again.length) failures.push(`${p.id} ${f.rule}: "${text.slice(s.start, end)}" -> ${again.map((g) => `"${g.text}"`).join(', ')}`);
      }
    }
    expect(applied).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 300_000);
});
