import { weekdayOf } from '../dates/calendar';
import { withYear } from './date-year';
import type { Suggestion } from './types';

/**
 * Refills a suggestion's date placeholder from the phrasing the engine attached to it: what the mail
 * page's date picker uses, since the page does not load the engine's lexicons. Without phrasing (or
 * given a malformed day) the suggestion comes back unchanged.
 */
export function refillPlaceholder(s: Suggestion, ymd: string, today?: string): Suggestion {
  const p = s.placeholder;
  if (!p?.phrasing || !/^\d{4}-\d{2}-\d{2}$/.test(ymd)) return s;
  const [y, m, d] = ymd.split('-').map(Number);
  const weekday = p.phrasing.weekdays[weekdayOf(ymd)];
  const month = p.phrasing.months[m - 1];
  if (weekday === undefined || month === undefined) return s;
  const { day, afterMonth } = withYear(s.lang, d, today && Number(today.slice(0, 4)) !== y ? y : null);
  let phrase = p.phrasing.frame.replace('{weekday}', weekday).replace('{day}', day).replace('{month}', month + afterMonth);
  if (!/\p{L}/u.test(s.text.slice(0, p.start))) phrase = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  const text = s.text.slice(0, p.start) + phrase + s.text.slice(p.end);
  return { ...s, text, placeholder: { ...p, end: p.start + phrase.length, proposed: ymd } };
}
