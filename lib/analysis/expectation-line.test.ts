import { describe, expect, it } from 'vitest';
import type { Lang } from '../dates/types';
import { daysPhrase, expectationLine, hasExpectationLine, utcOffsetName, workingDayRuns, type ExpectationSettings } from './expectation-line';

const RIGA_WEEK: ExpectationSettings = {
  defaultResponseTarget: { amount: 1, unit: 'business-days' },
  workingDays: [1, 2, 3, 4, 5],
  workingHours: [{ start: '09:00', end: '18:00' }],
  timeZone: 'Europe/Riga',
};
// A winter Sunday: zones without a city name are named by their offset on this day.
const NOW = Date.UTC(2026, 11, 6, 12);

type Row = [string, Partial<ExpectationSettings>, string];

const h = (amount: number) => ({ defaultResponseTarget: { amount, unit: 'hours' as const } });
const bh = (amount: number) => ({ defaultResponseTarget: { amount, unit: 'business-hours' as const } });
const bd = (amount: number) => ({ defaultResponseTarget: { amount, unit: 'business-days' as const } });
const split = { workingHours: [{ start: '09:00', end: '13:00' }, { start: '14:30', end: '18:00' }] };

const TABLES: Record<Lang, Row[]> = {
  en: [
    ['1 business day', {}, 'I answer email within one working day, Monday to Friday, 9:00–18:00 Riga time.'],
    ['1 hour', h(1), 'I answer email within an hour; I work Monday to Friday, 9:00–18:00 Riga time.'],
    ['4 business hours', bh(4), 'I answer email within 4 working hours, Monday to Friday, 9:00–18:00 Riga time.'],
    ['2 business days', bd(2), 'I answer email within 2 working days, Monday to Friday, 9:00–18:00 Riga time.'],
    ['24 calendar hours', h(24), 'I answer email within 24 hours; I work Monday to Friday, 9:00–18:00 Riga time.'],
    ['half an hour', h(0.5), 'I answer email within half an hour; I work Monday to Friday, 9:00–18:00 Riga time.'],
    ['1.5 business days', bd(1.5), 'I answer email within 1.5 working days, Monday to Friday, 9:00–18:00 Riga time.'],
    ['Tuesday to Saturday', { workingDays: [2, 3, 4, 5, 6] }, 'I answer email within one working day, Tuesday to Saturday, 9:00–18:00 Riga time.'],
    ['a run across the weekend', { workingDays: [0, 1, 2] }, 'I answer email within one working day, Sunday to Tuesday, 9:00–18:00 Riga time.'],
    ['every day', { workingDays: [0, 1, 2, 3, 4, 5, 6] }, 'I answer email within one working day, every day, 9:00–18:00 Riga time.'],
    ['days apart', { workingDays: [1, 3, 5] }, 'I answer email within one working day, Monday, Wednesday and Friday, 9:00–18:00 Riga time.'],
    ['a range and a day', { workingDays: [1, 2, 3, 5] }, 'I answer email within one working day, Monday to Wednesday and Friday, 9:00–18:00 Riga time.'],
    ['split hours', split, 'I answer email within one working day, Monday to Friday, 9:00–13:00 and 14:30–18:00 Riga time.'],
    ['New York by an old name', { timeZone: 'US/Eastern' }, 'I answer email within one working day, Monday to Friday, 9:00–18:00 New York time.'],
    ['no city: the offset', { timeZone: 'Asia/Kolkata' }, 'I answer email within one working day, Monday to Friday, 9:00–18:00 (UTC+5:30).'],
  ],
  ru: [
    ['1 business day', {}, 'Отвечаю на письма в течение одного рабочего дня, с понедельника по пятницу, 9:00–18:00 по рижскому времени.'],
    ['1 hour', h(1), 'Отвечаю на письма в течение часа; работаю с понедельника по пятницу, 9:00–18:00 по рижскому времени.'],
    ['4 business hours', bh(4), 'Отвечаю на письма в течение 4 рабочих часов, с понедельника по пятницу, 9:00–18:00 по рижскому времени.'],
    ['2 business days', bd(2), 'Отвечаю на письма в течение 2 рабочих дней, с понедельника по пятницу, 9:00–18:00 по рижскому времени.'],
    ['24 calendar hours', h(24), 'Отвечаю на письма в течение 24 часов; работаю с понедельника по пятницу, 9:00–18:00 по рижскому времени.'],
    ['21 hours: singular after 21', h(21), 'Отвечаю на письма в течение 21 часа; работаю с понедельника по пятницу, 9:00–18:00 по рижскому времени.'],
    ['11 hours: plural after 11', h(11), 'Отвечаю на письма в течение 11 часов; работаю с понедельника по пятницу, 9:00–18:00 по рижскому времени.'],
    ['1.5 business days', bd(1.5), 'Отвечаю на письма в течение 1,5 рабочего дня, с понедельника по пятницу, 9:00–18:00 по рижскому времени.'],
    ['half an hour', h(0.5), 'Отвечаю на письма в течение получаса; работаю с понедельника по пятницу, 9:00–18:00 по рижскому времени.'],
    ['Tuesday to Saturday', { workingDays: [2, 3, 4, 5, 6] }, 'Отвечаю на письма в течение одного рабочего дня, со вторника по субботу, 9:00–18:00 по рижскому времени.'],
    ['every day', { workingDays: [0, 1, 2, 3, 4, 5, 6] }, 'Отвечаю на письма в течение одного рабочего дня, ежедневно, 9:00–18:00 по рижскому времени.'],
    ['a range and a day', { workingDays: [1, 2, 3, 5] }, 'Отвечаю на письма в течение одного рабочего дня, с понедельника по среду и по пятницам, 9:00–18:00 по рижскому времени.'],
    ['weekends only', { workingDays: [0, 6] }, 'Отвечаю на письма в течение одного рабочего дня, по субботам и по воскресеньям, 9:00–18:00 по рижскому времени.'],
    ['split hours', split, 'Отвечаю на письма в течение одного рабочего дня, с понедельника по пятницу, 9:00–13:00 и 14:30–18:00 по рижскому времени.'],
    ['Warsaw', { timeZone: 'Europe/Warsaw' }, 'Отвечаю на письма в течение одного рабочего дня, с понедельника по пятницу, 9:00–18:00 по варшавскому времени.'],
    ['no city: the offset', { timeZone: 'America/Sao_Paulo' }, 'Отвечаю на письма в течение одного рабочего дня, с понедельника по пятницу, 9:00–18:00 (UTC−3).'],
  ],
  uk: [
    ['1 business day', {}, "Відповідаю на листи протягом одного робочого дня, з понеділка по п'ятницю, 9:00–18:00 за ризьким часом."],
    ['1 hour', h(1), "Відповідаю на листи протягом години; працюю з понеділка по п'ятницю, 9:00–18:00 за ризьким часом."],
    ['4 business hours', bh(4), "Відповідаю на листи протягом 4 робочих годин, з понеділка по п'ятницю, 9:00–18:00 за ризьким часом."],
    ['2 business days', bd(2), "Відповідаю на листи протягом 2 робочих днів, з понеділка по п'ятницю, 9:00–18:00 за ризьким часом."],
    ['24 calendar hours', h(24), "Відповідаю на листи протягом 24 годин; працюю з понеділка по п'ятницю, 9:00–18:00 за ризьким часом."],
    ['21 hours: singular after 21', h(21), "Відповідаю на листи протягом 21 години; працюю з понеділка по п'ятницю, 9:00–18:00 за ризьким часом."],
    ['half an hour', h(0.5), "Відповідаю на листи протягом півгодини; працюю з понеділка по п'ятницю, 9:00–18:00 за ризьким часом."],
    ['Tuesday to Saturday', { workingDays: [2, 3, 4, 5, 6] }, 'Відповідаю на листи протягом одного робочого дня, з вівторка по суботу, 9:00–18:00 за ризьким часом.'],
    ['days apart', { workingDays: [1, 3, 5] }, "Відповідаю на листи протягом одного робочого дня, по понеділках, по середах та по п'ятницях, 9:00–18:00 за ризьким часом."],
    ['every day', { workingDays: [0, 1, 2, 3, 4, 5, 6] }, 'Відповідаю на листи протягом одного робочого дня, щодня, 9:00–18:00 за ризьким часом.'],
    ['split hours', split, "Відповідаю на листи протягом одного робочого дня, з понеділка по п'ятницю, 9:00–13:00 та 14:30–18:00 за ризьким часом."],
    ['Kyiv by its old name', { timeZone: 'Europe/Kiev' }, "Відповідаю на листи протягом одного робочого дня, з понеділка по п'ятницю, 9:00–18:00 за київським часом."],
    ['no city: the offset', { timeZone: 'Asia/Kolkata' }, "Відповідаю на листи протягом одного робочого дня, з понеділка по п'ятницю, 9:00–18:00 (UTC+5:30)."],
  ],
  pl: [
    ['1 business day', {}, 'Odpowiadam na e-maile w ciągu jednego dnia roboczego, od poniedziałku do piątku, 9:00–18:00 według czasu w Rydze.'],
    ['1 hour', h(1), 'Odpowiadam na e-maile w ciągu godziny; pracuję od poniedziałku do piątku, 9:00–18:00 według czasu w Rydze.'],
    ['4 business hours', bh(4), 'Odpowiadam na e-maile w ciągu 4 godzin roboczych, od poniedziałku do piątku, 9:00–18:00 według czasu w Rydze.'],
    ['2 business days', bd(2), 'Odpowiadam na e-maile w ciągu 2 dni roboczych, od poniedziałku do piątku, 9:00–18:00 według czasu w Rydze.'],
    ['24 calendar hours', h(24), 'Odpowiadam na e-maile w ciągu 24 godzin; pracuję od poniedziałku do piątku, 9:00–18:00 według czasu w Rydze.'],
    ['21 hours: genitive plural after 21', h(21), 'Odpowiadam na e-maile w ciągu 21 godzin; pracuję od poniedziałku do piątku, 9:00–18:00 według czasu w Rydze.'],
    ['1.5 business days', bd(1.5), 'Odpowiadam na e-maile w ciągu 1,5 dnia roboczego, od poniedziałku do piątku, 9:00–18:00 według czasu w Rydze.'],
    ['half an hour', h(0.5), 'Odpowiadam na e-maile w ciągu pół godziny; pracuję od poniedziałku do piątku, 9:00–18:00 według czasu w Rydze.'],
    ['Tuesday to Saturday', { workingDays: [2, 3, 4, 5, 6] }, 'Odpowiadam na e-maile w ciągu jednego dnia roboczego, od wtorku do soboty, 9:00–18:00 według czasu w Rydze.'],
    ['days apart', { workingDays: [1, 3, 5] }, 'Odpowiadam na e-maile w ciągu jednego dnia roboczego, w poniedziałki, w środy i w piątki, 9:00–18:00 według czasu w Rydze.'],
    ['split hours', split, 'Odpowiadam na e-maile w ciągu jednego dnia roboczego, od poniedziałku do piątku, 9:00–13:00 i 14:30–18:00 według czasu w Rydze.'],
    ['Warsaw: Polish time', { timeZone: 'Europe/Warsaw' }, 'Odpowiadam na e-maile w ciągu jednego dnia roboczego, od poniedziałku do piątku, 9:00–18:00 czasu polskiego.'],
    ['no city: the offset', { timeZone: 'UTC' }, 'Odpowiadam na e-maile w ciągu jednego dnia roboczego, od poniedziałku do piątku, 9:00–18:00 (UTC).'],
  ],
  lv: [
    ['1 business day', {}, 'Uz e-pastiem atbildu vienas darba dienas laikā, no pirmdienas līdz piektdienai, 9:00–18:00 pēc Rīgas laika.'],
    ['1 hour', h(1), 'Uz e-pastiem atbildu vienas stundas laikā; strādāju no pirmdienas līdz piektdienai, 9:00–18:00 pēc Rīgas laika.'],
    ['4 business hours', bh(4), 'Uz e-pastiem atbildu 4 darba stundu laikā, no pirmdienas līdz piektdienai, 9:00–18:00 pēc Rīgas laika.'],
    ['2 business days', bd(2), 'Uz e-pastiem atbildu 2 darba dienu laikā, no pirmdienas līdz piektdienai, 9:00–18:00 pēc Rīgas laika.'],
    ['24 calendar hours', h(24), 'Uz e-pastiem atbildu 24 stundu laikā; strādāju no pirmdienas līdz piektdienai, 9:00–18:00 pēc Rīgas laika.'],
    ['21 hours: singular after 21', h(21), 'Uz e-pastiem atbildu 21 stundas laikā; strādāju no pirmdienas līdz piektdienai, 9:00–18:00 pēc Rīgas laika.'],
    ['half an hour', h(0.5), 'Uz e-pastiem atbildu pusstundas laikā; strādāju no pirmdienas līdz piektdienai, 9:00–18:00 pēc Rīgas laika.'],
    ['a run across the weekend', { workingDays: [0, 1, 2] }, 'Uz e-pastiem atbildu vienas darba dienas laikā, no svētdienas līdz otrdienai, 9:00–18:00 pēc Rīgas laika.'],
    ['a range and a day', { workingDays: [1, 2, 3, 5] }, 'Uz e-pastiem atbildu vienas darba dienas laikā, no pirmdienas līdz trešdienai un piektdienās, 9:00–18:00 pēc Rīgas laika.'],
    ['weekends only', { workingDays: [0, 6] }, 'Uz e-pastiem atbildu vienas darba dienas laikā, sestdienās un svētdienās, 9:00–18:00 pēc Rīgas laika.'],
    ['split hours', split, 'Uz e-pastiem atbildu vienas darba dienas laikā, no pirmdienas līdz piektdienai, 9:00–13:00 un 14:30–18:00 pēc Rīgas laika.'],
    ['Warsaw', { timeZone: 'Europe/Warsaw' }, 'Uz e-pastiem atbildu vienas darba dienas laikā, no pirmdienas līdz piektdienai, 9:00–18:00 pēc Varšavas laika.'],
    ['no city: the offset', { timeZone: 'Asia/Kolkata' }, 'Uz e-pastiem atbildu vienas darba dienas laikā, no pirmdienas līdz piektdienai, 9:00–18:00 (UTC+5:30).'],
  ],
};

