import { describe, expect, it } from 'vitest';
import { findDates, findDatesUnchecked } from './find';
import type { DateContext, DateMention, Lang } from './types';

/*
 * Tables in the style of ESLint's RuleTester: each case is a text and every mention findDates must
 * report for it, compared in full (text, date, time, kind, deadline, past), so an extra, missing or
 * misresolved mention fails the case.
 *
 * Unless a case says otherwise, `now` is Wednesday 6 May 2026, 10:00 in Riga (UTC+3), weeks start on
 * Monday. Resolution choices the tables pin down:
 * - Naming today's weekday means the next one: on a Wednesday "on Wednesday" / "в среду" is a week
 *   later (a writer who means today says "today"); "this Wednesday" stays today.
 * - A period under a deadline preposition ("by next week") resolves to its last working day (Friday).
 * - US month-first reading for an ambiguous "5/6"; "14/05" has no month 14 so it is day-first.
 * - A weekday or date left open ("on Monday", "May 4") goes back when its clause is past tense
 *   ("I sent it on Monday"); a deadline, "this"/"next", or any future/plan word keeps it ahead.
 * - Bare hours 1-6 read as afternoon ("at 5", "в 3 часа"); "в 3 часа ночи" and "05:00" do not.
 * - A part of today alone ("вечером", "до обеда") is today at 18:00 / 12:00, tomorrow once that part
 *   is over, yesterday in a past clause before it has begun; in a habit ("даже в выходные") no day.
 */

type Want = Pick<DateMention, 'text' | 'date' | 'kind' | 'deadline' | 'past'> & { time?: string };
interface Flags {
  time?: string;
  deadline?: boolean;
  past?: boolean;
}
interface Case {
  text: string;
  found: Want[];
}
interface EdgeCase extends Case {
  lang: Lang;
  /** ISO instant. */
  now: string;
  tz?: string;
  weekStart?: 0 | 1;
}

const WED = '2026-05-06T07:00:00Z';
const RIGA = 'Europe/Riga';
const NEW_YORK = 'America/New_York';

const DL: Flags = { deadline: true };
const PAST: Flags = { past: true };
const at = (time: string, more: Flags = {}): Flags => ({ ...more, time });

function m(text: string, date: string, kind: DateMention['kind'], f: Flags = {}): Want {
  const w: Want = { text, date, kind, deadline: !!f.deadline, past: !!f.past };
  if (f.time !== undefined) w.time = f.time;
  return w;
}
const one = (text: string, ...want: Want[]): Case => ({ text, found: want });

function ctx(now: string, timeZone = RIGA, weekStart: 0 | 1 = 1): DateContext {
  return { now: new Date(now), timeZone, weekStart };
}

function found(text: string, lang: Lang, c: DateContext): Want[] {
  // The unchecked finder: a table case must never depend on the safety net swallowing an exception.
  const got = findDatesUnchecked(text, lang, c);
  for (const d of got) expect(text.slice(d.start, d.end)).toBe(d.text);
  return got.map((d) => m(d.text, d.date, d.kind, { time: d.time, deadline: d.deadline, past: d.past }));
}

// ---------------------------------------------------------------------------------------------- en
const EN: Case[] = [
  one('I will send it by Friday.', m('by Friday', '2026-05-08', 'weekday', DL)),
  one('Can we talk on Monday?', m('on Monday', '2026-05-11', 'weekday')),
  one('Let us meet on Wednesday.', m('on Wednesday', '2026-05-13', 'weekday')),
  one('Let us meet this Wednesday.', m('this Wednesday', '2026-05-06', 'weekday')),
  one('next Friday', m('next Friday', '2026-05-15', 'weekday')),
  // A weekly day gives its next occurrence.
  one('I send the report on Fridays.', m('on Fridays', '2026-05-08', 'weekday')),
  one('next Monday', m('next Monday', '2026-05-11', 'weekday')),
  one('last Friday', m('last Friday', '2026-05-01', 'weekday', PAST)),
  one('Friday next week', m('Friday next week', '2026-05-15', 'weekday')),
  one('due by Fri.', m('due by Fri.', '2026-05-08', 'weekday', DL)),
  one('See you Tue at 3', m('Tue at 3', '2026-05-12', 'weekday', at('15:00'))),
  one('We should get to ark 7-8:00 sat evening.', m('7-8:00 sat evening', '2026-05-09', 'weekday', at('19:00'))),
  one('Kali missed last Sunday\'s game.', m("last Sunday's", '2026-05-03', 'weekday', PAST)),
  one('I will send the draft by Friday at 17:00.', m('by Friday at 17:00', '2026-05-08', 'weekday', at('17:00', DL))),
  one('today', m('today', '2026-05-06', 'relative-day')),
  one('tonight', m('tonight', '2026-05-06', 'relative-day')),
  one('tonight at 8', m('tonight at 8', '2026-05-06', 'relative-day', at('20:00'))),
  one('I will call you tomorrow.', m('tomorrow', '2026-05-07', 'relative-day')),
  // Mail's own spellings of the nearest days.
  one('will send the quote tonite', m('tonite', '2026-05-06', 'relative-day')),
  one('can do it 2moro', m('2moro', '2026-05-07', 'relative-day')),
  one('back at my desk tmr', m('tmr', '2026-05-07', 'relative-day')),
  one('at 5 tomorrow morning', m('at 5 tomorrow morning', '2026-05-07', 'relative-day', at('05:00'))),
  one('yesterday', m('yesterday', '2026-05-05', 'relative-day', PAST)),
  one('last night', m('last night', '2026-05-05', 'relative-day', PAST)),
  one('he was busy last evening', m('last evening', '2026-05-05', 'relative-day', PAST)),
  one('the day after tomorrow', m('the day after tomorrow', '2026-05-08', 'relative-day')),
  one('this afternoon', m('this afternoon', '2026-05-06', 'relative-day')),
  one('this week', m('this week', '2026-05-06', 'period')),
  one('next week', m('next week', '2026-05-11', 'period')),
  one('by next week', m('by next week', '2026-05-15', 'period', DL)),
  one('last week', m('last week', '2026-04-27', 'period', PAST)),
  one("I faxed a copy of last week's bullets.", m("of last week's", '2026-04-27', 'period', PAST)),
  one('end of the week', m('end of the week', '2026-05-08', 'period')),
  one('by the end of the month', m('by the end of the month', '2026-05-31', 'period', DL)),
  one('end of month', m('end of month', '2026-05-31', 'period')),
  one('EOW', m('EOW', '2026-05-08', 'period')),
  one('by EOD', m('by EOD', '2026-05-06', 'period', at('17:00', DL))),
  one('COB', m('COB', '2026-05-06', 'period', at('17:00'))),
  one('by COB tomorrow', m('by COB tomorrow', '2026-05-07', 'period', at('17:00', DL))),
  one('EOD Friday', m('EOD Friday', '2026-05-08', 'period', at('17:00'))),
  one('by end of day on Friday', m('by end of day on Friday', '2026-05-08', 'period', at('17:00', DL))),
  one('on the 14th', m('on the 14th', '2026-05-14', 'calendar')),
  // The 5th has passed this month, so it is next month's.
  one('on the 5th', m('on the 5th', '2026-06-05', 'calendar')),
  one('14.05.2026', m('14.05.2026', '2026-05-14', 'calendar')),
  one('5/14', m('5/14', '2026-05-14', 'calendar')),
  one('14/05', m('14/05', '2026-05-14', 'calendar')),
  one('5/6', m('5/6', '2026-05-06', 'calendar')),
  one('14/05/2026', m('14/05/2026', '2026-05-14', 'calendar')),
  one('May 14', m('May 14', '2026-05-14', 'calendar')),
  one('the 14th of May', m('the 14th of May', '2026-05-14', 'calendar')),
  one('14th of May', m('14th of May', '2026-05-14', 'calendar')),
  one('14 May', m('14 May', '2026-05-14', 'calendar')),
  one('May 14th, 2026', m('May 14th, 2026', '2026-05-14', 'calendar')),
  one('Dec. 13th', m('Dec. 13th', '2026-12-13', 'calendar')),
  one('at 17:00', m('at 17:00', '2026-05-06', 'time', at('17:00'))),
  one('5pm', m('5pm', '2026-05-06', 'time', at('17:00'))),
  one('5:30 p.m.', m('5:30 p.m.', '2026-05-06', 'time', at('17:30'))),
  one('at noon', m('at noon', '2026-05-06', 'time', at('12:00'))),
  one('by noon', m('by noon', '2026-05-06', 'time', at('12:00', DL))),
  one('at 5', m('at 5', '2026-05-06', 'time', at('17:00'))),
  one('at 9', m('at 9', '2026-05-06', 'time', at('09:00'))),
  one('from 2-4pm', m('from 2-4pm', '2026-05-06', 'time', at('14:00'))),
  one('within 48 hours', m('within 48 hours', '2026-05-08', 'span', DL)),
  one('in 2 days', m('in 2 days', '2026-05-08', 'span')),
  one('within 2 business days', m('within 2 business days', '2026-05-08', 'span', DL)),
  one('within 3 business days', m('within 3 business days', '2026-05-11', 'span', DL)),
  one('in a week', m('in a week', '2026-05-13', 'span')),
  one('within the hour', m('within the hour', '2026-05-06', 'span', DL)),
  one('two hours ago', m('two hours ago', '2026-05-06', 'span', PAST)),
  // A range of hours counts to its upper bound: 16:00 in Riga, still today.
  one('it will take 4-6 more hours', m('4-6 more hours', '2026-05-06', 'span')),
  one("I'll fix it right away.", m('right away', '2026-05-06', 'now')),
  one('immediately', m('immediately', '2026-05-06', 'now')),
  one("on Mother's Day", m("on Mother's Day", '2026-05-10', 'calendar')),
  one('Monday or Tuesday', m('Monday', '2026-05-11', 'weekday'), m('Tuesday', '2026-05-12', 'weekday')),
  // Clause tense: a past verb sends an unqualified day back; a future, plan or infinitive keeps it ahead.
  one('I sent it on Monday.', m('on Monday', '2026-05-04', 'weekday', PAST)),
  one('I was off ill on Monday.', m('on Monday', '2026-05-04', 'weekday', PAST)),
  one('On Monday, I faxed the report.', m('On Monday', '2026-05-04', 'weekday', PAST)),
  one('We met on May 4.', m('on May 4', '2026-05-04', 'calendar', PAST)),
  one('I called on the 5th.', m('on the 5th', '2026-05-05', 'calendar', PAST)),
  one('She sent the file on Friday at 5pm.', m('on Friday at 5pm', '2026-05-01', 'weekday', at('17:00', PAST))),
  one('I was hoping to send it on Monday.', m('on Monday', '2026-05-11', 'weekday')),
  one("I told him we'd meet on Friday.", m('on Friday', '2026-05-08', 'weekday')),
  one('The meeting was scheduled for Friday.', m('for Friday', '2026-05-08', 'weekday')),
  one('We moved the call to Monday.', m('Monday', '2026-05-11', 'weekday')),
  one('We need this finalized on Monday.', m('on Monday', '2026-05-11', 'weekday')),
  one('Did you want to meet on Monday?', m('on Monday', '2026-05-11', 'weekday')),
  one('It was promised by Friday.', m('by Friday', '2026-05-08', 'weekday', DL)),
  one('I sent it yesterday and will call on Monday.', m('yesterday', '2026-05-05', 'relative-day', PAST), m('on Monday', '2026-05-11', 'weekday')),
  // "this"/"next" already said which one.
  one('I was told next Friday works.', m('next Friday', '2026-05-15', 'weekday')),
  // Counted from a named day rather than from now.
  one('a week from Friday', m('a week from Friday', '2026-05-15', 'span')),
  one('two days after the 14th', m('two days after the 14th', '2026-05-16', 'span')),
  one('3 business days from Monday', m('3 business days from Monday', '2026-05-14', 'span')),
  one('a day before Friday', m('a day before Friday', '2026-05-07', 'span')),
  one('a week from now', m('a week from now', '2026-05-13', 'span')),
  // Business quarters: the current one counts from today, a passed one means next year's.
  one('in Q3', m('in Q3', '2026-07-01', 'period')),
  one('by Q3', m('by Q3', '2026-09-30', 'period', DL)),
  one('Q2', m('Q2', '2026-05-06', 'period')),
  one('Q1', m('Q1', '2027-01-01', 'period')),
  one('by end of Q2', m('by end of Q2', '2026-06-30', 'period', DL)),
  one('by Q4 2025', m('by Q4 2025', '2025-12-31', 'period', { deadline: true, past: true })),
  one('at 10 on Friday evening', m('at 10 on Friday evening', '2026-05-08', 'weekday', at('22:00'))),
  one('at 08:00 tonight', m('at 08:00 tonight', '2026-05-06', 'relative-day', at('08:00'))),
];
const EN_NONE = [
  'a day',
  'It took a few minutes.',
  'Give me a second.',
  'I will reply soon.',
  'May I ask a question?',
  'I will do it.',
  'in a few days',
  'over the coming weeks',
  'in a day or two',
  'in a minute',
  'a couple of days',
  'in a bit',
  'later',
  'ASAP',
  'when I return',
  'not immediately',
  'immediately after the call',
  'the 21st century',
  'We scored 14.05 points.',
  '24/7 support',
  'half is 1/2',
  '2 year warranty',
  'the sun is out',
  'I may march on',
  'version 1.10.2',
  'it costs $14.05',
  '2 days before the deadline',
  'Q5 and q3 are not quarters',
  'We are open 9-5',
  'call 555-1234',
];

