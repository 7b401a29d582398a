import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    ["I'll send the mockups tomorrow.", 'en'],
    ['Пришлю макет до пятницы.', 'ru'],
    ['Надішлю макет до п’ятниці.', 'uk'],
    ['Зроблю адаптивну версію і покажу вам.', 'uk'],
    ['Wyślę projekt do piątku.', 'pl'],
    ['Przygotuję wycenę i prześlę ją Pani.', 'pl'],
    ['Atsūtīšu dizainu līdz piektdienai.', 'lv'],
    ['Rēķinu atsūtīšu vēlāk.', 'lv'],
    ['Счёт вышлю через пару дней.', 'ru'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('says nothing for text with no letters', () => {
    expect(detectLanguage('12:00 — 14.05 😀')).toBeNull();
  });
});

describe('mixed drafts', () => {
  it('analyses each paragraph in its own language', () => {
    const text = "Hi Olga,\n\nI'll send the mockups soon.\n\nПостараюсь прислать смету на днях.";
    const r = analyze(text, { now: '2026-11-19T10:00:00+02:00', timeZone: 'Europe/Riga' });
    const langs = r.findings.map((f) => `${f.rule}:${f.lang}`);
    expect(langs).toContain('missing-date:en');
    expect(langs).toContain('vague-promise:ru');
  });
});
