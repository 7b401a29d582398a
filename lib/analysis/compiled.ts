import { compile, NeedleIndex, type PhraseMatcher } from './pattern';
import type { Lexicon } from './lexicons/types';
import type { Lang } from './types';
import { en } from './lexicons/en';
import { ru } from './lexicons/ru';
import { pl } from './lexicons/pl';
import { lv } from './lexicons/lv';
import { uk } from './lexicons/uk';

export const LEXICONS: Record<Lang, Lexicon> = {
  en,
  ru,
  uk,
  pl,
  lv,
};

/** A lexicon with every phrase list compiled to one matcher (self hedges one each: we need to know which matched). */
export interface CompiledLexicon {
  lex: Lexicon;
  commitment: PhraseMatcher;
  notCommitment: PhraseMatcher;
  recipientTrigger: PhraseMatcher;
  recipientCondition: PhraseMatcher;
  tentative: PhraseMatcher;
  notOwnFuture: PhraseMatcher;
  selfHedge: { re: PhraseMatcher; replacement: string }[];
  softHedge: PhraseMatcher;
  deferral: PhraseMatcher;
  hedgeAboutOthers: PhraseMatcher;
  vagueTiming: PhraseMatcher;
  cause: PhraseMatcher;
  standalone: PhraseMatcher;
  slip: PhraseMatcher;
  link: PhraseMatcher;
  apology: PhraseMatcher;
  notExcuse: PhraseMatcher;
  decline: PhraseMatcher;
  we: PhraseMatcher;
  greeting: PhraseMatcher;
}

const cache = new Map<Lang, CompiledLexicon>();

/** Compiled once per language, on first use: a draft in English never pays for the Latvian lexicon. */
export function compiled(lang: Lang): CompiledLexicon {
  let c = cache.get(lang);
  if (c) return c;
  const lex = LEXICONS[lang];
  c = {
    lex,
    commitment: compile(lex.commitment),
    notCommitment: compile(lex.notCommitment),
    recipientTrigger: compile(lex.recipientTrigger),
    recipientCondition: compile(lex.recipientCondition),
    tentative: compile(lex.tentative),
    notOwnFuture: compile(lex.notOwnFuture ?? []),
    selfHedge: lex.selfHedge.map(([phrase, replacement]) => ({ re: compile([phrase]), replacement })),
    softHedge: compile(lex.softHedge),
    deferral: compile(lex.deferral),
    hedgeAboutOthers: compile(lex.hedgeAboutOthers ?? []),
    vagueTiming: compile(lex.vagueTiming),
    cause: compile(lex.excuse.cause),
    standalone: compile(lex.excuse.standalone),
    slip: compile(lex.excuse.slip),
    link: compile(lex.excuse.link),
    apology: compile(lex.excuse.apology),
    notExcuse: compile(lex.excuse.notExcuse),
    decline: compile(lex.excuse.decline),
    we: compile(lex.we),
    greeting: compile(lex.greeting ?? []),
  };
  // One index over every list of the language: a sentence is scanned once to know which lists can match.
  const matchers = Object.values(c).filter((v): v is PhraseMatcher => v !== lex && !Array.isArray(v));
  new NeedleIndex([...matchers, ...c.selfHedge.map((h) => h.re)]);
  cache.set(lang, c);
  return c;
}
