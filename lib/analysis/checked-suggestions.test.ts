import { describe, expect, it } from 'vitest';
import { EXAMPLES_OWN_TERMS } from './examples';
import { analyze, OPEN_GATE, RULES_ONLY } from './index';

// The rewrites as the rules build and check them, the learned gate left open: these must hold without its help.

const OPTIONS = { now: '2026-12-01T10:00:00+02:00', timeZone: 'Europe/Riga', ownTerms: EXAMPLES_OWN_TERMS, rewriteGate: OPEN_GATE } as const;

describe('one checked suggestion per sentence', () => {
  it.each([
    ["I'll try to send the mockups ASAP.", 'en'],
    ['Постараюсь прислать макеты на днях.', 'ru'],
    ['Postaram się wysłać makiety jak najszybciej.', 'pl'],
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

  it.each([
    // A date on unlimited revisions ("... as many times as you like by Thursday") makes no sense, and the
    // realistic line for revisions would invent the writer's terms: the card explains without a rewrite.
    ['I will redo the logo as many times as you like.'],
    ['I\'ll personally make sure nothing ever breaks on your site again.'],
    ['Обещать не буду, но попробую уговорить типографию напечатать тираж вне очереди.'],
    // pool8: the soft hedge's tentative modal was found inside "I can't" ("… but I'll't promise anything").
    ["If all goes well we'll be done before the 18th, but I can't promise anything with the weather."],
  ])('%s: no rewrite rather than one that keeps the over-promise or the hedge', (text) => {
    const { findings } = analyze(text, OPTIONS);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.flatMap((f) => f.suggestions)).toEqual([]);
  });
});

describe('the rewrite keeps what the writer typed around its edit (pool9)', () => {
  const OPTS = { now: '2026-12-01T10:00:00+02:00', timeZone: 'Europe/Riga', scorer: RULES_ONLY, rewriteGate: OPEN_GATE } as const;
  const sentenceAfter = (text: string) => {
    const s = analyze(text, OPTS).findings.flatMap((f) => f.suggestions)[0];
    expect(s, text).toBeDefined();
    return text.slice(0, s.start) + s.text + text.slice(s.end);
  };
  it('keeps the space before a file type', () => {
    expect(sentenceAfter('Plik .srt przejrzę i dam znać.')).toBe('Plik .srt przejrzę i dam znać do czwartku, 3 grudnia.');
    expect(sentenceAfter('Виправлю і перезалию файл .srt.')).toBe('Виправлю і перезалию файл .srt до четверга, 3 грудня.');
  });
  it('leaves the word after an ordinal as written', () => {
    expect(sentenceAfter('2. sērijas subtitrus mēģināšu atsūtīt šovakar.')).toMatch(/^2\. sērijas subtitrus atsūtīšu šovakar\.$/);
  });
});
