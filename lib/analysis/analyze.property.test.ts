import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import type { AnalyzeResult } from './types';

// Pieces of real drafts mixed into random input, so the rules actually fire on junk-laden text.
const PHRASES = [
  "I'll try to send it ASAP. ",
  'Sorry, my laptop died. ',
  'Пришлю макет до пятницы. ',
  'Постараюсь на днях. ',
  'Надішлю у п’ятницю о 17:00. ',
  'Wyślę projekt wkrótce. ',
  'Centīšos atsūtīt līdz piektdienai. ',
  '> quoted line\n',
  'On Mon, 3 Nov 2026, Anna wrote:\n',
  '\n\n',
  '-- \nJohn\n',
  '😀👍🏽 ',
  'مرحبا بالعالم ',
  '\u202Eabc\u202C ',
];

const utf16Junk = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((codes) => String.fromCharCode(...codes));
const draft = fc
  .array(fc.oneof(utf16Junk, fc.constantFrom(...PHRASES), fc.string({ maxLength: 40 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

function checkOffsets(text: string, r: AnalyzeResult) {
  for (const f of r.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.sentence.start).toBeLessThanOrEqual(f.start);
    expect(f.sentence.end).toBeGreaterThanOrEqual(f.end);
    for (const s of f.suggestions) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.start).toBeLessThanOrEqual(s.end);
      if (s.placeholder) expect(s.text.slice(s.placeholder.start, s.placeholder.end).length).toBeGreaterThan(0);
    }
  }
  for (const d of r.dates) {
    expect(d.start).toBeGreaterThanOrEqual(0);
    expect(d.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
}

describe('analyze on hostile input', () => {
  it('never throws and keeps every offset valid', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom('auto', 'en', 'ru', 'uk', 'pl', 'lv') as fc.Arbitrary<'auto'>, (text, lang) => {
        checkOffsets(text, analyze(text, { now: '2026-11-19T10:00:00+02:00', timeZone: 'Europe/Riga', lang }));
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty, whitespace-only and non-string input', () => {
    for (const text of ['', ' ', '\n\n\n', '\u0000\u0000']) expect(analyze(text).findings).toEqual([]);
    expect(analyze(undefined as unknown as string).findings).toEqual([]);
  });

  it('survives a bad clock and a bad time zone', () => {
    const r = analyze("I'll send it tomorrow.", { now: 'not a date', timeZone: 'Nowhere/Land' });
    expect(r.dates).toHaveLength(1);
  });

  it('reads a megabyte of draft (with lone surrogates) and keeps offsets valid', () => {
    const unit = "I'll try to send the mockups ASAP. \uD800 Sorry, my laptop died yesterday. Пришлю на днях. 😀\n";
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const r = analyze(text, { now: '2026-11-19T10:00:00+02:00', timeZone: 'Europe/Riga' });
    expect(r.findings.length).toBeGreaterThan(1000);
    checkOffsets(text, r);
    // Tens of thousands of findings are checked one by one; speed itself is measured by `npm run bench`.
  }, 90_000);

  it('cuts a megabyte with no sentence breaks into bounded pieces', () => {
    const text = 'word '.repeat(200_000) + "I'll send it soon";
    const r = analyze(text);
    expect(r.findings.some((f) => f.rule === 'missing-date')).toBe(true);
    checkOffsets(text, r);
  });
});
