import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis/index';
import type { Finding } from '../../lib/analysis/types';
import { CORPUS_NOW, CORPUS_TZ, readCorpus } from '../../scripts/scorer/corpus';

const OPTIONS = { now: CORPUS_NOW, timeZone: CORPUS_TZ };
const passages = [...readCorpus('train.jsonl'), ...readCorpus('validation.jsonl')];

describe('suggestions on every corpus passage', () => {
  it('offer one rewrite per sentence, and applied and analysed again the rewritten sentence has no finding of any rule', () => {
    const failures: string[] = [];
    let applied = 0;
    for (const p of passages) {
      const bySentence = new Map<string, Finding[]>();
      for (const f of analyze(p.text, OPTIONS).findings) {
        const key = `${f.sentence.start}:${f.sentence.end}`;
        bySentence.set(key, [...(bySentence.get(key) ?? []), f]);
      }
      for (const group of bySentence.values()) {
        const offered = new Set(group.flatMap((f) => f.suggestions.map((s) => `${s.start}|${s.end}|${s.text}`)));
        if (offered.size > 1) failures.push(`${p.id}: ${offered.size} different rewrites for one sentence`);
        const s = group.find((f) => f.suggestions.length)?.suggestions[0];
        if (!s) continue;
        applied++;
        const text = p.text.slice(0, s.start) + s.text + p.text.slice(s.end);
        const sentence = group[0].sentence;
        const start = Math.min(sentence.start, s.start);
        const end = Math.max(sentence.end, s.end) + s.text.length - (s.end - s.start);
        const again = analyze(text, OPTIONS).findings.filter((g) => g.start < end && start < g.end);
        if (again.length) failures.push(`${p.id} ${group.map((f) => f.rule).join('+')}: "${text.slice(start, end)}" -> ${again.map((g) => `${g.rule} "${g.text}"`).join(', ')}`);
      }
    }
    expect(applied).toBeGreaterThan(500);
    expect(failures).toEqual([]);
  }, 300_000);
});