// ---------------------------------------------------------------------------------------------- ru
const RU: Case[] = [
  one('Пришлю до пятницы.', m('до пятницы', '2026-05-08', 'weekday', DL)),
  one('к пятнице', m('к пятнице', '2026-05-08', 'weekday', DL)),
  one('к понедельнику', m('к понедельнику', '2026-05-11', 'weekday', DL)),
  one('во вторник', m('во вторник', '2026-05-12', 'weekday')),
  one('в среду', m('в среду', '2026-05-13', 'weekday')),
  one('в эту среду', m('в эту среду', '2026-05-06', 'weekday')),
  one('в следующую пятницу', m('в следующую пятницу', '2026-05-15', 'weekday')),
  one('в прошлую пятницу', m('в прошлую пятницу', '2026-05-01', 'weekday', PAST)),
  one('до следующей среды', m('до следующей среды', '2026-05-13', 'weekday', DL)),
  one('в пятницу на следующей неделе', m('в пятницу на следующей неделе', '2026-05-15', 'weekday')),
  one('сегодня', m('сегодня', '2026-05-06', 'relative-day')),
  one('завтра', m('завтра', '2026-05-07', 'relative-day')),
  one('вчера', m('вчера', '2026-05-05', 'relative-day', PAST)),
  one('послезавтра', m('послезавтра', '2026-05-08', 'relative-day')),
  // Typed in a hurry.
  one('гляну седня', m('седня', '2026-05-06', 'relative-day')),
  one('сегодня вечером', m('сегодня вечером', '2026-05-06', 'relative-day')),
  one('на этой неделе', m('на этой неделе', '2026-05-06', 'period')),
  one('на следующей неделе', m('на следующей неделе', '2026-05-11', 'period')),
  one('до конца недели', m('до конца недели', '2026-05-08', 'period', DL)),
  one('к концу недели', m('к концу недели', '2026-05-08', 'period', DL)),
  one('до конца месяца', m('до конца месяца', '2026-05-31', 'period', DL)),
  one('к концу дня', m('к концу дня', '2026-05-06', 'period', at('17:00', DL))),
  one('14.05', m('14.05', '2026-05-14', 'calendar')),
  one('14.05.2026', m('14.05.2026', '2026-05-14', 'calendar')),
  one('до 14.05', m('до 14.05', '2026-05-14', 'calendar', DL)),
  one('14 мая', m('14 мая', '2026-05-14', 'calendar')),
  one('к 14 мая', m('к 14 мая', '2026-05-14', 'calendar', DL)),
  one('14-го мая', m('14-го мая', '2026-05-14', 'calendar')),
  one('до 14-го', m('до 14-го', '2026-05-14', 'calendar', DL)),
  one('13 июня 2026 г.', m('13 июня 2026 г.', '2026-06-13', 'calendar')),
  one('до 14.05.2026 года', m('до 14.05.2026 года', '2026-05-14', 'calendar', DL)),
  one('в 17:00', m('в 17:00', '2026-05-06', 'time', at('17:00'))),
  one('до 17:00', m('до 17:00', '2026-05-06', 'time', at('17:00', DL))),
  one('в 5 вечера', m('в 5 вечера', '2026-05-06', 'time', at('17:00'))),
  one('в полдень', m('в полдень', '2026-05-06', 'time', at('12:00'))),
  one('Созвонимся в пятницу в 17:00.', m('в пятницу в 17:00', '2026-05-08', 'weekday', at('17:00'))),
  one('завтра в 10:00', m('завтра в 10:00', '2026-05-07', 'relative-day', at('10:00'))),
  one('в течение 48 часов', m('в течение 48 часов', '2026-05-08', 'span', DL)),
  // "48h", as mail types it in every language.
  one('в течение 48h', m('в течение 48h', '2026-05-08', 'span', DL)),
  one('через 2 дня', m('через 2 дня', '2026-05-08', 'span')),
  one('в течение двух дней', m('в течение двух дней', '2026-05-08', 'span', DL)),
  one('через неделю', m('через неделю', '2026-05-13', 'span')),
  one('сразу', m('сразу', '2026-05-06', 'now')),
  one('Сразу же отправлю.', m('Сразу же', '2026-05-06', 'now')),
  one('Исправлю это сразу.', m('сразу', '2026-05-06', 'now')),
  // A deadline within a named day: by noon, by the evening.
  one('завтра до обеда', m('завтра до обеда', '2026-05-07', 'relative-day', at('12:00', DL))),
  one('в пятницу к вечеру', m('в пятницу к вечеру', '2026-05-08', 'weekday', at('18:00', DL))),
  one('немедленно', m('немедленно', '2026-05-06', 'now')),
  one('Счёт я отправил вам в пятницу.', m('в пятницу', '2026-05-01', 'weekday', PAST)),
  one('В понедельник я был болен.', m('В понедельник', '2026-05-04', 'weekday', PAST)),
  one('Договор мы подписали 4 мая.', m('4 мая', '2026-05-04', 'calendar', PAST)),
  one('Мы договорились встретиться в пятницу.', m('в пятницу', '2026-05-08', 'weekday')),
  one('Созвон перенесли на понедельник.', m('на понедельник', '2026-05-11', 'weekday')),
  one('Если в понедельник будет время, позвоню.', m('в понедельник', '2026-05-11', 'weekday')),
  // Two-letter abbreviations, with any preposition (the locative guard is for "в среде").
  one('до пт', m('до пт', '2026-05-08', 'weekday', DL)),
  one('с пн по ср', m('с пн', '2026-05-11', 'weekday'), m('по ср', '2026-05-13', 'weekday')),
  one('на этих выходных', m('на этих выходных', '2026-05-09', 'period')),
  one('на следующих выходных', m('на следующих выходных', '2026-05-16', 'period')),
  // An hour with "часа" is a time after "в", and read in business hours.
  one('в 3 часа', m('в 3 часа', '2026-05-06', 'time', at('15:00'))),
  one('в 3 часа ночи', m('в 3 часа ночи', '2026-05-06', 'time', at('03:00'))),
  one('в 10 часов', m('в 10 часов', '2026-05-06', 'time', at('10:00'))),
  one('в течение 3 часов', m('в течение 3 часов', '2026-05-06', 'span', DL)),
  // Parts of today alone (written at 10:00): the day, with a clock time for the part; a past clause
  // sends a part not begun yet to yesterday. Adjectives of relative days, days of the month with
  // "число" or a glued ending, working hours, hours as words, "за" + month (the period covered, so
  // past), the middle of a period, this weekend, May holidays.
  one('Фото пришлю вечером.', m('вечером', '2026-05-06', 'relative-day', at('18:00'))),
  one('Постараюсь утром отправить.', m('утром', '2026-05-06', 'relative-day', at('09:00'))),
  one('Мы ваш заказ упаковали ещё утром.', m('утром', '2026-05-06', 'relative-day', at('09:00', PAST))),
  one('Заказ упаковали вечером.', m('вечером', '2026-05-05', 'relative-day', at('18:00', PAST))),
  one('к вечеру будет готово', m('к вечеру', '2026-05-06', 'relative-day', at('18:00', DL))),
  one('Успею до вечера.', m('до вечера', '2026-05-06', 'relative-day', at('18:00', DL))),
  one('до вечера пятницы', m('до вечера пятницы', '2026-05-08', 'weekday', at('18:00', DL))),
  one('утром в понедельник пришлю', m('утром в понедельник', '2026-05-11', 'weekday', at('09:00'))),
  one('Посмотрю после обеда.', m('после обеда', '2026-05-06', 'relative-day', at('14:00'))),
  one('Отвечу до обеда.', m('до обеда', '2026-05-06', 'relative-day', at('12:00', DL))),
  one('Бумагу обещали привезти только к обеду.', m('к обеду', '2026-05-06', 'relative-day', at('12:00', DL))),
  one('Созвонимся в обед.', m('в обед', '2026-05-06', 'relative-day', at('13:00'))),
  one('Из-за гололеда машины с утра не выпускали.', m('с утра', '2026-05-06', 'relative-day', at('09:00', PAST))),
  one('Сервер лежит с утра.', m('с утра', '2026-05-06', 'relative-day', at('09:00'))),
  one('По итогам вчерашнего созвона фиксирую договоренности.', m('вчерашнего', '2026-05-05', 'relative-day', PAST)),
  one('Завтрашняя встреча отменяется.', m('Завтрашняя', '2026-05-07', 'relative-day')),
  one('Сегодняшний урок проведёт Марина.', m('Сегодняшний', '2026-05-06', 'relative-day')),
  one('Прошу прощения за вчерашний созвон.', m('за вчерашний', '2026-05-05', 'relative-day', PAST)),
  one('Бэкап за прошлую ночь не создался.', m('за прошлую ночь', '2026-05-05', 'relative-day', PAST)),
  one('должны сдать к 20му', m('к 20му', '2026-05-20', 'calendar', DL)),
  one('я в отпуске до 20го', m('до 20го', '2026-05-20', 'calendar', DL)),
  // The genitive ordinal is a day on its own, no preposition needed (pool36: "Приеду 18-го" was given a day beside it).
  one('Приеду 18-го.', m('18-го', '2026-05-18', 'calendar')),
  one('созвонимся 20го', m('20го', '2026-05-20', 'calendar')),
  one('Перезвоню завтра во второй половине дня.', m('завтра во второй половине дня', '2026-05-07', 'relative-day')),
  one('Рассчитываю закончить к 20 числу.', m('к 20 числу', '2026-05-20', 'calendar', DL)),
  one('до 15 числа', m('до 15 числа', '2026-05-15', 'calendar', DL)),
  one('Ориентировочно отгрузка 15-16 числа.', m('15-16 числа', '2026-05-15', 'calendar')),
  one('Меня не было с 12 по 16 число.', m('с 12 по 16 число', '2026-04-12', 'calendar', PAST)),
  one('запчасть приедет не раньше 20-го, раньше никак', m('не раньше 20-го', '2026-05-20', 'calendar')),
  one('Мы работаем с 10 до 19 по будням.', m('с 10 до 19', '2026-05-06', 'time', at('10:00'))),
  one('Я на связи в будни с 9 до 18, в остальное время отвечу позже.', m('с 9 до 18', '2026-05-06', 'time', at('09:00'))),
  one('На звонки отвечаю с девяти до шести по будням.', m('с девяти до шести', '2026-05-06', 'time', at('09:00'))),
  one('Если не успею к 18, предупрежу.', m('к 18', '2026-05-06', 'time', at('18:00', DL))),
  one('Удобно ли вам принять мастера после 18?', m('после 18', '2026-05-06', 'time', at('18:00'))),
  one('Я на месте до шести.', m('до шести', '2026-05-06', 'time', at('18:00', DL))),
  one('Часам к пяти освобожусь и заеду.', m('Часам к пяти', '2026-05-06', 'time', at('17:00', DL))),
  one('Звони хоть в два часа ночи.', m('в два часа ночи', '2026-05-06', 'time', at('02:00'))),
  one('звоните хоть в три часа ночи', m('в три часа ночи', '2026-05-06', 'time', at('03:00'))),
  one('отвечает даже в три ночи', m('в три ночи', '2026-05-06', 'time', at('03:00'))),
  one('В эти выходные выйду поработать.', m('В эти выходные', '2026-05-09', 'period')),
  one('в эти выходные мы не сможем принять группу', m('в эти выходные', '2026-05-09', 'period')),
  one('Отчет по SEO за апрель готов.', m('за апрель', '2026-04-01', 'period', PAST)),
  one('Счета за ноябрь бухгалтерия вышлет отдельно.', m('за ноябрь', '2025-11-01', 'period', PAST)),
  one('Оплата за май не поступила.', m('за май', '2026-05-01', 'period', PAST)),
  one('Не раньше середины месяца.', m('Не раньше середины месяца', '2026-05-15', 'period')),
  one('к середине июня должны закончить', m('к середине июня', '2026-06-15', 'period', DL)),
  one('где-то в середине июня', m('в середине июня', '2026-06-15', 'period')),
  one('На майские праздники мы не работаем.', m('На майские праздники', '2027-05-01', 'calendar')),
  one('звоните хоть в новогоднюю ночь', m('в новогоднюю ночь', '2026-12-31', 'calendar')),
  one('созвонимся на след неделе?', m('на след неделе', '2026-05-11', 'period')),
  one('на след. неделе', m('на след. неделе', '2026-05-11', 'period')),
  one('сдам позже среды', m('позже среды', '2026-05-13', 'weekday')),
  one('Немедленно исправлю.', m('Немедленно', '2026-05-06', 'now')),
];
const RU_NONE = [
  // An ordinal with a count noun after it is no day.
  'Пришлю гравюру 18-го века.',
  'Дойдём до 5-го уровня.',
  'Сейчас я занят другим проектом.',
  'Мне нужно пару дней.',
  'через пару дней',
  'в один прекрасный день',
  'скоро',
  'на днях',
  'в ближайшее время',
  'в ближайшие дни',
  'через минуту',
  'в среде разработки',
  'охрана окружающей среды',
  'в 5 раз больше',
  'как можно скорее',
  'не сразу',
  'сразу после звонка',
  'Цена 14.05 руб',
  'оценка 3.5 из 5',
  // A duration, not a time.
  'Я работал над этим 3 часа.',
  'ср. п. 5',
  'пт',
  // At once, timed by an event rather than by now.
  'Как только придёт — сразу сообщим.',
  'Восстановят — сразу обработаю и пришлю.',
  'Поправлю шапку и сразу скину.',
  'Сразу сообщу, когда двинется.',
  'Если утвердите смету, сразу закажем материалы.',
  // Greetings, habits, durations.
  'Доброе утро!',
  'Добрый вечер, Ирина.',
  'Вечером я обычно не работаю.',
  'По вечерам не отвечаю.',
  'С утра до вечера на объекте.',
  'За один вечер сделаю.',
  'В сегодняшних реалиях это сложно.',
  'По выходным я не работаю.',
  'Я всегда на связи, даже в выходные.',
  'Ночью и в выходные мы не работаем.',
  'Звоните в любое время, хоть в выходные, хоть в праздники.',
  'Письма разбираю по будням, в выходные почту не открываю.',
  // Amounts and ages after hours and days; "в 10" alone stays unread.
  'с 5 до 10 лет',
  'с 10 до 15 человек',
  'до 18 лет',
  'к 18 годам',
  'в 10 раз больше',
  'в два раза больше',
  'до шести месяцев',
  'к пяти годам',
  'до 5-го уровня',
  'за неделю сделаю',
  'в середине списка',
  // The vertical video format; a number far ahead is no year.
  'Видео будет в формате 9:16.',
  'Правильный номер — 2045.',
];

