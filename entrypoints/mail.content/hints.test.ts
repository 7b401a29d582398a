import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { step, toHints } from './hints';

const DRAFT = "Hi Anna,\n\nSorry, my laptop died so the mockups are late. I'll try to send them ASAP. I will update the copy.\n\nJonas";

describe('toHints', () => {
  const { findings } = analyze(DRAFT, { now: '2026-12-01T09:00:00Z', timeZone: 'UTC' });

  it('finds something to hint at in a draft with an excuse and vague promises', () => {
    expect(findings.length).toBeGreaterThanOrEqual(2);
  });

  it('gives ids that survive re-analysis and change with the sentence', () => {
    const again = toHints(DRAFT, analyze(DRAFT, { now: '2026-12-01T09:00:00Z', timeZone: 'UTC' }).findings, () => false).map((h) => h.id);
    expect(toHints(DRAFT, findings, () => false).map((h) => h.id)).toEqual(again);
    const edited = DRAFT.replace('ASAP', 'soon');
    const ids = new Set(toHints(edited, analyze(edited, { now: '2026-12-01T09:00:00Z', timeZone: 'UTC' }).findings, () => false).map((h) => h.id));
    expect(again.some((id) => !ids.has(id))).toBe(true);
  });

  it('leaves out what the caller skips', () => {
    const all = toHints(DRAFT, findings, () => false);
    const first = all[0].id;
    expect(toHints(DRAFT, findings, (id) => id === first).map((h) => h.id)).toEqual(all.slice(1).map((h) => h.id));
  });
});

describe('step', () => {
  const hints = toHints(DRAFT, analyze(DRAFT, { now: '2026-12-01T09:00:00Z', timeZone: 'UTC' }).findings, () => false);

  it('walks forward and back from the active hint, wrapping around', () => {
    expect(step(hints, { activeId: hints[0].id, caret: null }, 1)).toBe(hints[1]);
    expect(step(hints, { activeId: hints[0].id, caret: null }, -1)).toBe(hints[hints.length - 1]);
    expect(step(hints, { activeId: hints[hints.length - 1].id, caret: null }, 1)).toBe(hints[0]);
  });

  it('starts from the caret when nothing is active', () => {
    expect(step(hints, { activeId: null, caret: 0 }, 1)).toBe(hints[0]);
    expect(step(hints, { activeId: null, caret: DRAFT.length }, 1)).toBe(hints[0]);
    expect(step(hints, { activeId: null, caret: DRAFT.length }, -1)).toBe(hints[hints.length - 1]);
    expect(step([], { activeId: null, caret: 3 }, 1)).toBeNull();
  });
});

describe('what Apply checks', () => {
  it('remembers the exact text each suggestion replaces', () => {
    const hints = toHints(DRAFT, analyze(DRAFT, { now: '2026-12-01T09:00:00Z', timeZone: 'UTC' }).findings, () => false);
    for (const h of hints) {
      const s = h.finding.suggestions[0];
      expect(h.replaces).toBe(s ? DRAFT.slice(s.start, s.end) : null);
    }
  });
});
