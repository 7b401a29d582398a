import { dayNumParts, parseYmd, weekdayOfDayNum } from './calendar';
import type { Lang } from './types';

/*
 * Names are tabled rather than taken from Intl: Node's ICU gives en "Thursday, November 26" (month
 * first) and a small-ICU build would fall back to English for lv. The tables reproduce full-ICU
 * output for ru/uk/pl/lv (format.test.ts checks that) and put the English day before the month.
 */
const WEEKDAYS: Record<Lang, readonly string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  ru: ['воскресенье', 'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота'],
  uk: ['неділя', 'понеділок', 'вівторок', 'середа', 'четвер', 'пʼятниця', 'субота'],
  pl: ['niedziela', 'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota'],
  lv: ['svētdiena', 'pirmdiena', 'otrdiena', 'trešdiena', 'ceturtdiena', 'piektdiena', 'sestdiena'],
};

// The form a date takes after a day number: genitive in ru/uk/pl, nominative in en/lv.
const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  uk: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  lv: ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs', 'augusts', 'septembris', 'oktobris', 'novembris', 'decembris'],
};

/**
 * The day as a sentence names it, with weekday: en "Tuesday, 26 November", ru "вторник, 26 ноября",
 * lv "otrdiena, 26. novembris". The year is added only when `refYmd` is given and its year differs.
 * An invalid date is returned unchanged.
 */
export function formatDay(ymdStr: string, lang: Lang, refYmd?: string): string {
  const n = parseYmd(ymdStr);
  if (Number.isNaN(n)) return ymdStr;
  const L: Lang = lang in WEEKDAYS ? lang : 'en';
  const { y, m, d } = dayNumParts(n);
  const wd = WEEKDAYS[L][weekdayOfDayNum(n)];
  const mon = MONTHS[L][m - 1];
  const ref = refYmd === undefined ? Number.NaN : parseYmd(refYmd);
  const withYear = !Number.isNaN(ref) && dayNumParts(ref).y !== y;
  switch (L) {
    case 'lv':
      // Latvian puts the year first: "2027. gada 26. novembris".
      return withYear ? `${wd}, ${y}. gada ${d}. ${mon}` : `${wd}, ${d}. ${mon}`;
    case 'ru':
      return `${wd}, ${d} ${mon}` + (withYear ? ` ${y} г.` : '');
    case 'uk':
      return `${wd}, ${d} ${mon}` + (withYear ? ` ${y} р.` : '');
    default:
      return `${wd}, ${d} ${mon}` + (withYear ? ` ${y}` : '');
  }
}