// ---------------------------------------------------------------------------------------------- uk
const UK: Case[] = [
  // The neuter ordinal of "число" (pool36: "поставлю вас на 23-тє").
  one('поставлю вас на 23-тє', m('на 23-тє', '2026-05-23', 'calendar')),
  one('Приїду 18-го.', m('18-го', '2026-05-18', 'calendar')),
  one("Надішлю до п'ятниці.", m("до п'ятниці", '2026-05-08', 'weekday', DL)),
  one('до п’ятниці', m('до п’ятниці', '2026-05-08', 'weekday', DL)),
  one("у п'ятницю", m("у п'ятницю", '2026-05-08', 'weekday')),
  one('у п’ятницю', m('у п’ятницю', '2026-05-08', 'weekday')),
  one('у пʼятницю', m('у пʼятницю', '2026-05-08', 'weekday')),
  one("в п'ятницю", m("в п'ятницю", '2026-05-08', 'weekday')),
  one('до понеділка', m('до понеділка', '2026-05-11', 'weekday', DL)),
  one('у вівторок', m('у вівторок', '2026-05-12', 'weekday')),
  one('в середу', m('в середу', '2026-05-13', 'weekday')),
  one("минулої п'ятниці", m("минулої п'ятниці", '2026-05-01', 'weekday', PAST)),
  one('до наступної середи', m('до наступної середи', '2026-05-13', 'weekday', DL)),
  one('сьогодні', m('сьогодні', '2026-05-06', 'relative-day')),
  one('завтра', m('завтра', '2026-05-07', 'relative-day')),
  one('вчора', m('вчора', '2026-05-05', 'relative-day', PAST)),
  one('учора', m('учора', '2026-05-05', 'relative-day', PAST)),
  one('післязавтра', m('післязавтра', '2026-05-08', 'relative-day')),
  one('сьогодні ввечері', m('сьогодні ввечері', '2026-05-06', 'relative-day')),
  // Typed in a hurry (pool24: "Гляну сьодні").
  one('Гляну сьодні', m('сьодні', '2026-05-06', 'relative-day')),
  one('до кінця робочого дня', m('до кінця робочого дня', '2026-05-06', 'period', at('17:00', DL))),
  one('цього тижня', m('цього тижня', '2026-05-06', 'period')),
  one('наступного тижня', m('наступного тижня', '2026-05-11', 'period')),
  one('на наступному тижні', m('на наступному тижні', '2026-05-11', 'period')),
  one('до кінця тижня', m('до кінця тижня', '2026-05-08', 'period', DL)),
  one('до кінця місяця', m('до кінця місяця', '2026-05-31', 'period', DL)),
  one('наприкінці місяця', m('наприкінці місяця', '2026-05-31', 'period')),
  one('14.05', m('14.05', '2026-05-14', 'calendar')),
  one('14.05.2026', m('14.05.2026', '2026-05-14', 'calendar')),
  one('Перенесемо сайт 14 травня.', m('14 травня', '2026-05-14', 'calendar')),
  one('до 14 травня', m('до 14 травня', '2026-05-14', 'calendar', DL)),
  one('о 17:00', m('о 17:00', '2026-05-06', 'time', at('17:00'))),
  one('до 17:00', m('до 17:00', '2026-05-06', 'time', at('17:00', DL))),
  one('о 10.00', m('о 10.00', '2026-05-06', 'time', at('10:00'))),
  one('опівдні', m('опівдні', '2026-05-06', 'time', at('12:00'))),
  one('у п’ятницю о 17:00', m('у п’ятницю о 17:00', '2026-05-08', 'weekday', at('17:00'))),
  one('протягом 48 годин', m('протягом 48 годин', '2026-05-08', 'span', DL)),
  one('протягом 48h', m('протягом 48h', '2026-05-08', 'span', DL)),
  one('через 2 дні', m('через 2 дні', '2026-05-08', 'span')),
  one('протягом двох днів', m('протягом двох днів', '2026-05-08', 'span', DL)),
  one('одразу', m('одразу', '2026-05-06', 'now')),
  one('відразу', m('відразу', '2026-05-06', 'now')),
  one('негайно', m('негайно', '2026-05-06', 'now')),
  one('Рахунок я надіслав вам у п’ятницю.', m('у п’ятницю', '2026-05-01', 'weekday', PAST)),
  one('У понеділок я був хворий.', m('У понеділок', '2026-05-04', 'weekday', PAST)),
  one('Надішлю у понеділок.', m('у понеділок', '2026-05-11', 'weekday')),
  one('до пт', m('до пт', '2026-05-08', 'weekday', DL)),
  one('на цих вихідних', m('на цих вихідних', '2026-05-09', 'period')),
  one('о 3 годині', m('о 3 годині', '2026-05-06', 'time', at('15:00'))),
  // Parts of today alone, adjectives of relative days, days of the month, hours, "за" + month.
  one('Переписку я перешлю вам увечері.', m('увечері', '2026-05-06', 'relative-day', at('18:00'))),
  one("На зв'язку буду тільки ввечері.", m('ввечері', '2026-05-06', 'relative-day', at('18:00'))),
  one('Зранку, якщо встигну, закину вам ракурси.', m('Зранку', '2026-05-06', 'relative-day', at('09:00'))),
  one('Має вийти закінчити верстку до обіду.', m('до обіду', '2026-05-06', 'relative-day', at('12:00', DL))),
  one('Спробую додзвонитися ще раз після обіду.', m('після обіду', '2026-05-06', 'relative-day', at('14:00'))),
  one('Відпишу сьогодні до вечора.', m('сьогодні до вечора', '2026-05-06', 'relative-day', at('18:00', DL))),
  one('Я не зміг підключитися до вчорашньої зустрічі.', m('до вчорашньої', '2026-05-05', 'relative-day', PAST)),
  one('Вчорашній день пішов не за планом.', m('Вчорашній', '2026-05-05', 'relative-day', PAST)),
  one('Дякую за вчорашню зустріч.', m('за вчорашню', '2026-05-05', 'relative-day', PAST)),
  one('Завтрашня презентація переноситься.', m('Завтрашня', '2026-05-07', 'relative-day')),
  one('Минулої ночі на складі вимкнули світло.', m('Минулої ночі', '2026-05-05', 'relative-day', PAST)),
  one('Надіюсь до 15 числа запустимо.', m('до 15 числа', '2026-05-15', 'calendar', DL)),
  one('Оплату проводимо 10-го і 25-го числа.', m('10-го', '2026-05-10', 'calendar'), m('25-го числа', '2026-05-25', 'calendar')),
  one('Я на зв’язку в робочі дні з 9 до 18.', m('з 9 до 18', '2026-05-06', 'time', at('09:00'))),
  one('Ми з 14 до 17 сиділи в укритті.', m('з 14 до 17', '2026-05-06', 'time', at('14:00'))),
  one("Я чекала на дзвінок о дев'ятій за Києвом.", m("о дев'ятій", '2026-05-06', 'time', at('09:00'))),
  one('Не вийшла на дзвінок о 10, малий захворів.', m('о 10', '2026-05-06', 'time', at('10:00'))),
  one('Можна писати хоч о третій ночі.', m('о третій ночі', '2026-05-06', 'time', at('03:00'))),
  one("Працюємо з дев'ятої до шостої.", m("з дев'ятої до шостої", '2026-05-06', 'time', at('09:00'))),
  one('Може вийде перенести сайт вже цими вихідними.', m('цими вихідними', '2026-05-09', 'period')),
  one('Я спробую за ці вихідні розібратися.', m('за ці вихідні', '2026-05-09', 'period')),
  one('Інвойси за березень будуть згодом.', m('за березень', '2026-03-01', 'period', PAST)),
  one('Рахунок за листопад ще не відправили.', m('за листопад', '2025-11-01', 'period', PAST)),
  one('Ми отримали первинку в останній день місяця.', m('в останній день місяця', '2026-05-31', 'period')),
  one('Закінчимо до середини місяця.', m('до середини місяця', '2026-05-15', 'period', DL)),
  one('Тестування накладається на новорічні свята.', m('на новорічні свята', '2027-01-01', 'calendar')),
  one('Негайно виправлю.', m('Негайно', '2026-05-06', 'now')),
];
const UK_NONE = [
  'Зараз я працюю над іншим проєктом.',
  'пару днів',
  'кілька хвилин',
  'скоро',
  'найближчим часом',
  'незабаром',
  'одного дня',
  'трохи пізніше',
  'через хвилину',
  'Це займе 3 години.',
  'Як тільки фотограф передасть фото, ми одразу оновимо слайдер.',
  'Коли матимемо підтвердження, одразу дамо знати.',
  'Доброго вечора!',
  'Гарного вам вечора.',
  'Доброго ранку!',
  'Ввечері я зазвичай не працюю.',
  'Завжди відповідаю в той самий день, навіть у вихідні.',
  'Я на звʼязку 24/7, навіть у вихідні.',
  'Готовий працювати у вихідні та вночі.',
  'По вихідних не працюю.',
  // "другої" alone is also "the other".
  'Перейдемо до другої частини.',
  'З 5 до 10 років.',
  'Знижки до 30 відсотків.',
  'о 5 разів більше',
];