describe('expectationLine', () => {
  for (const [lang, rows] of Object.entries(TABLES) as [Lang, Row[]][]) {
    it.each(rows)(`${lang}: %s`, (_name, change, expected) => {
      expect(expectationLine({ ...RIGA_WEEK, ...change }, lang, { now: NOW })).toBe(expected);
    });
  }

  it('names the resolved zone when the settings leave it to the browser', () => {
    expect(expectationLine({ ...RIGA_WEEK, timeZone: null }, 'en', { timeZone: 'Europe/Vilnius', now: NOW })).toContain('9:00–18:00 Vilnius time.');
  });

  it('names a zone without a city by its offset on the day, summer time included', () => {
    expect(utcOffsetName('America/Sao_Paulo', NOW)).toBe('UTC−3');
    expect(utcOffsetName('Asia/Kathmandu', NOW)).toBe('UTC+5:45');
    expect(utcOffsetName('Australia/Sydney', NOW)).toBe('UTC+11');
    expect(utcOffsetName('Australia/Sydney', Date.UTC(2026, 6, 1))).toBe('UTC+10');
  });

  it.each([
    [[1, 2, 3, 4, 5], [[1, 2, 3, 4, 5]]],
    [[0, 1, 2], [[0, 1, 2]]],
    [[0, 6], [[6, 0]]],
    [[0, 1, 3, 4], [[0, 1], [3, 4]]],
    [[1, 3, 5], [[1], [3], [5]]],
    [[0, 1, 2, 3, 4, 5, 6], [[1, 2, 3, 4, 5, 6, 0]]],
    [[0, 2, 3, 4, 5, 6], [[2, 3, 4, 5, 6, 0]]],
  ])('working days %j run as %j', (days, runs) => {
    expect(workingDayRuns(days)).toEqual(runs);
  });

  it('lists two runs of working days in each language', () => {
    const days = [0, 1, 3, 4];
    expect(daysPhrase(days, 'en')).toBe('Sunday, Monday, Wednesday and Thursday');
    expect(daysPhrase(days, 'ru')).toBe('по воскресеньям, по понедельникам, по средам и по четвергам');
    expect(daysPhrase(days, 'lv')).toBe('svētdienās, pirmdienās, trešdienās un ceturtdienās');
  });
});

