import { describe, expect, it } from 'vitest';
import { fillPlaceholder } from './rewrite';
import { analyze } from './index';
import { plainly, typesPlainly } from './spelling';
import type { Lang } from './types';

const OPTIONS = { now: '2026-12-01T10:00:00+02:00', timeZone: 'Europe/Riga' } as const;

describe('typesPlainly / plainly', () => {
  it.each<[string, Lang, boolean]>([
    ['Labojumus iestradasu driz, ka tikai tiksu pie datora.', 'lv', true],
    ['Labojumus iestrādāšu drīz, kā tikai tikšu pie datora.', 'lv', false],
    ['Wysle poprawki jak najszybciej, obiecuje ze bedzie ok.', 'pl', true],
    ['Wyślę poprawki jak najszybciej, obiecuję że będzie ok.', 'pl', false],
    ['Пришлю макеты в пятницу, все будет готово.', 'ru', true],
    ['Пришлю макеты в пятницу, всё будет готово.', 'ru', false],
    ['Wysle jutro.', 'pl', false], // too short to tell
    ['I will send it on Friday, everything is ready.', 'en', false], // English has no marks to leave out
  ])('%s (%s) -> %s', (text, lang, expected) => {
    expect(typesPlainly(text, lang)).toBe(expected);
  });

  it.each<[string, Lang, string]>([
    ['Līdz ceturtdienai, 3. decembrim', 'lv', 'Lidz ceturtdienai, 3. decembrim'],
    ['Do środy, 9 grudnia; Żaneta', 'pl', 'Do srody, 9 grudnia; Zaneta'],
    ['Всё пришлю, Ёжик', 'ru', 'Все пришлю, Ежик'],
    ['Привіт, її', 'uk', 'Привіт, її'],
  ])('%s (%s) -> %s', (text, lang, expected) => {
    expect(plainly(text, lang)).toBe(expected);
  });
});

describe('a rewrite in the writer\'s spelling', () => {
  it('brings no diacritics into a paragraph typed without them, and a picked day keeps to it', () => {
    const text = 'Labojumus iestradasu pec iespejas drizak.';
    const s = analyze(text, OPTIONS).findings.find((f) => f.suggestions.length)!.suggestions[0];
    expect(s.text).toBe(plainly(s.text, 'lv'));
    expect(s.text).toMatch(/^Labojumus iestradasu lidz /);
    expect(s.placeholder?.spelling).toBe('plain');
    expect(fillPlaceholder(s, '2026-12-11').text).toMatch(/lidz piektdienai, 11\. decembrim/);
  });

  it('keeps the marks where the writer uses them', () => {
    const text = 'Labojumus iestrādāšu pēc iespējas drīzāk.';
    const s = analyze(text, OPTIONS).findings.find((f) => f.suggestions.length)!.suggestions[0];
    expect(s.text).toMatch(/līdz /);
    expect(s.placeholder?.spelling).toBeUndefined();
  });
});