// ---------------------------------------------------------------------------------------------- pl
const PL: Case[] = [
  one('Wyślę do piątku.', m('do piątku', '2026-05-08', 'weekday', DL)),
  one('w piątek', m('w piątek', '2026-05-08', 'weekday')),
  one('w poniedziałek', m('w poniedziałek', '2026-05-11', 'weekday')),
  one('na środę', m('na środę', '2026-05-13', 'weekday', DL)),
  one('we wtorek', m('we wtorek', '2026-05-12', 'weekday')),
  one('w środę', m('w środę', '2026-05-13', 'weekday')),
  one('w tę środę', m('w tę środę', '2026-05-06', 'weekday')),
  one('w zeszły piątek', m('w zeszły piątek', '2026-05-01', 'weekday', PAST)),
  one('do przyszłej środy', m('do przyszłej środy', '2026-05-13', 'weekday', DL)),
  one('dziś', m('dziś', '2026-05-06', 'relative-day')),
  one('dzisiaj', m('dzisiaj', '2026-05-06', 'relative-day')),
  one('jutro', m('jutro', '2026-05-07', 'relative-day')),
  one('do jutra', m('do jutra', '2026-05-07', 'relative-day', DL)),
  one('wczoraj', m('wczoraj', '2026-05-05', 'relative-day', PAST)),
  one('pojutrze', m('pojutrze', '2026-05-08', 'relative-day')),
  one('dziś wieczorem', m('dziś wieczorem', '2026-05-06', 'relative-day')),
  one('do końca dnia', m('do końca dnia', '2026-05-06', 'period', at('17:00', DL))),
  one('w tym tygodniu', m('w tym tygodniu', '2026-05-06', 'period')),
  one('w przyszłym tygodniu', m('w przyszłym tygodniu', '2026-05-11', 'period')),
  one('do końca tygodnia', m('do końca tygodnia', '2026-05-08', 'period', DL)),
  one('do końca miesiąca', m('do końca miesiąca', '2026-05-31', 'period', DL)),
  one('14.05', m('14.05', '2026-05-14', 'calendar')),
  one('14.05.2026', m('14.05.2026', '2026-05-14', 'calendar')),
  one('Uruchomimy sklep 14 maja.', m('14 maja', '2026-05-14', 'calendar')),
  one('do 14 maja', m('do 14 maja', '2026-05-14', 'calendar', DL)),
  one('14 maja 2026 r.', m('14 maja 2026 r.', '2026-05-14', 'calendar')),
  one('do 14.05.2026 r.', m('do 14.05.2026 r.', '2026-05-14', 'calendar', DL)),
  one('o 17:00', m('o 17:00', '2026-05-06', 'time', at('17:00'))),
  one('o 10:00', m('o 10:00', '2026-05-06', 'time', at('10:00'))),
  one('o godz. 10.00', m('o godz. 10.00', '2026-05-06', 'time', at('10:00'))),
  one('do 17:00', m('do 17:00', '2026-05-06', 'time', at('17:00', DL))),
  one('w południe', m('w południe', '2026-05-06', 'time', at('12:00'))),
  one('w piątek o 17:00', m('w piątek o 17:00', '2026-05-08', 'weekday', at('17:00'))),
  one('w ciągu 2 dni', m('w ciągu 2 dni', '2026-05-08', 'span', DL)),
  one('w ciągu 48 godzin', m('w ciągu 48 godzin', '2026-05-08', 'span', DL)),
  one('w ciagu 48h', m('w ciagu 48h', '2026-05-08', 'span', DL)),
  one('w ciągu dwóch dni', m('w ciągu dwóch dni', '2026-05-08', 'span', DL)),
  one('za tydzień', m('za tydzień', '2026-05-13', 'span')),
  one('od razu', m('od razu', '2026-05-06', 'now')),
  one('Zrobię to od razu.', m('od razu', '2026-05-06', 'now')),
  one('jutro przed południem', m('jutro przed południem', '2026-05-07', 'relative-day', at('12:00', DL))),
  one('natychmiast', m('natychmiast', '2026-05-06', 'now')),
  one('Fakturę wysłałem w piątek.', m('w piątek', '2026-05-01', 'weekday', PAST)),
  one('W poniedziałek byłem chory.', m('W poniedziałek', '2026-05-04', 'weekday', PAST)),
  one('Chciałem to wysłać w poniedziałek.', m('w poniedziałek', '2026-05-11', 'weekday')),
  one('Umówiliśmy się na piątek.', m('na piątek', '2026-05-08', 'weekday', DL)),
  one('do pt.', m('do pt.', '2026-05-08', 'weekday', DL)),
  one('od pon. do śr.', m('od pon.', '2026-05-11', 'weekday'), m('do śr.', '2026-05-13', 'weekday', DL)),
  // Parts of today alone, adjectives of relative days and weekdays (a locative after "na" is where,
  // not by when, so its clause's tense decides), hours, the middle of a month, "za" + month, holidays.
  one('Wieczorem spróbuję doczytać paragraf.', m('Wieczorem', '2026-05-06', 'relative-day', at('18:00'))),
  one('Rano wysiadł prąd w całej dzielnicy.', m('Rano', '2026-05-06', 'relative-day', at('09:00', PAST))),
  one('Prototyp podeślę dopiero po południu.', m('po południu', '2026-05-06', 'relative-day', at('14:00'))),
  one('Wyślę przed południem.', m('przed południem', '2026-05-06', 'relative-day', at('12:00', DL))),
  one('Figma od rana nie chce się otworzyć.', m('od rana', '2026-05-06', 'relative-day', at('09:00'))),
  one('Hosting leżał od samego rana.', m('od samego rana', '2026-05-06', 'relative-day', at('09:00', PAST))),
  one('Postaram się odpisać do wieczora.', m('do wieczora', '2026-05-06', 'relative-day', at('18:00', DL))),
  one('Przepraszam za wczorajszy chaos w mailach.', m('za wczorajszy', '2026-05-05', 'relative-day', PAST)),
  one('Nie było mnie na wczorajszym spotkaniu.', m('na wczorajszym', '2026-05-05', 'relative-day', PAST)),
  one('Jutrzejsza prezentacja jest przesunięta.', m('Jutrzejsza', '2026-05-07', 'relative-day')),
  one('Dzisiejsze spotkanie odwołane.', m('Dzisiejsze', '2026-05-06', 'relative-day')),
  one('Niestety na wtorkowe spotkanie nie dojadę.', m('na wtorkowe', '2026-05-12', 'weekday', DL)),
  one('Nie było mnie na wtorkowym spotkaniu.', m('na wtorkowym', '2026-05-05', 'weekday', PAST)),
  one('Dzwońcie choćby o trzeciej w nocy.', m('o trzeciej w nocy', '2026-05-06', 'time', at('03:00'))),
  one('Spróbuję oddzwonić do 16 ale nie obiecuję.', m('do 16', '2026-05-06', 'time', at('16:00', DL))),
  one('Jestem dostępna od 9 do 17.', m('od 9 do 17', '2026-05-06', 'time', at('09:00'))),
  one('Będę mogła od dziewiątej do siedemnastej.', m('od dziewiątej do siedemnastej', '2026-05-06', 'time', at('09:00'))),
  one('Powinnam to mieć gotowe w okolicach 20-go.', m('w okolicach 20-go', '2026-05-20', 'calendar')),
  one('W okolicach połowy stycznia zaczniemy.', m('W okolicach połowy stycznia', '2027-01-15', 'period')),
  one('Ilustracje będą do połowy czerwca.', m('do połowy czerwca', '2026-06-15', 'period', DL)),
  one('Nastawiałbym się na drugą połowę listopada.', m('na drugą połowę listopada', '2026-11-01', 'period')),
  one('Faktura za październik pójdzie z opóźnieniem.', m('za październik', '2025-10-01', 'period', PAST)),
  one('Faktur za pazdziernik jeszcze nie wysłałam.', m('za pazdziernik', '2025-10-01', 'period', PAST)),
  one('Przerzucę Ci pliki za godzinkę.', m('za godzinkę', '2026-05-06', 'span')),
  one('Chcemy wystartować przed majówką.', m('przed majówką', '2027-05-01', 'calendar', DL)),
  one('Byliśmy całą ekipą na majówce.', m('na majówce', '2026-05-01', 'calendar', PAST)),
  one('Zdążymy przed Black Friday.', m('przed Black Friday', '2026-11-27', 'calendar', DL)),
  one('Kampania na Walentynki jest zagrożona.', m('na Walentynki', '2027-02-14', 'calendar', DL)),
  one('Możesz pisać nawet w sylwestra.', m('w sylwestra', '2026-12-31', 'calendar')),
  one('Od nowego roku zmieniamy program.', m('Od nowego roku', '2027-01-01', 'calendar')),
  one('Chyba w tym tyg. dam radę.', m('w tym tyg.', '2026-05-06', 'period')),
  one('Do konca tyg powinniśmy mieć pozwolenie.', m('Do konca tyg', '2026-05-08', 'period', DL)),
  one('Pewnie gdzieś w wakacje.', m('gdzieś w wakacje', '2026-07-01', 'period')),
  one('Ogarnę to w weekend.', m('w weekend', '2026-05-09', 'period')),
  one('Natychmiast odnowię certyfikat.', m('Natychmiast', '2026-05-06', 'now')),
];
const PL_NONE = [
  'Teraz pracuję nad innym projektem.',
  'parę dni',
  'kilka minut',
  'wkrótce',
  'w najbliższym czasie',
  'pewnego dnia',
  'za chwilę',
  'na południe od Warszawy',
  'w ciągu kilku dni',
  'Miłego wieczora!',
  'Dobrego wieczoru.',
  'Wieczorem zwykle nie pracuję.',
  'W dzisiejszych czasach wszystko idzie szybciej.',
  'Jestem zawsze pod telefonem, także w weekendy.',
  'Odpowiadam zawsze, nawet w weekend.',
  'Odsyła do drugiej, a ta do trzeciej osoby.',
  'Od 5 do 10 lat doświadczenia.',
  'Niestety nie zejdziemy poniżej 120 zł za godzinę.',
  'U nas spokój na lata.',
  'Jestem teraz na wakacjach.',
  'Szczęśliwego nowego roku!',
  'Proszę przekazać do Sylwestra.',
  'Gdyby coś się zmieniło, od razu dam znać.',
  'Po powrocie z urlopu od razu zajmę się wnioskiem.',
  'Każdą poprawkę wprowadzę od ręki.',
  'Zrobimy to na wczoraj.',
];