describe('hasExpectationLine', () => {
  // Policies: how the writer answers in general.
  const DETECT: [Lang, string][] = [
    ['en', 'I reply within 24 hours.'],
    ['en', 'I usually answer the same day.'],
    ['en', 'Hi Anna, thanks for the brief! I normally respond within one business day.'],
    ['en', 'My response time is 4 working hours.'],
    ['en', 'You can expect a reply within two days.'],
    ['en', 'We answer all emails by the end of the business day.'],
    ['en', "I'll always get back to you within 24 hours."],
    ['en', 'I answer email within one working day, Monday to Friday, 9:00–18:00 Riga time.'],
    ['ru', 'Отвечаю в течение рабочего дня.'],
    ['ru', 'Обычно я отвечаю на письма в тот же день.'],
    ['ru', 'Мы отвечаем за 24 часа.'],
    ['ru', 'Срок ответа — до конца рабочего дня.'],
    ['ru', 'Отвечаю на письма в течение одного рабочего дня, с понедельника по пятницу, 9:00–18:00 по рижскому времени.'],
    ['uk', 'Відповідаю протягом робочого дня.'],
    ['uk', 'Зазвичай відповідаю того ж дня.'],
    ['uk', 'Час відповіді — до 24 годин.'],
    ['uk', 'Відповідаємо на листи впродовж доби.'],
    ['pl', 'Odpowiadam w ciągu 24 godzin.'],
    ['pl', 'Zwykle odpowiadam tego samego dnia.'],
    ['pl', 'Czas odpowiedzi to do 2 dni roboczych.'],
    ['pl', 'Odpowiedź zwykle przychodzi w ciągu doby.'],
    ['lv', 'Atbildu vienas darba dienas laikā.'],
    ['lv', 'Parasti atbildu tajā pašā dienā.'],
    ['lv', 'Atbildes laiks ir 24 stundas.'],
    ['lv', 'Uz e-pastiem atbildam divu darba dienu laikā.'],
  ];
  // About one message, a question, a past answer, or no span at all: not a policy.
  const IGNORE: [Lang, string][] = [
    ['en', "I'll reply to John within a day."],
    ['en', 'I will get back to you within 2 days.'],
    ['en', 'Could you reply within 24 hours?'],
    ['en', 'Please respond within a week.'],
    ['en', 'I answered your email yesterday.'],
    ['en', 'I reply to your questions below.'],
    ['en', 'The files arrive within the hour.'],
    ['ru', 'Отвечу Ивану в течение дня.'],
    ['ru', 'Я отвечаю за дизайн, макет будет в течение недели.'],
    ['ru', 'Ответьте, пожалуйста, в течение двух дней.'],
    ['ru', 'Отвечаю на ваши вопросы ниже.'],
    ['uk', 'Відповім вам протягом дня.'],
    ['uk', 'Я відповідаю за верстку, зроблю протягом тижня.'],
    ['uk', 'Відповідаю на ваші запитання нижче.'],
    ['pl', 'Odpowiem Janowi w ciągu dnia.'],
    ['pl', 'Odpowiadam za projekt, gotowy będzie w ciągu tygodnia.'],
    ['pl', 'Proszę o odpowiedź w ciągu dwóch dni?'],
    ['pl', 'Odpowiadam na pytania poniżej.'],
    ['lv', 'Atbildēšu Jānim dienas laikā.'],
    ['lv', 'Atbildu uz jūsu jautājumiem zemāk.'],
    ['lv', 'Lūdzu, atbildiet divu dienu laikā.'],
  ];

  it.each(DETECT)('%s detects: %s', (lang, text) => {
    expect(hasExpectationLine(text, lang)).toBe(true);
    expect(hasExpectationLine(`Hello,\n\nthe mockups are attached.\n${text}\n\nBest,\nAda`)).toBe(true);
  });

  it.each(IGNORE)('%s leaves: %s', (lang, text) => {
    expect(hasExpectationLine(text, lang)).toBe(false);
    expect(hasExpectationLine(text)).toBe(false);
  });

  it('finds every offered sentence again, in every language', () => {
    for (const lang of Object.keys(TABLES) as Lang[]) {
      for (const [, change] of TABLES[lang]) {
        expect(hasExpectationLine(expectationLine({ ...RIGA_WEEK, ...change }, lang, { now: NOW }), lang)).toBe(true);
      }
    }
  });
});
