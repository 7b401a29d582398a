import { describe, expect, it } from 'vitest';
import { analyze } from './index';

const OPTIONS = { now: '2026-12-01T10:00:00+02:00', timeZone: 'Europe/Riga' } as const;

describe('one checked suggestion per sentence', () => {
  it.each([
    ["I'll try to send the mockups ASAP.", 'en'],
    ['Постараюсь прислать макеты на днях.', 'ru'],
    ['Postaram się wysłać makiety jak najszybciej.', 'pl'],
    // The date rule's rewrite ("... as many times as you like by Thursday") kept the over-promise.
    ['I will redo the logo as many times as you like.', 'en'],
    ["I'll be online for you day and night, whenever you need me.", 'en'],
  ])('%s: every finding of the sentence offers the same rewrite, and the rewrite leaves nothing flagged', (text) => {
    const { findings } = analyze(text, OPTIONS);
    expect(findings.length).toBeGreaterThan(0);
    const offered = new Set(findings.flatMap((f) => f.suggestions.map((s) => `${s.start}|${s.end}|${s.text}`)));
    expect(offered.size).toBe(1);
    const s = findings.find((f) => f.suggestions.length)!.suggestions[0];
    const rewritten = text.slice(0, s.start) + s.text + text.slice(s.end);
    expect(analyze(rewritten, OPTIONS).findings).toEqual([]);
  });
});
