import { analyze, OPEN_GATE } from './index';

/** The day the rewrite tests are written for: Tuesday 1 December 2026, in Riga. */
export const TEST_DAY = { now: '2026-12-01T10:00:00+02:00', timeZone: 'Europe/Riga' } as const;

/**
 * The text as the first suggestion on it would leave it (null: no suggestion), on TEST_DAY. With
 * 'all', also the kinds of rewrite the card holds back (rewrite.ts, `heldBack`): what the tests of the
 * rewrites themselves read. The learned gate is left open: these tests read the rewrite the rules build;
 * which of them the card offers is the gate's, measured on held-out review rounds (scripts/gate).
 */
export function sentAs(text: string, rewriteKinds: 'offered' | 'all' = 'offered'): string | null {
  const f = analyze(text, { ...TEST_DAY, rewriteKinds, rewriteGate: OPEN_GATE }).findings.find((x) => x.suggestions.length);
  if (!f) return null;
  const s = f.suggestions[0];
  return text.slice(0, s.start) + s.text + text.slice(s.end);
}
