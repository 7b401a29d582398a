import type { Hit } from './pattern';

/**
 * English needs a parser where a lexicon can't tell: "Paul will prepare the worksheet" (a colleague
 * acting for the reader counts as the writer's side) versus "the regulator will publish". The parser
 * (compromise) is heavy: loading it costs a third of a second and its first parse another 80 ms, so
 * the engine takes it through this interface and `./core` can be loaded without it; `./index` passes
 * compromise itself (`english-compromise.ts`), as Node and the extension's engine worker use it.
 */
export interface EnglishParser {
  /** Distinguishes parsers in the analysis caches. */
  readonly id: string;
  /**
   * The spans of `sentence` where someone on the writer's side (a named colleague, she/he, "our
   * designer") commits to an action for the reader.
   */
  colleagueCommitments(sentence: string): readonly Hit[];
}

// A capitalised word, she/he or a role right before the future: anything else can't be a colleague.
// A role that belongs to the reader or a third party ("your designer", "the client's lawyer") is not
// the writer's side either, and parsing costs a millisecond or two a sentence.
export const COLLEAGUE_ROLES =
  'colleague|designer|developer|assistant|accountant|team|partner|lawyer|manager|copywriter|illustrator|photographer|tester|devops';
// Capitalised words that open a sentence and are no one on the writer's side: the reader, people in
// general, a thing. "You will not get it until…" must not pay for a parse.
const NOT_A_COLLEAGUE = 'You|They|We|It|This|That|These|Those|There|Here|What|Which|Who|Everything|Everyone|Everybody|Nothing|Nobody|Someone|Somebody|Something|Anyone|Anybody|Anything|People|One|Each|Every|All|Some|Most|Many|Any|No|None|Nor|Neither|Either|Both|Such|Whoever|Whatever';
const CHEAP_GATE = new RegExp(
  `(?:\\b(?!(?:${NOT_A_COLLEAGUE})\\b)\\p{Lu}\\p{Ll}+|\\b[Ss]he|\\b[Hh]e|(?<!\\b(?:[Yy]our|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\\s+|['’]s\\s+)\\b(?:${COLLEAGUE_ROLES}))\\s+(?:will|shall|is going to|are going to)\\b`,
  'u',
);

/** Whether a sentence could name a colleague's commitment at all: only these reach the parser. */
export function mayNameColleague(sentence: string): boolean {
  return CHEAP_GATE.test(sentence);
}

/** For callers with no parser at hand: colleague commitments are simply not recognised. */
export const NO_ENGLISH_PARSER: EnglishParser = { id: 'none', colleagueCommitments: () => [] };
