import { describe, expect, it } from 'vitest';
import { analyze, OPEN_GATE, RULES_ONLY } from './index';
import type { AnalyzeOptions, Lang, RuleId } from './types';

// Rewrites on the writer's own time scale, through the whole engine. 2026-12-07T10:00Z is Monday
// 7 December, noon in Riga. The date is counted in the writer's zone: just after midnight in Riga on
// the Monday after a clock change it is still Sunday in UTC, and the proposal must start from Monday.
const MONDAY = '2026-12-07T10:00:00Z';
const YEAR_END = '2026-12-28T10:00:00Z';
const AFTER_SPRING_CHANGE = '2027-03-28T21:30:00Z'; // 00:30 on Monday 29 March in Riga (UTC+3), Sunday in UTC
const AFTER_AUTUMN_CHANGE = '2026-10-25T22:30:00Z'; // 00:30 on Monday 26 October in Riga (UTC+2), Sunday in UTC

type Row = [why: string, lang: Lang, now: string, extra: Partial<AnalyzeOptions>, input: string, rule: RuleId, suggestion: string, proposed: string | null];

const rows: Row[] = [
  // The span's scale, and the span replaced by the date; "after the holidays" stays, and the date closes it
  // (a deadline in its place read as "any time before": editors failed 50 of 70).
  ['a couple of days: 2 working days', 'en', MONDAY, {}, "I'll send the mockups in a couple of days.", 'missing-date', "I'll send the mockups by Wednesday, 9 December.", '2026-12-09'],
  ['a few days: 3 working days', 'en', MONDAY, {}, "I'll try to send it in a few days.", 'vague-promise', "I'll send it by Thursday, 10 December.", '2026-12-10'],
  ['a few weeks: 15 working days', 'en', MONDAY, {}, "I'll try to send it in a few weeks.", 'vague-promise', "I'll send it by Monday, 28 December.", '2026-12-28'],
  ['after the holidays: the first working week of the year', 'en', MONDAY, {}, "I'll send it after the holidays.", 'missing-date', "I'll send it after the holidays, by Friday, 8 January 2027.", '2027-01-08'],
  ['days off skipped', 'en', MONDAY, { daysOff: [{ from: '2026-12-08', to: '2026-12-09' }] }, "I'll send the mockups in a couple of days.", 'missing-date', "I'll send the mockups by Friday, 11 December.", '2026-12-11'],
  ['a Sunday-only weekend: Saturdays count', 'en', MONDAY, { weekend: [0] }, "I'll try to send it in a few weeks.", 'vague-promise', "I'll send it by Thursday, 24 December.", '2026-12-24'],
  ['через пару недель: 10 working days', 'ru', MONDAY, {}, 'Пришлю макеты через пару недель.', 'missing-date', 'Пришлю макеты до понедельника, 21 декабря.', '2026-12-21'],
  ['после праздников: the first week after 8 January', 'ru', MONDAY, {}, 'Пришлю отчёт после праздников.', 'missing-date', 'Пришлю отчёт после праздников, до пятницы, 15 января 2027 года.', '2027-01-15'],
  ['за кілька тижнів', 'uk', MONDAY, {}, 'Надішлю макети за кілька тижнів.', 'missing-date', 'Надішлю макети до понеділка, 28 грудня.', '2026-12-28'],
  ['після свят', 'uk', MONDAY, {}, 'Спробую надіслати макети після свят.', 'vague-promise', 'Надішлю макети після свят, до п’ятниці, 8 січня 2027 року.', '2027-01-08'],
  ['za kilka tygodni', 'pl', MONDAY, {}, 'Wyślę projekty za kilka tygodni.', 'missing-date', 'Wyślę projekty do poniedziałku, 28 grudnia.', '2026-12-28'],
  ['po świętach', 'pl', MONDAY, {}, 'Postaram się wysłać projekty po świętach.', 'vague-promise', 'Wyślę projekty po świętach, do piątku, 8 stycznia 2027.', '2027-01-08'],
  ['pēc dažām nedēļām', 'lv', MONDAY, {}, 'Nosūtīšu maketus pēc dažām nedēļām.', 'missing-date', 'Nosūtīšu maketus līdz pirmdienai, 28. decembrim.', '2026-12-28'],
  ['pēc svētkiem', 'lv', MONDAY, {}, 'Mēģināšu nosūtīt maketus pēc svētkiem.', 'vague-promise', 'Nosūtīšu maketus pēc svētkiem, līdz piektdienai, 2027. gada 8. janvārim.', '2027-01-08'],
  // Year end.
  ['a few days in the last week of the year', 'en', YEAR_END, {}, "I'll try to send it in a few days.", 'vague-promise', "I'll send it by Thursday, 31 December.", '2026-12-31'],
  ['a few days over New Year days off', 'en', YEAR_END, { daysOff: [{ from: '2026-12-31', to: '2027-01-01' }] }, "I'll try to send it in a few days.", 'vague-promise', "I'll send it by Monday, 4 January 2027.", '2027-01-04'],
  ['after the holidays, written between them', 'pl', YEAR_END, {}, 'Wyślę raport po świętach.', 'missing-date', 'Wyślę raport po świętach, do piątku, 8 stycznia 2027.', '2027-01-08'],
  // Clock changes: the day is Riga's Monday, not UTC's Sunday.
  ['spring clock change', 'en', AFTER_SPRING_CHANGE, {}, "I'll send the mockups in a couple of days.", 'missing-date', "I'll send the mockups by Wednesday, 31 March.", '2027-03-31'],
  ['autumn clock change', 'lv', AFTER_AUTUMN_CHANGE, {}, 'Nosūtīšu maketus pēc pāris dienām.', 'missing-date', 'Nosūtīšu maketus līdz trešdienai, 28. oktobrim.', '2026-10-28'],
  // Two promises, each with its own span: each gets a day on its own scale (the first is the placeholder).
  ['two promises, two scales', 'en', MONDAY, {}, "I'll try to send the mockups soon, and I'll send the invoice in a few weeks.", 'vague-promise', "I'll send the mockups by Wednesday, 9 December, and I'll send the invoice by Monday, 28 December.", '2026-12-09'],
  ['два обещания', 'ru', MONDAY, {}, 'Постараюсь прислать его на днях, а счёт вышлю через пару недель.', 'vague-promise', 'Пришлю его до среды, 9 декабря, а счёт вышлю до понедельника, 21 декабря.', '2026-12-09'],
  // A date the sentence or the passage gives stays; the vague span goes.
  ['the sentence date kept, the span dropped', 'en', MONDAY, {}, "I'll try to send it in a couple of days by Wednesday.", 'vague-promise', "I'll send it by Wednesday.", null],
  ['the previous sentence date kept', 'en', MONDAY, {}, "I'll send the mockups by Friday. I'll try to get them to you in a couple of days.", 'vague-promise', "I'll get them to you by Friday, 11 December.", null],
  ['other work ("also") keeps its own scale', 'en', MONDAY, {}, "I'll send the mockups by Friday. I'll also send the invoice in a few weeks.", 'missing-date', "I'll also send the invoice by Monday, 28 December.", '2026-12-28'],
  ['другая работа («тоже»)', 'ru', MONDAY, {}, 'Пришлю макеты к пятнице. Счёт тоже пришлю через пару недель.', 'missing-date', 'Счёт тоже пришлю до понедельника, 21 декабря.', '2026-12-21'],
  ['к пятнице kept', 'ru', MONDAY, {}, 'Пришлю макеты к пятнице. Постараюсь прислать их через пару дней.', 'vague-promise', 'Пришлю их до пятницы, 11 декабря.', null],
  ['до пʼятниці kept', 'uk', MONDAY, {}, 'Надішлю макети до пʼятниці. Спробую надіслати їх за пару днів.', 'vague-promise', 'Надішлю їх до пʼятниці, 11 грудня.', null], // the writer's own apostrophe (ʼ) is kept in the coach's words
  ['do piątku kept', 'pl', MONDAY, {}, 'Wyślę projekty do piątku. Postaram się wysłać je za parę dni.', 'vague-promise', 'Wyślę je do piątku, 11 grudnia.', null],
  ['līdz piektdienai kept', 'lv', MONDAY, {}, 'Nosūtīšu maketus līdz piektdienai. Pēc pāris dienām droši vien nosūtīšu tos.', 'vague-promise', 'Līdz piektdienai, 11. decembrim, nosūtīšu tos.', null],
  // A day already past is named as missed, and a new one proposed in its place.
  ['passed date named', 'en', MONDAY, {}, "I'll try to send the mockups by Friday, 4 December.", 'vague-promise', "I missed Friday, 4 December. I'll send the mockups by Wednesday, 9 December.", '2026-12-09'],
  ['прошедший срок', 'ru', MONDAY, {}, 'Постараюсь прислать макеты к пятнице, 4 декабря.', 'vague-promise', 'Прежний срок — пятница, 4 декабря — уже прошел. Пришлю макеты до среды, 9 декабря.', '2026-12-09'],
  ['минулий термін', 'uk', MONDAY, {}, 'Спробую надіслати макети до пʼятниці, 4 грудня.', 'vague-promise', 'Попередній термін — пʼятниця, 4 грудня — уже минув. Надішлю макети до середи, 9 грудня.', '2026-12-09'],
  ['miniony termin', 'pl', MONDAY, {}, 'Postaram się wysłać projekty do piątku, 4 grudnia.', 'vague-promise', 'Poprzedni termin — piątek, 4 grudnia — już minął. Wyślę projekty do środy, 9 grudnia.', '2026-12-09'],
  ['pagājis termiņš', 'lv', MONDAY, {}, 'Mēģināšu nosūtīt maketus līdz 4. decembrim.', 'vague-promise', 'Iepriekšējais termiņš — piektdiena, 4. decembris — jau ir pagājis. Nosūtīšu maketus līdz trešdienai, 9. decembrim.', '2026-12-09'],
  // Only a deadline is the work's own day: other days that have passed are not named as missed.
  ['a past day of something else', 'en', MONDAY, {}, "I got your email yesterday, I'll try to send the mockups soon.", 'vague-promise', "I got your email yesterday, I'll send the mockups by Wednesday, 9 December.", '2026-12-09'],
  ['a date of something else, moved to next year by the date finder', 'en', MONDAY, {}, "Thanks for your email of 4 December, I'll try to send the mockups soon.", 'vague-promise', "Thanks for your email of 4 December, I'll send the mockups by Wednesday, 9 December.", '2026-12-09'],
  // An excuse about a day that has passed: named as missed, not moved to next year.
  ['excuse about a passed day', 'en', MONDAY, {}, "Sorry, I was ill, so the mockups won't be ready by Friday, 4 December.", 'excuse', 'I missed Friday, 4 December. The new date is Wednesday, 9 December.', '2026-12-09'],
  ['wymówka o minionym dniu', 'pl', MONDAY, {}, 'Przepraszam, byłem chory, więc nie zdążę do piątku, 4 grudnia.', 'excuse', 'Poprzedni termin — piątek, 4 grudnia — już minął. Nowy termin: środa, 9 grudnia.', '2026-12-09'],
];

