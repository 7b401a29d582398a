import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it.each([
    ["I'll send the mockups tomorrow.", 'en'],
    // Short English replies share "i", "to" and "do" with Polish: contractions and function words decide.
    ["I'll see what I can do.", 'en'],
    ['I’ll do my best to make Thursday work.', 'en'],
    ["I can't do Thursday, sorry.", 'en'],
    ['Ok, to do: send it.', 'en'],
    ['To jest dobre.', 'pl'],
    ['Zrobię to i wyślę do piątku.', 'pl'],
    ['Пришлю макет до пятницы.', 'ru'],
    ['Надішлю макет до п’ятниці.', 'uk'],
    ['Зроблю адаптивну версію і покажу вам.', 'uk'],
    // No і/ї/є/ґ: decided by Ukrainian-only words and endings.
    ['Надішлемо макет завтра.', 'uk'],
    // pool22-23: Ukrainian one-liners with no і, ї or є, told by their words ("кошторис", "пошту", "колеги").
    ['кошторис по Velux скину на пошту', 'uk'],
    ['уточню в колеги', 'uk'],
    // No і, ї or є: the infinitive tells ("-нути", "-увати", "-ити" where Russian has "-нуть", "-овать", "-ить").
    ['постараюсь до завтра скинути структуру', 'uk'],
    ['попробую налаштувати сьогодня', 'uk'],
    // pool37: "-цю" is Ukrainian ("таблицю"), where Russian writes "таблицу".
    ['ок, внесу в таблицю', 'uk'],
    ['ок, внесу в таблицу', 'ru'],
    // pool43: "нема питань" is Ukrainian; Russian says "без проблем", "нет вопросов".
    ['нема питань, заскочу гляну', 'uk'],
    ['нет вопросов, заскочу гляну', 'ru'],
    ['Проверю юзабилити и пришлю отчет.', 'ru'],
    ['скину смету на почту', 'ru'],
    ['Мабуть, зроблю банер завтра.', 'uk'],
    ['Вибачте за затримку з макетом.', 'uk'],
    // Latin "i" for "і", typed without the Ukrainian layout.
    ['Постараюсь вiдповiсти найближчим часом.', 'uk'],
    ['Wyślę projekt do piątku.', 'pl'],
    ['Przygotuję wycenę i prześlę ją Pani.', 'pl'],
    // Polish without diacritics or Polish letters: decided by its words and spellings.
    ['Uruchomimy sklep 14 maja.', 'pl'],
    ['Przepraszam za opoznienie, bylem chory.', 'pl'],
    ['Postaram sie wyslac wycene dzisiaj.', 'pl'],
    ['Dam znac jutro.', 'pl'],
    ['Atsūtīšu dizainu līdz piektdienai.', 'lv'],
    ['Rēķinu atsūtīšu vēlāk.', 'lv'],
    // Typed without diacritics: decided by endings ("-isu", "-iju") and plain function words.
    ['Centisos atsutit labojumus drizuma.', 'lv'],
    ['Sorry, dators saluza, tapec nenosutiju labojumus.', 'lv'],
    ['Счёт вышлю через пару дней.', 'ru'],
    // One-line replies with no letter of their own: their short words decide ("добре" / "хорошо").
    ['Добре, перешлю вашому бухгалтеру', 'uk'],
    ['Гаразд, зроблю', 'uk'],
    ['Хорошо, сделаю', 'ru'],
    ['Спасибо, перешлю вашему бухгалтеру', 'ru'],
    // Timing words the other language says otherwise ("трохи згодом" / "чуть позже").
    ['Фото скину трохи згодом.', 'uk'],
    ['Фото скину чуть позже.', 'ru'],
    ['Потім скину фото', 'uk'],
    ['гляну в чому там проблема', 'uk'],
    ['гляну в чем там проблема', 'ru'],
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