// ---------------------------------------------------------------------------------------------- lv
const LV: Case[] = [
  one('Atsūtīšu līdz piektdienai.', m('līdz piektdienai', '2026-05-08', 'weekday', DL)),
  one('līdz otrdienai', m('līdz otrdienai', '2026-05-12', 'weekday', DL)),
  one('pirmdien', m('pirmdien', '2026-05-11', 'weekday')),
  one('piektdien', m('piektdien', '2026-05-08', 'weekday')),
  one('trešdien', m('trešdien', '2026-05-13', 'weekday')),
  one('pagājušajā piektdienā', m('pagājušajā piektdienā', '2026-05-01', 'weekday', PAST)),
  one('līdz nākamajai piektdienai', m('līdz nākamajai piektdienai', '2026-05-15', 'weekday', DL)),
  one('otrdien plkst. 10.00', m('otrdien plkst. 10.00', '2026-05-12', 'weekday', at('10:00'))),
  one('šodien', m('šodien', '2026-05-06', 'relative-day')),
  one('rīt', m('rīt', '2026-05-07', 'relative-day')),
  one('līdz rītdienai', m('līdz rītdienai', '2026-05-07', 'relative-day', DL)),
  one('vakar', m('vakar', '2026-05-05', 'relative-day', PAST)),
  one('parīt', m('parīt', '2026-05-08', 'relative-day')),
  one('šovakar', m('šovakar', '2026-05-06', 'relative-day')),
  one('līdz dienas beigām', m('līdz dienas beigām', '2026-05-06', 'period', at('17:00', DL))),
  one('šonedēļ', m('šonedēļ', '2026-05-06', 'period')),
  one('nākamnedēļ', m('nākamnedēļ', '2026-05-11', 'period')),
  one('nākamajā nedēļā', m('nākamajā nedēļā', '2026-05-11', 'period')),
  one('līdz nedēļas beigām', m('līdz nedēļas beigām', '2026-05-08', 'period', DL)),
  one('līdz mēneša beigām', m('līdz mēneša beigām', '2026-05-31', 'period', DL)),
  one('14.05', m('14.05', '2026-05-14', 'calendar')),
  one('Tikšanās 14.05.2026.', m('14.05.2026.', '2026-05-14', 'calendar')),
  one('14. maijā', m('14. maijā', '2026-05-14', 'calendar')),
  one('līdz 14. maijam', m('līdz 14. maijam', '2026-05-14', 'calendar', DL)),
  one('2026. gada 14. maijā', m('2026. gada 14. maijā', '2026-05-14', 'calendar')),
  // The Latvian ordinal dot belongs to the date even without a year.
  one('Pirmdien, 18.05.', m('Pirmdien, 18.05.', '2026-05-18', 'calendar')),
  one('14.05.2026. gadā', m('14.05.2026. gadā', '2026-05-14', 'calendar')),
  one('plkst. 10.00', m('plkst. 10.00', '2026-05-06', 'time', at('10:00'))),
  one('plkst. 17:00', m('plkst. 17:00', '2026-05-06', 'time', at('17:00'))),
  one('līdz 17:00', m('līdz 17:00', '2026-05-06', 'time', at('17:00', DL))),
  one('48 stundu laikā', m('48 stundu laikā', '2026-05-08', 'span', DL)),
  one('48h laikā', m('48h laikā', '2026-05-08', 'span', DL)),
  one('divu dienu laikā', m('divu dienu laikā', '2026-05-08', 'span', DL)),
  one('pēc 2 dienām', m('pēc 2 dienām', '2026-05-08', 'span')),
  one('uzreiz', m('uzreiz', '2026-05-06', 'now')),
  one('Maketus atsūtīšu rīt līdz pusdienlaikam.', m('rīt līdz pusdienlaikam', '2026-05-07', 'relative-day', at('12:00', DL))),
  one('tūlīt', m('tūlīt', '2026-05-06', 'now')),
  one('Rēķinu nosūtīju piektdien.', m('piektdien', '2026-05-01', 'weekday', PAST)),
  one('Pirmdien biju slims.', m('Pirmdien', '2026-05-04', 'weekday', PAST)),
  one('Nosūtīšu pirmdien.', m('pirmdien', '2026-05-11', 'weekday')),
  // Present and past coincide for -āt verbs, so "strādāju" says nothing about the day.
  one('Pirmdien strādāju no mājām.', m('Pirmdien', '2026-05-11', 'weekday')),
  // Parts of today alone (typed plainly "vakara" only where it cannot be "of the evening"), yesterday's,
  // days of the month with "datums", hours, "par" + month, half-plain spellings.
  one('Atsūtīšu vakarā.', m('vakarā', '2026-05-06', 'relative-day', at('18:00'))),
  one('Skatisos vakara, cerams, ka atradisu.', m('vakara', '2026-05-06', 'relative-day', at('18:00'))),
  one('Gan jau vakara sanaks pabeigt.', m('vakara', '2026-05-06', 'relative-day', at('18:00'))),
  one('No rīta atsūtīšu maketus.', m('No rīta', '2026-05-06', 'relative-day', at('09:00'))),
  one('Atsutisu pec pusdienam.', m('pec pusdienam', '2026-05-06', 'relative-day', at('14:00'))),
  one('Pabeigšu līdz pusdienlaikam.', m('līdz pusdienlaikam', '2026-05-06', 'relative-day', at('12:00', DL))),
  one('Es vel pa vakaru izskatīšu to failu.', m('pa vakaru', '2026-05-06', 'relative-day', at('18:00'))),
  one('Atvainojiet par vakardienas sajukumu.', m('par vakardienas', '2026-05-05', 'relative-day', PAST)),
  one('Krava kopš vakardienas stāv uz robežas.', m('kopš vakardienas', '2026-05-05', 'relative-day', PAST)),
  one('Dokumentus varētu dabūt jau šopēcpusdien.', m('šopēcpusdien', '2026-05-06', 'relative-day', at('14:00'))),
  one('Parbaudishu velreiz un atrakstishu vel shodien.', m('shodien', '2026-05-06', 'relative-day')),
  one('Testa versiju varesim atvert 20. datuma.', m('20. datuma', '2026-05-20', 'calendar')),
  one('Maksājumu veiksim līdz 25. datumam.', m('līdz 25. datumam', '2026-05-25', 'calendar', DL)),
  one('Atskaiti saņemsiet katra mēneša 5. datumā.', m('5. datumā', '2026-06-05', 'calendar')),
  one('Zvaniet kaut trijos naktī.', m('trijos naktī', '2026-05-06', 'time', at('03:00'))),
  one('Zvani kaut vai 4 no rīta.', m('4 no rīta', '2026-05-06', 'time', at('04:00'))),
  one('Esam pieejami no 9 līdz 18.', m('no 9 līdz 18', '2026-05-06', 'time', at('09:00'))),
  one('Sūtu rēķinu par decembra darbiem.', m('par decembra', '2025-12-01', 'period', PAST)),
  one('Kopš janvāra mainījušies rekvizīti.', m('Kopš janvāra', '2026-01-01', 'period', PAST)),
  one('Grāmatvedis būs pieejams kaut vai Jāņu naktī.', m('Jāņu naktī', '2026-06-23', 'calendar')),
  one('Varetu sarunāt tikšanos nākamnedēl.', m('nākamnedēl', '2026-05-11', 'period')),
  one('Šonedel birojs bus slegts.', m('Šonedel', '2026-05-06', 'period')),
  one('Līgumu saņemsiet mēneša vidū.', m('mēneša vidū', '2026-05-15', 'period')),
  one('Tiksimies martā.', m('martā', '2027-03-01', 'period')),
  one('Tūlīt izlabošu.', m('Tūlīt', '2026-05-06', 'now')),
];
const LV_NONE = [
  'Tagad strādāju pie cita projekta.',
  'pāris dienas',
  'dažas minūtes',
  'drīzumā',
  'drīz',
  'kādu dienu',
  'pēc iespējas ātrāk',
  'vēlāk',
  'pēc minūtes',
  'Labu vakaru!',
  'Tiklīdz saņemsim apstiprinājumu, uzreiz nosūtīsim līgumu.',
  'Pieteikumu iesniegsim uzreiz, kad būs gatavs.',
  'Labvakar!',
  'Vakarā es parasti nestrādāju.',
  'Vakara pasākums bija jauks.',
  'Atsaksim arī vakara maiņu.',
  'Prezentāciju varu pārtaisīt vienā vakarā.',
  'Esmu sasniedzams no rīta līdz vēlai naktij.',
  'Divos gadījumos tas nestrādāja.',
  'Labdien, Marta! Kā jums patika?',
  'Rēķinu Marta izrakstīs atsevišķi.',
  'Maija vēlāk atsūtīs kodu.',
  'Sveiki, Jani, ar mani vari rēķināties.',
  'Darbi tiek apmaksāti pēc stundas likmes.',
];

