import { compiled } from './compiled';
import { plainly, withApostrophe } from './spelling';
import type { AnalyzeResult, DatePhrasing, Lang } from './types';

function phrasingOf(lang: Lang, form: 'deadline' | 'plain', spelling?: 'plain', apostrophe?: string): DatePhrasing {
  const r = compiled(lang).lex.rewrite;
  const key = form === 'deadline' ? 'by' : 'plain';
  const write = (w: string) => withApostrophe(spelling === 'plain' ? plainly(w, lang) : w, apostrophe);
  return { frame: write(r.frames[key]), weekdays: r.weekdays[key].map(write), months: r.months[key].map(write) };
}

/**
 * Attaches to every date placeholder the words needed to refill it with another day (see fill.ts),
 * so a result can cross to a page that has no lexicons. Returns the same result, changed in place.
 */
export function withPhrasing(result: AnalyzeResult): AnalyzeResult {
  for (const f of result.findings) {
    for (const s of f.suggestions) if (s.placeholder) s.placeholder.phrasing = phrasingOf(s.lang, s.placeholder.form, s.placeholder.spelling, s.placeholder.apostrophe);
  }
  return result;
}
