import { findDates, localDate } from '../dates';
import { analyze } from './analyze';
import { compiled, compileSteps, type CompiledLexicon } from './compiled';
import type { EnglishParser } from './english';
import { PhraseMatcher, type PhrasePart } from './pattern';
import type { Lang } from './types';

/**
 * A language's first analysis in a fresh page pays for its whole start-up in one task: reading the
 * needles off every regex source, the regex engine compiling hundreds of Unicode patterns, and for
 * English the parser's first sentence. prepareSteps does the same work in pieces, so a caller can run a
 * few per idle period. It only fills the caches the lazy path fills, so analysis gives the same result
 * whether the warm-up ran, ran half-way or never ran.
 */

// One short draft per language: an excuse, a hedged promise and a weekday, so the rules, the rewrites
// and the date finder all run once.
const SAMPLE_DRAFT: Record<Lang, string> = {
  en: 'Sorry for the delay, my laptop died. I will try to send it by Friday.',
  ru: 'Извините за задержку, сломался ноутбук. Постараюсь отправить в пятницу.',
  uk: 'Вибачте за затримку, зламався ноутбук. Постараюся надіслати в пʼятницю.',
  pl: 'Przepraszam za opóźnienie, zepsuł mi się laptop. Postaram się wysłać w piątek.',
  lv: 'Atvainojiet par kavēšanos, salūza dators. Centīšos nosūtīt piektdien.',
};

const DATE_WORD: Record<Lang, string> = { en: 'Friday', ru: 'завтра', uk: 'завтра', pl: 'jutro', lv: 'rīt' };

// V8 compiles a regex separately for one-byte (Latin-1) and two-byte subjects, first to bytecode and
// on its next run to native code. Only the likelier encoding is prepared: a draft is one-byte only if
// every character in it is Latin-1, likely in English, rare in Polish and Latvian, never in Cyrillic.
const SUBJECT: Record<Lang, string> = { en: 'a', pl: 'a’', lv: 'a’', ru: 'a’', uk: 'a’' };
// Bytecode, then native code.
const RUNS = 2;

// A sentence that reaches the English parser: colleague detection parses only third-person futures.
const COLLEAGUE_SENTENCE = 'Paul will send the invoice.';

const prepared = new Set<Lang>();

function partsOf(c: CompiledLexicon): PhrasePart[] {
  const parts: PhrasePart[] = [];
  for (const value of Object.values(c)) {
    if (value instanceof PhraseMatcher) parts.push(...value.parts);
  }
  for (const hedge of c.selfHedge) parts.push(...hedge.re.parts);
  return parts;
}

/**
 * The start-up work of `lang`, one piece per step: most take well under 10 ms; the longest are the
 * biggest regexes' compiles and the date finder's first run (10–30 ms). Given an English parser, one
 * step also asks it a first sentence, so a parser that starts up elsewhere can do so before the user
 * types (compromise in the same thread takes ≈55 ms in Chromium for it). Stop any time; a later call (or
 * a first analysis) picks up what is left. Once a language is prepared its steps are empty.
 */
export function* prepareSteps(lang: Lang, english?: EnglishParser): Generator<void, void> {
  if (prepared.has(lang)) return;
  // The first Intl.DateTimeFormat in a page costs 20-60 ms (ICU start-up); every analysis needs one.
  localDate(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  yield;
  yield* compileSteps(lang);
  const parts = partsOf(compiled(lang));
  for (let run = 0; run < RUNS; run++) {
    for (const part of parts) {
      const re = part.re;
      // Analysis sets lastIndex before every search: leaving it at 0 is only tidiness.
      re.lastIndex = 0;
      re.test(SUBJECT[lang]);
      re.lastIndex = 0;
      yield;
    }
  }
  // The date finder's first run is mostly the engine compiling its code (≈20 ms in Chromium): a word
  // first, then the whole sample, keeps the second run short. The page's own zone, as analysis uses.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const dateContext = { now: new Date(), timeZone, weekStart: 1 } as const;
  for (const text of [DATE_WORD[lang], SAMPLE_DRAFT[lang]]) {
    findDates(text, lang, dateContext);
    yield;
  }
  if (lang === 'en' && english) {
    english.colleagueCommitments(COLLEAGUE_SENTENCE);
    yield;
  }
  analyze(SAMPLE_DRAFT[lang], { lang, english });
  prepared.add(lang);
}
