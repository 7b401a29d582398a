// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageLanguage, parseMailDate } from './mail-dates';

const local = (y: number, m: number, d: number, h: number, min: number) => new Date(y, m - 1, d, h, min).getTime();
/** Tuesday 1 December 2026, 16:20: a day <= 12 and a Tuesday, the two traps at once. */
const DEC_1_1620 = local(2026, 12, 1, 16, 20);
/** Sunday 6 December 2026, 09:00. */
const DEC_6_0900 = local(2026, 12, 6, 9, 0);

describe('Gmail tooltips (row date span and message header), per UI language', () => {
  // Gmail writes Intl-like dates per locale: short weekday and month in the row's and header's title
  // (docs/mail-dom.md), the full form in some views, and "at" in older builds.
  it.each([
    ['en-US', 'en-US', 'Tue, Dec 1, 2026, 4:20 PM'],
    ['en-US, narrow NBSP before PM', 'en', 'Tue, Dec 1, 2026, 4:20\u202fPM'],
    ['en-US, older "at"', 'en', 'Tue, Dec 1, 2026 at 4:20 PM'],
    ['en-US, full', 'en', 'Tuesday, December 1, 2026 at 4:20 PM'],
    ['en-GB', 'en-GB', 'Tue, 1 Dec 2026, 16:20'],
    ['en-GB, "p.m."', 'en-GB', 'Tue, 1 Dec 2026, 4:20 p.m.'],
    ['de', 'de', 'Di., 1. Dez. 2026, 16:20'],
    ['de, full with "um"', 'de', 'Dienstag, 1. Dezember 2026 um 16:20'],
    ['fr', 'fr', 'mar. 1 déc. 2026, 16:20'],
    ['fr, full with "à"', 'fr', 'mardi 1 décembre 2026 à 16:20'],
    ['fr, NBSP', 'fr', 'mar.\u00a01\u00a0déc.\u00a02026, 16:20'],
    ['es', 'es', 'mar, 1 dic 2026, 16:20'],
    ['es, full', 'es', 'martes, 1 de diciembre de 2026, 16:20'],
    ['es, "p. m." with NBSP', 'es', 'mar, 1 dic 2026, 4:20\u00a0p.\u00a0m.'],
    ['it', 'it', 'mar 1 dic 2026, 16:20'],
    ['it, full with "alle ore"', 'it', 'martedì 1 dicembre 2026 alle ore 16:20'],
    ['it, "alle"', 'it', 'mar 1 dic 2026 alle 16:20'],
    ['pt-BR', 'pt-BR', 'ter., 1 de dez. de 2026, 16:20'],
    ['pt, full with "às"', 'pt', 'terça-feira, 1 de dezembro de 2026 às 16:20'],
    ['nl', 'nl', 'di 1 dec 2026, 16:20'],
    ['nl, full with "om"', 'nl', 'dinsdag 1 december 2026 om 16:20'],
    ['ru', 'ru', 'вт, 1 дек. 2026 г., 16:20'],
    ['ru, full with "в"', 'ru', 'вторник, 1 декабря 2026 г. в 16:20'],
    ['uk', 'uk', 'вт, 1 груд. 2026 р., 16:20'],
    ['uk, full with "о"', 'uk', 'вівторок, 1 грудня 2026 р. о 16:20'],
    ['pl', 'pl', 'wt., 1 gru 2026, 16:20'],
    ['pl, full with "o"', 'pl', 'wtorek, 1 grudnia 2026 o 16:20'],
    ['lv', 'lv', 'otrd., 2026. g. 1. dec. 16:20'],
    ['lv, full with "plkst."', 'lv', 'otrdiena, 2026. gada 1. decembris plkst. 16:20'],
  ])('%s: %s', (_case, lang, title) => {
    expect(parseMailDate(title, lang)).toBe(DEC_1_1620);
    // The text decides: the same title reads the same on a page in another language, or with no hint.
    expect(parseMailDate(title, 'en-US')).toBe(DEC_1_1620);
    expect(parseMailDate(title)).toBe(DEC_1_1620);
  });
});