// --------------------------------------------------------- ru/uk typed in Latin letters
// Candor detects such mail as English, Polish or Latvian; the finder reads its Russian and Ukrainian
// words too. Only mentions with a word of their own: "do 18:00" is the host language's.
const TRANSLIT: Case[] = [
  one('ok, zavtra hlyanu', m('zavtra', '2026-05-07', 'relative-day')),
  one('Vse faily otpravlyu segodnya vecherom.', m('segodnya vecherom', '2026-05-06', 'relative-day')),
  one('Sorry, sevodnya ne uspeyu.', m('sevodnya', '2026-05-06', 'relative-day')),
  one('skynu fajly sohodni vvecheri', m('sohodni vvecheri', '2026-05-06', 'relative-day')),
  one("Soryan, vchera vyrubilsya poran'she", m('vchera', '2026-05-05', 'relative-day', PAST)),
  one('Vchora ne zmih pidkliuchytys do dzvinka.', m('Vchora', '2026-05-05', 'relative-day', PAST)),
  one('pislyazavtra zranku vidpravlyu finalni fajly', m('pislyazavtra zranku', '2026-05-08', 'relative-day')),
  one("Postarayus' zavtra utrom skinut' ssylku.", m('zavtra utrom', '2026-05-07', 'relative-day')),
  one('naverno otvechu uzhe vecherom', m('vecherom', '2026-05-06', 'relative-day', at('18:00'))),
  one("nadeyus' uspeyu k vecheru", m('k vecheru', '2026-05-06', 'relative-day', at('18:00', DL))),
  one('ok, skinu dogovor posle obeda', m('posle obeda', '2026-05-06', 'relative-day', at('14:00'))),
  one("postarayus' do obidu skynuty prezentatsiyu", m('do obidu', '2026-05-06', 'relative-day', at('12:00', DL))),
  one("postaraemsya otpravit' v ponedel'nik utrom", m("v ponedel'nik utrom", '2026-05-11', 'weekday')),
  one('sprobuyu v ponedilok', m('v ponedilok', '2026-05-11', 'weekday')),
  one('Dumayu, k pyatnitse sdelaem pervyy etap.', m('k pyatnitse', '2026-05-08', 'weekday', DL)),
  one('dumayu uspeyu do pyatnitsy', m('do pyatnitsy', '2026-05-08', 'weekday', DL)),
  one("Nadeyus' uspet' k ponedel'niku", m("k ponedel'niku", '2026-05-11', 'weekday', DL)),
  one('Mozhet na sleduyushchey nedele poluchitsya.', m('na sleduyushchey nedele', '2026-05-11', 'period')),
  one('akt prishlyu na etoi nedele', m('na etoi nedele', '2026-05-06', 'period')),
  one('I tak, nastupnoho tyzhnia zroblyu vsi pravky.', m('nastupnoho tyzhnia', '2026-05-11', 'period')),
  one("postarayus' vyslat' raschet do kontsa nedeli", m('do kontsa nedeli', '2026-05-08', 'period', DL)),
  one('Dumaiu, do kintsia tyzhnia vsytyhnemo.', m('do kintsia tyzhnia', '2026-05-08', 'period', DL)),
  one('postarayus zakonchit montazh na vyhodnyh', m('na vyhodnyh', '2026-05-09', 'period')),
  one("mozhete zvonit' hot' v 3 nochi", m('v 3 nochi', '2026-05-06', 'time', at('03:00'))),
  one("u nas ves' ofis bez interneta so vcherashnego dnya", m('so vcherashnego', '2026-05-05', 'relative-day', PAST)),
  one('Rakhunok za lystopad shche ne vidpravyly.', m('za lystopad', '2025-11-01', 'period', PAST)),
];
const TRANSLIT_NONE = [
  'Sreda is a nice name.',
  'Do it in v2 please.',
  'Vse sdelaem v luchshem vide.',
  'My vsegda na svyazi, dazhe v vykhodnye.',
  'Dobryi vechir! Nash bukhhalter pidhotuie vam zvirku.',
  'Ya zavzhdy na zviazku, dzvonit khoch vnochi, khoch u vykhidni.',
];
const TRANSLIT_OTHER: [Lang, Case][] = [
  ['pl', one('dumayu uspeyu do pyatnitsy', m('do pyatnitsy', '2026-05-08', 'weekday', DL))],
  ['pl', one('akt prishlyu na etoi nedele', m('na etoi nedele', '2026-05-06', 'period'))],
  ['lv', one('vidpyshu syogodni do vechora', m('syogodni do vechora', '2026-05-06', 'relative-day', at('18:00', DL)))],
  // Only the host language's reading of a number.
  ['en', one('I can do 18:00 or later.', m('18:00', '2026-05-06', 'time', at('18:00')))],
];

