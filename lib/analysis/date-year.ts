import type { Lang } from './types';

/**
 * The day and the month's tail of a date phrase in another year, as each language writes it:
 * "4 January 2027", "4 января 2027 года", "4 січня 2027 року", "4 stycznia 2027",
 * "2027. gada 4. janvārim" (blind editors failed "4. janvārim 2027" and a bare "2027" in Ukrainian).
 * The engine's phrases and the page's date picker both write dates through here, so they agree.
 */
export function withYear(lang: Lang, day: number, year: number | null): { day: string; afterMonth: string } {
  if (year === null) return { day: String(day), afterMonth: '' };
  if (lang === 'lv') return { day: `${year}. gada ${day}`, afterMonth: '' };
  return { day: String(day), afterMonth: lang === 'ru' ? ` ${year} года` : lang === 'uk' ? ` ${year} року` : ` ${year}` };
}