describe('Outlook tooltips: numeric dates, the weekday settles day and month', () => {
  it.each([
    ['en-US', 'Sun 12/6/2026 9:00 AM'],
    ['en-US, zero-padded', 'Sun 12/06/2026 09:00 AM'],
    ['en-GB', 'Sun 06/12/2026 09:00'],
    ['de', 'So 06.12.2026 09:00'],
    ['fr', 'dim. 06/12/2026 09:00'],
    ['es', 'dom 06/12/2026 9:00'],
    ['it', 'dom 06/12/2026 09:00'],
    ['pt', 'dom 06/12/2026 09:00'],
    ['nl', 'zo 6-12-2026 09:00'],
    ['ru', 'Вс 06.12.2026 9:00'],
    ['uk', 'Нд 06.12.2026 9:00'],
    ['pl', 'niedz. 06.12.2026 09:00'],
    ['lv', 'Sv 06.12.2026. 9:00'],
    ['yyyy-MM-dd setting', 'Sun 2026-12-06 09:00'],
  ])('%s: %s', (_case, title) => {
    expect(parseMailDate(title)).toBe(DEC_6_0900);
  });

  it('takes the reading whose weekday matches, whichever order that is', () => {
    // 6/12/2026: 6 December is a Sunday, 12 June a Friday.
    expect(parseMailDate('Fri 6/12/2026 9:00 AM')).toBe(local(2026, 6, 12, 9, 0));
    expect(parseMailDate('Sun 6/12/2026 9:00 AM')).toBe(DEC_6_0900);
    expect(parseMailDate('Tue 12/1/2026 4:20 PM')).toBe(DEC_1_1620);
  });

  it.each([
    ['neither reading is that weekday', 'Mon 12/6/2026 9:00 AM'],
    ['no weekday and both readings exist', '03/04/2026 10:00'],
    ['"Mar" (March in English, Tuesday in es/fr/it) on a date that is no Tuesday', 'Mar 06/12/2026 09:00'],
  ])('gives null when %s', (_case, title) => {
    expect(parseMailDate(title)).toBeNull();
  });
});

describe('weekday names are never months', () => {
  it.each([
    // "mar" is Tuesday in es/fr/it pages, March in English: each reading is checked against the calendar.
    ['es: Tuesday 1 December, not March', 'mar, 1 dic 2026, 16:20', 'es', DEC_1_1620],
    ['fr: Tuesday 1 December, not March', 'mar. 1 déc. 2026, 16:20', 'fr', DEC_1_1620],
    ['it: Tuesday 1 December, not March', 'mar 1 dic 2026, 16:20', 'it', DEC_1_1620],
    ['es page, English title: March', 'Tue, Mar 3, 2026, 10:00 AM', 'es', local(2026, 3, 3, 10, 0)],
    ['es: one "mar" the weekday, the other the month', 'mar, 3 mar 2026, 10:00', 'es', local(2026, 3, 3, 10, 0)],
    ['fr: "mar." the weekday, "mars" the month', 'mar. 3 mars 2026, 10:00', 'fr', local(2026, 3, 3, 10, 0)],
    ['uk: "сер" Wednesday beside August', 'середа, 5 серп. 2026 р., 10:00', 'uk', local(2026, 8, 5, 10, 0)],
  ])('%s', (_case, title, lang, expected) => {
    expect(parseMailDate(title, lang)).toBe(expected);
  });

  it('lets the page language settle a short weekday two languages share', () => {
    // "ma": maandag (Monday) in Dutch, mardi/martes (Tuesday) in French and Spanish. 12 January 2026
    // is a Monday, 1 December a Tuesday: each language finds its own, so only the page can tell.
    expect(parseMailDate('ma 01/12/2026 09:00', 'nl')).toBe(local(2026, 1, 12, 9, 0));
    expect(parseMailDate('ma 01/12/2026 09:00', 'fr')).toBe(local(2026, 12, 1, 9, 0));
    expect(parseMailDate('ma 01/12/2026 09:00')).toBeNull();
  });
});

describe('names written without diacritics or dots', () => {
  it.each([
    ['es "mie" for miércoles', 'mie, 2 dic 2026, 16:20', local(2026, 12, 2, 16, 20)],
    ['es "miércoles" in full, upper case', 'MIÉRCOLES, 2 DE DICIEMBRE DE 2026, 16:20', local(2026, 12, 2, 16, 20)],
    ['pl "pazdziernika" for października', 'czw 1 pazdziernika 2026 10:00', local(2026, 10, 1, 10, 0)],
    ['lv "tresd" for trešd.', 'tresd 2026 g 2 dec 16:20', local(2026, 12, 2, 16, 20)],
    ['de "Mar" for März, no dots', 'Di 3 Mar 2026 10:00', local(2026, 3, 3, 10, 0)],
    ['fr "fevr" for févr.', 'mar 3 fevr 2026 10:00', local(2026, 2, 3, 10, 0)],
  ])('%s', (_case, title, expected) => {
    expect(parseMailDate(title)).toBe(expected);
  });
});

describe('times of day', () => {
  it.each([
    ['midnight on the 12-hour clock', 'Tue, Dec 1, 2026, 12:05 AM', local(2026, 12, 1, 0, 5)],
    ['noon on the 12-hour clock', 'Tue, Dec 1, 2026, 12:05 PM', local(2026, 12, 1, 12, 5)],
    ['"a.m."', 'Tue 12/1/2026 12:05 a.m.', local(2026, 12, 1, 0, 5)],
    ['lower-case "pm"', 'Tue, 1 Dec 2026, 9:05 pm', local(2026, 12, 1, 21, 5)],
    ['24-hour with seconds', 'Di., 1. Dez. 2026, 16:20:59', DEC_1_1620],
  ])('%s', (_case, title, expected) => {
    expect(parseMailDate(title)).toBe(expected);
  });
});