describe('findDates on ru/uk typed in Latin letters', () => {
  it.each(TRANSLIT.map((c) => [c.text, c]))('%s', (text, c) => {
    expect(found(text, 'en', ctx(WED))).toEqual(c.found);
  });
  it.each(TRANSLIT_NONE.map((s) => [s]))('no date in %s', (text) => {
    expect(found(text, 'en', ctx(WED))).toEqual([]);
  });
  it.each(TRANSLIT_OTHER.map(([lang, c]) => [`${lang}: ${c.text}`, lang, c]))('%s', (_name, lang, c) => {
    expect(found(c.text, lang, ctx(WED))).toEqual(c.found);
  });
  it('leaves Cyrillic languages alone', () => {
    expect(found('zavtra', 'ru', ctx(WED))).toEqual([]);
  });
});

const TABLES: Record<Lang, { found: Case[]; none: string[] }> = {
  en: { found: EN, none: EN_NONE },
  ru: { found: RU, none: RU_NONE },
  uk: { found: UK, none: UK_NONE },
  pl: { found: PL, none: PL_NONE },
  lv: { found: LV, none: LV_NONE },
};

for (const [lang, t] of Object.entries(TABLES) as [Lang, (typeof TABLES)[Lang]][]) {
  describe(`findDates ${lang}`, () => {
    it.each(t.found.map((c) => [c.text, c]))('%s', (text, c) => {
      expect(found(text, lang, ctx(WED))).toEqual(c.found);
    });
    it.each(t.none.map((s) => [s]))('no date in %s', (text) => {
      expect(found(text, lang, ctx(WED))).toEqual([]);
    });
  });
}

// ------------------------------------------------------------------ resolution at the edges
const FRI = '2026-05-08T07:00:00Z';
const MON = '2026-05-11T07:00:00Z';
const SUN_RIGA = '2026-05-10T09:00:00Z';
const SUN_NY = '2026-05-10T16:00:00Z';
const NYE = '2026-12-31T13:00:00Z'; // Thursday 15:00 in Riga
const LEAP_FEB28 = '2028-02-28T09:00:00Z'; // Monday
const FEB28 = '2027-02-28T09:00:00Z'; // Sunday, not a leap year
const LEAP_DAY = '2028-02-29T09:00:00Z';
const AFTERNOON = '2026-05-06T12:00:00Z'; // Wednesday 15:00 in Riga
const EARLY = '2026-05-06T01:00:00Z'; // Wednesday 04:00 in Riga
const DEC1 = '2026-12-01T08:00:00Z'; // Tuesday

const e = (lang: Lang, now: string, text: string, want: Want[], tz = RIGA, weekStart: 0 | 1 = 1): EdgeCase => ({
  lang,
  now,
  tz,
  weekStart,
  text,
  found: want,
});

