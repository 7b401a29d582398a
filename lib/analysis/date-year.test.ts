import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { datePhrase } from './rewrite';
import type { Lang } from './types';

describe('a date in another year, as each language writes it', () => {
  it.each<[Lang, string]>([
    ['en', 'by Monday, 4 January 2027'],
    ['ru', 'до понедельника, 4 января 2027 года'],
    ['uk', 'до понеділка, 4 січня 2027 року'],
    ['pl', 'do poniedziałku, 4 stycznia 2027'],
    ['lv', 'līdz pirmdienai, 2027. gada 4. janvārim'],
  ])('%s: %s, and the date finder reads it back as that day', (lang, expected) => {
    expect(datePhrase('2027-01-04', 'by', lang, '2026-12-01')).toBe(expected);
    // In the same year no year is written.
    expect(datePhrase('2026-12-04', 'by', lang, '2026-12-01')).not.toMatch(/2026/);
    const { dates } = analyze(expected, { now: '2026-12-01T10:00:00+02:00', timeZone: 'Europe/Riga', lang });
    expect(dates.map((d) => d.date)).toEqual(['2027-01-04']);
  });
});
