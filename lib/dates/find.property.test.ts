import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDatesUnchecked } from './find';
import { parseYmd } from './calendar';
import { LANGS, type DateContext, type Lang } from './types';

// Date-shaped pieces in every language, so random input actually reaches the parsers' deeper paths
// (prepositions, numbers next to separators, apostrophes, line breaks inside a phrase).
const PIECES: Record<Lang, string[]> = {
  en: ['by Friday', 'next week', 'EOD', 'at 5pm', 'May 14th, 2026', 'the 14th of', '5/14', '14/05', 'within 48 hours', 'right away', 'Sat.', '7-8:00', 'COB tomorrow', "last week's", 'zavtra', 'do pyatnitsy', 'v 3 nochi', "v ponedel'nik utrom"],
  ru: ['до пятницы', 'к понедельнику', 'в 17:00', '14 мая', '14-го', 'до конца недели', 'в течение 48 часов', 'сразу', 'в среде', 'через 2 дня', 'вечером', 'к 20 числу', 'с 9 до 18', 'до шести', 'за апрель', 'к середине июня', 'вчерашний'],
  uk: ["у п'ятницю", 'у п’ятницю', 'у пʼятницю', 'до понеділка', '14 травня', 'о 10.00', 'протягом 48 годин', 'одразу', 'минулої', "о дев'ятій", 'до обіду', '10-го і 25-го числа', 'цими вихідними'],
  pl: ['do piątku', 'w poniedziałek', 'na środę', 'we wtorek', '14 maja', 'o godz. 10.00', 'w ciągu 2 dni', 'od razu', 'do końca', 'wieczorem', 'o trzeciej w nocy', 'do połowy czerwca', 'na wtorkowym', 'za październik'],
  lv: ['līdz piektdienai', 'pirmdien', '14. maijā', '14.05.2026.', 'plkst. 10.00', '48 stundu laikā', 'uzreiz', 'nedēļas beigām', '2026. gada', 'vakarā', '20. datumā', 'trijos naktī', 'pēc pusdienām'],
};
const GLUE = [' ', '', '.', ',', ':', '/', '-', '–', '\n', '’', "'", 'ʼ', '2026', '14', '05', '31', '\u00a0', '😀', '\ud800'];

const text = (lang: Lang) =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...PIECES[lang], ...PIECES.en) },
        { weight: 3, arbitrary: fc.constantFrom(...GLUE) },
        { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 99999 }).map(String) },
      ),
      { maxLength: 24 },
    )
    .map((parts) => parts.join(''));

const context: fc.Arbitrary<DateContext> = fc.record({
  now: fc.date({ min: new Date('1999-01-01T00:00:00Z'), max: new Date('2101-01-01T00:00:00Z'), noInvalidDate: true }),
  timeZone: fc.constantFrom('Europe/Riga', 'America/New_York', 'UTC', 'Asia/Kathmandu', 'Pacific/Kiritimati', 'Nope/Zone'),
  weekStart: fc.constantFrom(0 as const, 1 as const),
});

describe('findDates on random input', () => {
  for (const lang of LANGS) {
    it(`${lang}: never throws; offsets valid, sorted, non-overlapping; dates real`, () => {
      fc.assert(
        fc.property(text(lang), context, (input, c) => {
          // The unchecked finder, so an exception fails the property instead of vanishing into [].
          const got = findDatesUnchecked(input, lang, c);
          let prevEnd = 0;
          for (const d of got) {
            expect(Number.isInteger(d.start) && Number.isInteger(d.end)).toBe(true);
            expect(d.start).toBeGreaterThanOrEqual(prevEnd);
            expect(d.end).toBeGreaterThan(d.start);
            expect(d.end).toBeLessThanOrEqual(input.length);
            expect(d.text).toBe(input.slice(d.start, d.end));
            expect(parseYmd(d.date)).not.toBeNaN();
            if (d.time !== undefined) expect(d.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
            prevEnd = d.end;
          }
        }),
        { numRuns: 400 },
      );
    });
  }
});