describe('rewrites on the writer time scale (input -> suggestion)', () => {
  it.each(rows)('%s (%s)', (_why, lang, now, extra, input, rule, suggestion, proposed) => {
    const result = analyze(input, { now, timeZone: 'Europe/Riga', lang, scorer: RULES_ONLY, rewriteGate: OPEN_GATE, rewriteKinds: 'all', ...extra });
    const f = result.findings.find((g) => g.rule === rule);
    expect(f, `no ${rule} finding`).toBeDefined();
    const s = f!.suggestions[0];
    expect(s?.text).toBe(suggestion);
    expect(s?.placeholder?.proposed ?? null).toBe(proposed);
    // The placeholder covers exactly the proposed date phrase.
    if (s?.placeholder) expect(s.text.slice(s.placeholder.start, s.placeholder.end)).toMatch(/\d/);
  });

  it('never leaves a vague span beside the date it became (but "after the holidays", which the date closes)', () => {
    for (const [, lang, now, extra, input] of rows) {
      for (const f of analyze(input, { now, timeZone: 'Europe/Riga', lang, scorer: RULES_ONLY, rewriteGate: OPEN_GATE, rewriteKinds: 'all', ...extra }).findings) {
        for (const s of f.suggestions) expect(s.text).not.toMatch(/couple|few|пару|кілька|kilka|pāris|dažām/iu);
      }
    }
  });
});