const EDGES: EdgeCase[] = [
  // On a Friday "by Friday" is next week's: today would be "today" / "by end of day".
  e('en', FRI, 'by Friday', [m('by Friday', '2026-05-15', 'weekday', DL)]),
  e('en', FRI, 'this Friday', [m('this Friday', '2026-05-08', 'weekday')]),
  e('en', FRI, 'next Friday', [m('next Friday', '2026-05-15', 'weekday')]),
  e('en', FRI, 'by the end of the week', [m('by the end of the week', '2026-05-08', 'period', DL)]),
  e('ru', FRI, 'до пятницы', [m('до пятницы', '2026-05-15', 'weekday', DL)]),
  e('lv', FRI, 'piektdien', [m('piektdien', '2026-05-15', 'weekday')]),
  // On a Monday "до понедельника" is next Monday, not today.
  e('ru', MON, 'до понедельника', [m('до понедельника', '2026-05-18', 'weekday', DL)]),
  e('uk', MON, 'до понеділка', [m('до понеділка', '2026-05-18', 'weekday', DL)]),
  e('pl', MON, 'do poniedziałku', [m('do poniedziałku', '2026-05-18', 'weekday', DL)]),
  e('lv', MON, 'līdz pirmdienai', [m('līdz pirmdienai', '2026-05-18', 'weekday', DL)]),
  e('en', MON, 'this week', [m('this week', '2026-05-11', 'period')]),
  e('en', MON, 'next week', [m('next week', '2026-05-18', 'period')]),
  // Sunday: with Monday-first weeks it ends the week, so "next week" starts tomorrow ...
  e('en', SUN_RIGA, 'next week', [m('next week', '2026-05-11', 'period')]),
  e('en', SUN_RIGA, 'next Friday', [m('next Friday', '2026-05-15', 'weekday')]),
  e('en', SUN_RIGA, 'by next week', [m('by next week', '2026-05-15', 'period', DL)]),
  e('en', SUN_RIGA, 'last week', [m('last week', '2026-04-27', 'period', PAST)]),
  e('en', SUN_RIGA, 'by the end of the week', [m('by the end of the week', '2026-05-15', 'period', DL)]),
  e('ru', SUN_RIGA, 'на следующей неделе', [m('на следующей неделе', '2026-05-11', 'period')]),
  // ... with Sunday-first weeks it opens one, so next week is the one after.
  e('en', SUN_NY, 'next week', [m('next week', '2026-05-17', 'period')], NEW_YORK, 0),
  e('en', SUN_NY, 'next Friday', [m('next Friday', '2026-05-22', 'weekday')], NEW_YORK, 0),
  e('en', SUN_NY, 'this week', [m('this week', '2026-05-10', 'period')], NEW_YORK, 0),
  e('en', SUN_NY, 'by the end of the week', [m('by the end of the week', '2026-05-15', 'period', DL)], NEW_YORK, 0),
  e('en', SUN_NY, 'last week', [m('last week', '2026-05-03', 'period', PAST)], NEW_YORK, 0),
  e('en', SUN_NY, 'on Sunday', [m('on Sunday', '2026-05-17', 'weekday')], NEW_YORK, 0),
  // 31 December rolls into the next year.
  e('en', NYE, 'tomorrow', [m('tomorrow', '2027-01-01', 'relative-day')]),
  e('en', NYE, 'next week', [m('next week', '2027-01-04', 'period')]),
  e('en', NYE, 'on Friday', [m('on Friday', '2027-01-01', 'weekday')]),
  e('en', NYE, 'January 14', [m('January 14', '2027-01-14', 'calendar')]),
  e('en', NYE, '1/14', [m('1/14', '2027-01-14', 'calendar')]),
  e('en', NYE, 'on the 5th', [m('on the 5th', '2027-01-05', 'calendar')]),
  e('en', NYE, 'next month', [m('next month', '2027-01-01', 'period')]),
  e('en', NYE, 'next year', [m('next year', '2027-01-01', 'period')]),
  e('en', NYE, 'by the end of the month', [m('by the end of the month', '2026-12-31', 'period', DL)]),
  e('en', NYE, 'within 48 hours', [m('within 48 hours', '2027-01-02', 'span', DL)]),
  e('en', NYE, 'within 3 business days', [m('within 3 business days', '2027-01-05', 'span', DL)]),
  e('ru', NYE, 'до 14.01', [m('до 14.01', '2027-01-14', 'calendar', DL)]),
  e('ru', NYE, '14 января', [m('14 января', '2027-01-14', 'calendar')]),
  e('ru', NYE, 'завтра', [m('завтра', '2027-01-01', 'relative-day')]),
  e('ru', NYE, 'на следующей неделе', [m('на следующей неделе', '2027-01-04', 'period')]),
  e('ru', NYE, 'до конца года', [m('до конца года', '2026-12-31', 'period', DL)]),
  e('uk', NYE, '14.01', [m('14.01', '2027-01-14', 'calendar')]),
  e('pl', NYE, 'do 14.01', [m('do 14.01', '2027-01-14', 'calendar', DL)]),
  e('pl', NYE, 'w przyszłym tygodniu', [m('w przyszłym tygodniu', '2027-01-04', 'period')]),
  e('lv', NYE, 'līdz 14.01.', [m('līdz 14.01.', '2027-01-14', 'calendar', DL)]),
  e('lv', NYE, 'nākamnedēļ', [m('nākamnedēļ', '2027-01-04', 'period')]),
  // 28/29 February.
  e('en', LEAP_FEB28, 'tomorrow', [m('tomorrow', '2028-02-29', 'relative-day')]),
  e('en', LEAP_FEB28, 'by the end of the month', [m('by the end of the month', '2028-02-29', 'period', DL)]),
  e('en', LEAP_FEB28, 'in 2 days', [m('in 2 days', '2028-03-01', 'span')]),
  e('ru', LEAP_FEB28, '29.02', [m('29.02', '2028-02-29', 'calendar')]),
  e('en', FEB28, 'tomorrow', [m('tomorrow', '2027-03-01', 'relative-day')]),
  e('en', FEB28, 'end of the month', [m('end of the month', '2027-02-28', 'period')]),
  // No 29 February in 2027: the next one is in 2028; an explicit 29.02.2027 is no date at all.
  e('ru', FEB28, '29.02', [m('29.02', '2028-02-29', 'calendar')]),
  e('en', FEB28, 'Feb 29', [m('Feb 29', '2028-02-29', 'calendar')]),
  e('ru', FEB28, '29.02.2027', []),
  e('en', LEAP_DAY, 'next month', [m('next month', '2028-03-01', 'period')]),
  e('en', LEAP_DAY, 'in a month', [m('in a month', '2028-03-29', 'span')]),
  e('en', LEAP_DAY, 'in a year', [m('in a year', '2029-02-28', 'span')]),
  // Month ends.
  e('en', '2026-01-30T09:00:00Z', 'by the end of the month', [m('by the end of the month', '2026-01-31', 'period', DL)]),
  e('en', '2026-01-30T09:00:00Z', 'by the end of next month', [m('by the end of next month', '2026-02-28', 'period', DL)]),
  e('en', '2026-01-31T09:00:00Z', 'in a month', [m('in a month', '2026-02-28', 'span')]),
  e('en', '2026-01-31T09:00:00Z', 'end of the month', [m('end of the month', '2026-01-31', 'period')]),
  e('pl', '2026-04-30T09:00:00Z', 'do końca miesiąca', [m('do końca miesiąca', '2026-04-30', 'period', DL)]),
  e('uk', '2026-04-30T09:00:00Z', 'наступного місяця', [m('наступного місяця', '2026-05-01', 'period')]),
  e('lv', '2026-04-30T09:00:00Z', 'līdz mēneša beigām', [m('līdz mēneša beigām', '2026-04-30', 'period', DL)]),

  // DST, Europe/Riga: 29 March 2026 03:00 EET -> 04:00 EEST (01:00 UTC).
  e('en', '2026-03-28T21:59:00Z', 'today', [m('today', '2026-03-28', 'relative-day')]),
  e('en', '2026-03-28T21:59:00Z', 'tomorrow at 17:00', [m('tomorrow at 17:00', '2026-03-29', 'relative-day', at('17:00'))]),
  // 24 hours after 23:59 on the short day is 00:59 on the 30th, not 23:59 on the 29th.
  e('en', '2026-03-28T21:59:00Z', 'within 24 hours', [m('within 24 hours', '2026-03-30', 'span', DL)]),
  e('en', '2026-03-28T22:01:00Z', 'today', [m('today', '2026-03-29', 'relative-day')]),
  e('ru', '2026-03-28T22:01:00Z', 'завтра в 9:00', [m('завтра в 9:00', '2026-03-30', 'relative-day', at('09:00'))]),
  e('lv', '2026-03-28T22:01:00Z', 'vakar', [m('vakar', '2026-03-28', 'relative-day', PAST)]),
  e('en', '2026-03-29T00:59:00Z', 'in 2 hours', [m('in 2 hours', '2026-03-29', 'span')]),
  e('en', '2026-03-29T20:59:00Z', 'tomorrow', [m('tomorrow', '2026-03-30', 'relative-day')]),
  e('en', '2026-03-29T21:01:00Z', 'today', [m('today', '2026-03-30', 'relative-day')]),
  // 25 October 2026 04:00 EEST -> 03:00 EET (01:00 UTC).
  e('en', '2026-10-24T20:59:00Z', 'tomorrow', [m('tomorrow', '2026-10-25', 'relative-day')]),
  // 24 hours after 00:30 on the long day is 23:30 the same day.
  e('en', '2026-10-24T21:30:00Z', 'within 24 hours', [m('within 24 hours', '2026-10-25', 'span', DL)]),
  e('uk', '2026-10-24T21:30:00Z', 'протягом 24 годин', [m('протягом 24 годин', '2026-10-25', 'span', DL)]),
  e('en', '2026-10-24T21:30:00Z', 'today', [m('today', '2026-10-25', 'relative-day')]),
  e('en', '2026-10-25T21:59:00Z', 'today', [m('today', '2026-10-25', 'relative-day')]),
  e('lv', '2026-10-25T21:59:00Z', 'rīt plkst. 10.00', [m('rīt plkst. 10.00', '2026-10-26', 'relative-day', at('10:00'))]),
  e('en', '2026-10-25T22:01:00Z', 'today', [m('today', '2026-10-26', 'relative-day')]),
  // DST, America/New_York: 8 March 2026 02:00 EST -> 03:00 EDT (07:00 UTC).
  e('en', '2026-03-08T04:59:00Z', 'today', [m('today', '2026-03-07', 'relative-day')], NEW_YORK, 0),
  e('en', '2026-03-08T04:59:00Z', 'within 24 hours', [m('within 24 hours', '2026-03-09', 'span', DL)], NEW_YORK, 0),
  e('en', '2026-03-08T05:01:00Z', 'today', [m('today', '2026-03-08', 'relative-day')], NEW_YORK, 0),
  e('en', '2026-03-08T05:01:00Z', 'tomorrow at 9am', [m('tomorrow at 9am', '2026-03-09', 'relative-day', at('09:00'))], NEW_YORK, 0),
  // The wall-clock time as written, even one the switch skips (02:30 on 8 March does not exist).
  e('en', '2026-03-07T15:00:00Z', 'tomorrow at 2:30am', [m('tomorrow at 2:30am', '2026-03-08', 'relative-day', at('02:30'))], NEW_YORK, 0),
  e('en', '2026-03-07T15:00:00Z', 'tomorrow at 5pm', [m('tomorrow at 5pm', '2026-03-08', 'relative-day', at('17:00'))], NEW_YORK, 0),
  e('en', '2026-03-09T03:59:00Z', 'tomorrow', [m('tomorrow', '2026-03-09', 'relative-day')], NEW_YORK, 0),
  e('en', '2026-03-09T04:01:00Z', 'today', [m('today', '2026-03-09', 'relative-day')], NEW_YORK, 0),
  // 1 November 2026 02:00 EDT -> 01:00 EST (06:00 UTC).
  e('en', '2026-11-01T03:59:00Z', 'tomorrow', [m('tomorrow', '2026-11-01', 'relative-day')], NEW_YORK, 0),
  e('en', '2026-11-01T03:59:00Z', 'within 24 hours', [m('within 24 hours', '2026-11-01', 'span', DL)], NEW_YORK, 0),
  e('en', '2026-11-01T04:01:00Z', 'today', [m('today', '2026-11-01', 'relative-day')], NEW_YORK, 0),
  // 04:59 UTC is still 23:59 on 1 November once the clocks went back.
  e('en', '2026-11-02T04:59:00Z', 'today', [m('today', '2026-11-01', 'relative-day')], NEW_YORK, 0),
  e('en', '2026-11-02T04:59:00Z', 'on Monday', [m('on Monday', '2026-11-02', 'weekday')], NEW_YORK, 0),
  e('en', '2026-11-02T05:01:00Z', 'on Monday', [m('on Monday', '2026-11-09', 'weekday')], NEW_YORK, 0),
  e('en', '2026-11-02T05:01:00Z', 'tomorrow at 5pm', [m('tomorrow at 5pm', '2026-11-03', 'relative-day', at('17:00'))], NEW_YORK, 0),
  // Parts of today alone: once the part is over a promise means tomorrow's (15:00 in Riga) ...
  e('ru', AFTERNOON, 'Пришлю утром.', [m('утром', '2026-05-07', 'relative-day', at('09:00'))]),
  e('ru', AFTERNOON, 'Отвечу до обеда.', [m('до обеда', '2026-05-07', 'relative-day', at('12:00', DL))]),
  e('ru', AFTERNOON, 'Пришлю вечером.', [m('вечером', '2026-05-06', 'relative-day', at('18:00'))]),
  e('ru', AFTERNOON, 'Упаковали утром.', [m('утром', '2026-05-06', 'relative-day', at('09:00', PAST))]),
  // ... and a past clause means the last one (04:00 in Riga: this morning has not begun).
  e('pl', EARLY, 'Rano wysiadł prąd.', [m('Rano', '2026-05-05', 'relative-day', at('09:00', PAST))]),
  // A deadline on a moving holiday that passed lately is that one, missed (next year's is another day).
  e('pl', DEC1, 'przed Black Friday', [m('przed Black Friday', '2026-11-27', 'calendar', { deadline: true, past: true })]),
  e('pl', DEC1, 'w Black Friday', [m('w Black Friday', '2027-11-26', 'calendar')]),
  e('pl', DEC1, 'Katalog będzie gotowy przed Wielkanocą.', [m('przed Wielkanocą', '2027-03-28', 'calendar', DL)]),
  e('pl', WED, 'Katalog będzie gotowy przed Wielkanocą.', [m('przed Wielkanocą', '2026-04-05', 'calendar', { deadline: true, past: true })]),
  // The US shopping days after Thanksgiving.
  e('en', WED, 'before Black Friday', [m('before Black Friday', '2026-11-27', 'calendar', DL)]),
  e('en', WED, 'on Cyber Monday', [m('on Cyber Monday', '2026-11-30', 'calendar')]),
];

describe('resolution against a fixed now', () => {
  it.each(EDGES.map((c) => [`${c.lang} ${c.now} ${c.tz}/${c.weekStart}: ${c.text}`, c]))('%s', (_name, c) => {
    expect(found(c.text, c.lang, ctx(c.now, c.tz, c.weekStart))).toEqual(c.found);
  });
});

describe('findDates input handling', () => {
  it('answers [] for empty or non-string text', () => {
    expect(findDates('', 'en', ctx(WED))).toEqual([]);
    expect(findDates(undefined as unknown as string, 'en', ctx(WED))).toEqual([]);
  });
  it('falls back to UTC for an unknown time zone', () => {
    // 23:30 UTC on 6 May: Riga is already on the 7th, UTC is not.
    const late = '2026-05-06T23:30:00Z';
    expect(found('today', 'en', ctx(late, 'Not/AZone')).map((d) => d.date)).toEqual(['2026-05-06']);
    expect(found('today', 'en', ctx(late, RIGA)).map((d) => d.date)).toEqual(['2026-05-07']);
  });
  it('reports offsets into the original text when apostrophes are typographic', () => {
    const text = 'Надішлю у пʼятницю о 17:00, а звіт — до п’ятниці.';
    const got = findDates(text, 'uk', ctx(WED));
    expect(got.map((d) => [d.start, d.end, d.text])).toEqual([
      [8, 26, 'у пʼятницю о 17:00'],
      [37, 48, 'до п’ятниці'],
    ]);
  });
  it('keeps mentions sorted and apart', () => {
    const text = 'Call me tomorrow at 10:00 or on Friday; the report is due 14.05.2026, the invoice by EOD.';
    const got = findDates(text, 'en', ctx(WED));
    expect(got.map((d) => d.text)).toEqual(['tomorrow at 10:00', 'on Friday', 'due 14.05.2026', 'by EOD']);
    for (let i = 1; i < got.length; i++) expect(got[i].start).toBeGreaterThanOrEqual(got[i - 1].end);
  });
});