describe('what cannot be read for sure gives null', () => {
  it.each([
    ['no year (a list cell, not its tooltip)', 'Dec 1, 4:20 PM'],
    ['no year, Spanish', 'mar, 1 dic, 16:20'],
    ['no year, German', 'Di., 1. Dez., 16:20'],
    ['no time of day', 'Tue, Dec 1, 2026'],
    ['the wrong weekday for the date', 'Wed, Dec 1, 2026, 4:20 PM'],
    ['the wrong weekday, Spanish', 'lun, 1 dic 2026, 16:20'],
    ['a day that does not exist', 'Nov 31, 2026, 4:20 PM'],
    ['an hour past 12 with PM', 'Dec 1, 2026, 16:20 PM'],
    ['a word no language here has', 'Tue, Dec 1, 2026, 4:20 PM GMT'],
    ['no month', '1 2026 16:20'],
    ['two months', 'Dec Nov 1, 2026, 4:20 PM'],
    ['empty', ''],
    ['nothing', null],
  ])('%s', (_case, title) => {
    expect(parseMailDate(title)).toBeNull();
  });
});

describe('what Chromium itself writes in each UI language', () => {
  // Gmail's titles are Intl-like per locale; Outlook's are numeric with a short weekday.
  const styles: Intl.DateTimeFormatOptions[] = [
    { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' },
    { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' },
    { dateStyle: 'full', timeStyle: 'short' },
    { dateStyle: 'medium', timeStyle: 'short' },
    { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', hour12: true },
  ];
  const numeric: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' };
  /**
   * Whether a title settles its date: only slashes leave day and month order open (dots and dashes
   * are day-first); the swapped date must then not exist, or fall on another weekday than a named one.
   */
  const settled = (format: Intl.DateTimeFormat, at: Date): boolean => {
    const parts = format.formatToParts(at);
    const slashes = parts.some((p) => p.type === 'literal' && p.value.includes('/')) && parts.some((p) => p.type === 'month' && /^\d+$/.test(p.value));
    if (!slashes || at.getDate() > 12 || at.getDate() === at.getMonth() + 1) return true;
    const swapped = new Date(at.getFullYear(), at.getDate() - 1, at.getMonth() + 1, at.getHours(), at.getMinutes());
    return parts.some((p) => p.type === 'weekday') && swapped.getDay() !== at.getDay();
  };
  const locales = ['en-US', 'en-GB', 'de', 'fr', 'es', 'it', 'pt-BR', 'pt-PT', 'nl', 'ru', 'uk', 'pl', 'lv'];

  it.each(locales)('reads every month, days 1-12 and later, both halves of the day in %s', (locale) => {
    for (const style of styles) {
      const format = new Intl.DateTimeFormat(locale, style);
      for (let month = 0; month < 12; month++) {
        for (const [day, hour] of [[1, 9], [6, 21], [12, 0], [13, 12], [28, 23]]) {
          const at = new Date(2026, month, day, hour, 7).getTime();
          const title = format.format(at);
          const expected = settled(format, new Date(at)) ? at : null;
          expect([title, parseMailDate(title, locale)]).toEqual([title, expected]);
          expect([title, parseMailDate(title)]).toEqual([title, expected]);
        }
      }
    }
  });

  it.each(locales)('reads numeric dates with a weekday in %s unless both orders fall on that weekday', (locale) => {
    const format = new Intl.DateTimeFormat(locale, numeric);
    let read = 0;
    for (let month = 0; month < 12; month++) {
      for (const day of [1, 2, 5, 6, 7, 11, 12, 13, 28]) {
        const at = new Date(2026, month, day, 9, 7);
        const title = format.format(at);
        const expected = settled(format, at) ? at.getTime() : null;
        if (expected !== null) read++;
        expect([title, parseMailDate(title, locale)]).toEqual([title, expected]);
      }
    }
    // The rule above must not excuse everything: most dates are settled by their weekday.
    expect(read).toBeGreaterThan(90);
  });
});

describe('pageLanguage', () => {
  it('reads <html lang> from a document or from an element in it', () => {
    document.documentElement.setAttribute('lang', 'es-419');
    expect(pageLanguage(document)).toBe('es-419');
    expect(pageLanguage(document.body)).toBe('es-419');
    document.documentElement.removeAttribute('lang');
    expect(pageLanguage(document)).toBeNull();
  });
});
