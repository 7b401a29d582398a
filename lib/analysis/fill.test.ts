import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { analyze as analyzeWithScorer, fillPlaceholder, OPEN_GATE, RULES_ONLY } from './index';
import { refillPlaceholder } from './fill';
import { withPhrasing } from './phrasing';
import type { Lang } from './types';

const NOW = '2026-11-19T10:00:00+02:00';
// The rules' own rewrites, whatever the scorer makes of these drafts: the fill is what is tested here.
const analyze = (text: string, options: Parameters<typeof analyzeWithScorer>[1]) => analyzeWithScorer(text, { ...options, scorer: RULES_ONLY, rewriteGate: OPEN_GATE });
const DRAFTS: Record<Lang, string> = {
  en: 'Sorry, the copy is late because my laptop died.',
  ru: 'Извините за задержку, сломался ноутбук. Макет ещё не готов.',
  uk: 'Вибачте за затримку, зламався ноутбук. Макет ще не готовий.',
  pl: 'Przepraszam, projekt się opóźnił, bo zepsuł mi się laptop.',
  lv: 'Atvainojiet, dizains kavējas, jo salūza dators.',
};

describe('refillPlaceholder (the page side, without lexicons)', () => {
  it.each(Object.keys(DRAFTS) as Lang[])('writes exactly what the engine writes, for %s, over a year of days', (lang) => {
    const result = withPhrasing(analyze(DRAFTS[lang], { now: NOW, timeZone: 'Europe/Riga', lang, rewriteKinds: 'all' }));
    const placed = result.findings.flatMap((f) => f.suggestions).filter((s) => s.placeholder);
    expect(placed.length).toBeGreaterThan(0);
    for (const s of placed) {
      expect(s.placeholder!.phrasing!.weekdays).toHaveLength(7);
      expect(s.placeholder!.phrasing!.months).toHaveLength(12);
      for (let i = 0; i < 400; i += 3) {
        const day = addDays('2026-11-19', i);
        expect(refillPlaceholder(s, day, '2026-11-19')).toEqual({ ...fillPlaceholder(s, day, '2026-11-19'), placeholder: { ...fillPlaceholder(s, day, '2026-11-19').placeholder, phrasing: s.placeholder!.phrasing } });
      }
    }
  });

  it('leaves the suggestion as it was without phrasing or with a malformed day', () => {
    const result = analyze(DRAFTS.en, { now: NOW, timeZone: 'Europe/Riga', rewriteKinds: 'all' });
    const s = result.findings.flatMap((f) => f.suggestions).find((x) => x.placeholder)!;
    expect(refillPlaceholder(s, '2026-12-01')).toBe(s);
    const phrased = withPhrasing(analyze(DRAFTS.en, { now: NOW, timeZone: 'Europe/Riga', rewriteKinds: 'all' })).findings.flatMap((f) => f.suggestions).find((x) => x.placeholder)!;
    for (const bad of ['', '2026-13', 'tomorrow', '2026-00-10']) expect(refillPlaceholder(phrased, bad)).toBe(phrased);
  });
});
