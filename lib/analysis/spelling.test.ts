import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAIN_LETTERS } from '../dates/lexicon';
import { fillPlaceholder } from './rewrite';
import { analyze, OPEN_GATE } from './index';
import { plainly, typesPlainly, writersApostrophe } from './spelling';
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
    ['Paldies, paskatisos', 'lv', true], // Latvian says it in a dozen letters
    ['Labi, paldies', 'lv', false],
    ['I will send it on Friday, everything is ready.', 'en', false], // English has no marks to leave out
  ])('%s (%s) -> %s', (text, lang, expected) => {
    expect(typesPlainly(text, lang)).toBe(expected);
  });

  it('answers as a letter-by-letter reading of the lowered text would, on any text', () => {
    const reference = (text: string, lang: Lang) => {
      const plain = PLAIN_LETTERS[lang];
      if (!plain) return false;
      let letters = 0;
      for (const ch of text.toLowerCase()) {
        if (plain[ch] !== undefined) return false;
        if (/\p{L}/u.test(ch)) letters++;
      }
      return letters >= (lang === 'lv' ? 12 : 24);
    };
    const letters = fc.constantFrom(...'aāeēzžsšAĀŠŽeёЁЕеİıσΣß łŁóÓ ,.1-'.split(''), 'x');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 60 }).map((a) => a.join('')), fc.constantFrom<Lang>('en', 'ru', 'uk', 'pl', 'lv'), (text, lang) => {
        expect(typesPlainly(text, lang)).toBe(reference(text, lang));
      }),
      { numRuns: 3000 },
    );
  });

  it('folds as a letter-by-letter reading would, on any text', () => {
    const reference = (text: string, lang: Lang) => {
      const plain = PLAIN_LETTERS[lang];
      if (!plain) return text;
      return text.replace(/\p{L}/gu, (ch) => {
        const lower = ch.toLowerCase();
        const folded = plain[lower];
        if (folded === undefined) return ch;
        return ch === lower ? folded : folded.toUpperCase();
      });
    };
    const letters = fc.constantFrom(...'aāĀeēĒzžŽsšŠgģĢkķĶlļĻnņŅąĄęĘćĆłŁńŃóÓśŚźŹżŻёЁеЕİıσΣß ,.1-'.split(''), 'x');
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 40 }).map((a) => a.join('')), fc.constantFrom<Lang>('en', 'ru', 'uk', 'pl', 'lv'), (text, lang) => {
        expect(plainly(text, lang)).toBe(reference(text, lang));
      }),
      { numRuns: 3000 },
    );
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

// The spelling of a suggestion, whatever the learned gate would make of it.
const UNGATED = { ...OPTIONS, rewriteGate: OPEN_GATE };

describe('a rewrite in the writer\'s spelling', () => {
  it('brings no diacritics into a paragraph typed without them, and a picked day keeps to it', () => {
    const text = 'Labojumus iestradasu pec iespejas drizak.';
    const s = analyze(text, UNGATED).findings.find((f) => f.suggestions.length)!.suggestions[0];
    expect(s.text).toBe(plainly(s.text, 'lv'));
    expect(s.text).toMatch(/^Labojumus iestradasu lidz /);
    expect(s.placeholder?.spelling).toBe('plain');
    expect(fillPlaceholder(s, '2026-12-11').text).toMatch(/lidz piektdienai, 11\. decembrim/);
  });

  it('keeps the marks where the writer uses them', () => {
    const text = 'Labojumus iestrādāšu pēc iespējas drīzāk.';
    const s = analyze(text, UNGATED).findings.find((f) => f.suggestions.length)!.suggestions[0];
    expect(s.text).toMatch(/līdz /);
    expect(s.placeholder?.spelling).toBeUndefined();
  });
});

describe("the writer's apostrophe (pool25: 'до п’ятниці' beside the writer's 'інтерв'ю')", () => {
  it.each<[string, string | undefined]>([
    ["Проміжні нотатки з інтерв'ю", "'"],
    ['Проміжні нотатки з інтервʼю', 'ʼ'],
    ['Проміжні нотатки з інтерв’ю', undefined],
    ['Проміжні нотатки скину', undefined],
  ])('%s -> %s', (text, expected) => {
    expect(writersApostrophe(text, 'uk')).toBe(expected);
  });

  it('writes the proposed day, and a day picked later, with it', () => {
    const text = "Проміжні нотатки з інтерв'ю скину вам за кілька днів.";
    const s = analyze(text, { ...OPTIONS, rewriteGate: OPEN_GATE }).findings.find((f) => f.suggestions.length)!.suggestions[0];
    expect(s.text).toContain("до п'ятниці, 4 грудня");
    expect(fillPlaceholder(s, '2026-12-11').text).toContain("до п'ятниці, 11 грудня");
  });
});
