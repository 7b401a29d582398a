import { severityOf } from '@/components/hints/severity';
import type { Hint } from '@/components/hints/types';
import type { Finding } from '@/lib/analysis/types';

/** FNV-1a: a short, stable key for a sentence, so ids survive re-analysis but not an edit. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * Findings as hints with ids made of rule, sentence text and occurrence. Findings the user dismissed
 * (by id) or whose flagged text holds an ignored phrase are left out.
 */
export function toHints(text: string, findings: Finding[], skip: (id: string, finding: Finding) => boolean): Hint[] {
  const seen = new Map<string, number>();
  const out: Hint[] = [];
  for (const finding of findings) {
    const key = `${finding.rule}-${hash(text.slice(finding.sentence.start, finding.sentence.end))}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const id = `${key}-${n}`;
    if (skip(id, finding)) continue;
    const s = finding.suggestions[0];
    out.push({ id, finding, severity: severityOf(finding.rule), replaces: s ? text.slice(s.start, s.end) : null });
  }
  return out.sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end);
}

/** The next (or previous) hint from `from`, wrapping around; `from` is the active hint or the caret. */
export function step(hints: Hint[], from: { activeId: string | null; caret: number | null }, direction: 1 | -1): Hint | null {
  if (hints.length === 0) return null;
  const at = from.activeId ? hints.findIndex((h) => h.id === from.activeId) : -1;
  if (at >= 0) return hints[(at + direction + hints.length) % hints.length];
  const caret = from.caret ?? (direction === 1 ? -1 : Infinity);
  if (direction === 1) return hints.find((h) => h.finding.end > caret) ?? hints[0];
  for (let i = hints.length - 1; i >= 0; i--) if (hints[i].finding.start < caret) return hints[i];
  return hints[hints.length - 1];
}
