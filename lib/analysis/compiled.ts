import { compile, NeedleIndex, type PhraseMatcher } from './pattern';
import { OVER_PROMISE_KINDS, type Lexicon, type OverPromiseKind } from './lexicons/types';
import type { Lang } from './types';
import { en } from './lexicons/en';
import { ru } from './lexicons/ru';
import { pl } from './lexicons/pl';
import { lv } from './lexicons/lv';
import { uk } from './lexicons/uk';

const BUILDERS: Record<Lang, () => Lexicon> = { en, ru, uk, pl, lv };
const built = new Map<Lang, Lexicon>();

/** A language's lexicon, built on first use (see the lexicon files: building all at load is costly). */
export function lexiconOf(lang: Lang): Lexicon {
  let lex = built.get(lang);
  if (!lex) {
    lex = BUILDERS[lang]();
    built.set(lang, lex);
  }
  return lex;
}

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
  /** One matcher per kind of over-promise (see OVER_PROMISE_KINDS). */
  overPromise: Record<OverPromiseKind, PhraseMatcher>;
  notOverPromise: PhraseMatcher;
  we: PhraseMatcher;
  greeting: PhraseMatcher;
}

type ListName = Exclude<keyof CompiledLexicon, 'lex' | 'selfHedge' | 'overPromise'>;

// The phrase list behind each matcher, in the order they are built.
const LIST_PHRASES: Record<ListName, (lex: Lexicon) => readonly string[]> = {
  commitment: (lex) => lex.commitment,
  notCommitment: (lex) => lex.notCommitment,
  recipientTrigger: (lex) => lex.recipientTrigger,
  recipientCondition: (lex) => lex.recipientCondition,
  tentative: (lex) => lex.tentative,
  notOwnFuture: (lex) => lex.notOwnFuture ?? [],
  softHedge: (lex) => lex.softHedge,
  deferral: (lex) => lex.deferral,
  hedgeAboutOthers: (lex) => lex.hedgeAboutOthers ?? [],
  vagueTiming: (lex) => lex.vagueTiming,
  cause: (lex) => lex.excuse.cause,
  standalone: (lex) => lex.excuse.standalone,
  slip: (lex) => lex.excuse.slip,
  link: (lex) => lex.excuse.link,
  apology: (lex) => lex.excuse.apology,
  notExcuse: (lex) => lex.excuse.notExcuse,
  decline: (lex) => lex.excuse.decline,
  notOverPromise: (lex) => lex.overPromise.notOverPromise,
  we: (lex) => lex.we,
  greeting: (lex) => lex.greeting ?? [],
};
const LIST_NAMES = Object.keys(LIST_PHRASES) as ListName[];

const cache = new Map<Lang, CompiledLexicon>();

/**
 * Building a lexicon is split into steps (a list compiled, one part's needles read) so that an idle-time
 * warm-up can spread it over many short tasks. The warm-up and a first analysis share one build per
 * language: whichever asks first starts it, and an analysis simply runs the remaining steps.
 */
const builds = new Map<Lang, Generator<void, void>>();

function* build(lang: Lang): Generator<void, void> {
  const lex = lexiconOf(lang);
  const lists = {} as Record<ListName, PhraseMatcher>;
  for (const name of LIST_NAMES) {
    lists[name] = compile(LIST_PHRASES[name](lex));
    yield;
  }
  const overPromise = {} as Record<OverPromiseKind, PhraseMatcher>;
  for (const kind of OVER_PROMISE_KINDS) {
    overPromise[kind] = compile(lex.overPromise[kind]);
    yield;
  }
  const selfHedge: CompiledLexicon['selfHedge'] = [];
  for (const [phrase, replacement] of lex.selfHedge) {
    selfHedge.push({ re: compile([phrase]), replacement });
    yield;
  }
  // One index over every list of the language: a sentence is scanned once to know which lists can match.
  const matchers = [...LIST_NAMES.map((name) => lists[name]), ...OVER_PROMISE_KINDS.map((k) => overPromise[k]), ...selfHedge.map((h) => h.re)];
  for (const m of matchers) {
    for (const part of m.parts) {
      // Reading a part's needles is what makes the index slow to build; done here, the index reuses them.
      void part.needles;
      yield;
    }
  }
  new NeedleIndex(matchers);
  cache.set(lang, { lex, ...lists, overPromise, selfHedge });
}

function buildOf(lang: Lang): Generator<void, void> {
  let b = builds.get(lang);
  if (!b) builds.set(lang, (b = build(lang)));
  return b;
}

/** The steps that compile `lang`'s lexicon, one short piece of work each; none left once it is compiled. */
export function* compileSteps(lang: Lang): Generator<void, void> {
  if (cache.has(lang)) return;
  const b = buildOf(lang);
  while (!b.next().done) yield;
}

/** Compiled once per language, on first use: a draft in English never pays for the Latvian lexicon. */
export function compiled(lang: Lang): CompiledLexicon {
  const c = cache.get(lang);
  if (c) return c;
  const b = buildOf(lang);
  while (!b.next().done);
  return cache.get(lang)!;
}
