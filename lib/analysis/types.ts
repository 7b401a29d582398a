import type { DateMention, Lang } from '../dates/types';
import type { EnglishParser } from './english';
import type { RewriteGate } from './rewrite-gate/types';
import type { Scorer } from './scorer/types';

export type { DateMention, Lang };

/** The four things Candor coaches on. */
export type RuleId = 'excuse' | 'vague-promise' | 'missing-date' | 'over-promise';
export const RULE_IDS: readonly RuleId[] = ['excuse', 'vague-promise', 'missing-date', 'over-promise'];

/** A date the UI should let the user pick before applying a suggestion. */
export interface DatePlaceholder {
  /** Offsets of the date phrase inside `Suggestion.text`. */
  start: number;
  end: number;
  /** Proposed calendar day, "YYYY-MM-DD" (working days from now, never a weekend). */
  proposed: string;
  /** How the phrase is built around the day, so a UI can refill it: `fillPlaceholder`. */
  form: DatePhraseForm;
  /** 'plain': the writer types without diacritics, so a refilled day is written without them too. */
  spelling?: 'plain';
  /** The writer's apostrophe inside words ("'" or "ʼ"), when not the "’" of the coach's own words. */
  apostrophe?: "'" | 'ʼ';
  /**
   * The language's words for this frame, attached by `withPhrasing` for a UI that refills the
   * placeholder without the engine at hand (the mail page: see `fill.ts`).
   */
  phrasing?: DatePhrasing;
}

/** "by {weekday}, {day} {month}" with the weekday (Sunday first) and month names in its cases. */
export interface DatePhrasing {
  frame: string;
  weekdays: readonly string[];
  months: readonly string[];
}

/** The grammatical frame a date sits in: "by Tuesday, 26 November" vs "Tuesday, 26 November". */
export type DatePhraseForm = 'deadline' | 'plain';

/** Text the UI can put in place of input[start, end) as is. */
export interface Suggestion {
  start: number;
  end: number;
  text: string;
  /** Present when the text names a date Candor proposed rather than one the draft gave. */
  placeholder?: DatePlaceholder;
  /** The language the suggestion is written in. */
  lang: Lang;
}

export interface Finding {
  rule: RuleId;
  /** UTF-16 offsets into the analysed input. */
  start: number;
  end: number;
  /** input.slice(start, end) */
  text: string;
  /** Why it costs the writer trust, in the draft's language. */
  message: string;
  suggestions: Suggestion[];
  /** The sentence the finding sits in (what a suggestion replaces). */
  sentence: { start: number; end: number };
  lang: Lang;
  /**
   * The learned scorer's probability that the sentence is what the rule says (absent when the rules
   * decided alone). A finding with a score but no match of the rule's own came from the scorer.
   */
  score?: number;
  /** Who made the finding: a rule (kept by the scorer, if any), or the scorer where no rule matched. */
  origin?: 'rules' | 'scorer';
}

export interface AnalyzeOptions {
  /** Reference instant for dates (default: the current time). */
  now?: Date | string | number;
  /** IANA zone (default: the runtime's zone). */
  timeZone?: string;
  /** 1 = Monday (default), 0 = Sunday. */
  weekStart?: 0 | 1;
  /** Weekday numbers that are not working days (0 = Sunday). Default Saturday and Sunday. */
  weekend?: number[];
  /** The user's days off (inclusive ranges, "YYYY-MM-DD"; `to` absent for one day): proposed dates skip them. */
  daysOff?: readonly { from: string; to?: string }[];
  /** Force a language, or detect per paragraph (default). */
  lang?: Lang | 'auto';
  /** Rules to run (default all). */
  rules?: readonly RuleId[];
  /**
   * The writer's own response-time sentence per language (the expectation line from the options): an
   * over-promise of availability is rewritten to it. Without it no such rewrite is offered, because any
   * other line would put terms in the writer's mouth.
   */
  ownTerms?: Partial<Record<Lang, string>>;
  /**
   * Where English colleague commitments ("Paul will send the invoice") are parsed. `analyze` from
   * `lib/analysis` uses compromise in the same thread; the bare engine (`analysis/analyze`) has none.
   */
  english?: EnglishParser;
  /**
   * Who has the last word on the rules' findings. `analyze` from `lib/analysis` uses the learned
   * scorer (weights in ./scorer); the bare engine (`analysis/analyze`) lets the rules decide alone.
   */
  scorer?: Scorer;
  /**
   * Which checked suggestions reach the card. `analyze` from `lib/analysis` uses the gate learnt from
   * the blind review's judgements (./rewrite-gate); the bare engine offers every checked suggestion
   * (`OPEN_GATE`), as does the review of what the gate withholds.
   */
  rewriteGate?: RewriteGate;
  /**
   * 'offered' (default): only the kinds of rewrite the card offers. 'all': also those it holds back
   * (rewrite.ts, `heldBack`), for the review loop that measures them.
   */
  rewriteKinds?: 'offered' | 'all';
}

export interface AnalyzeResult {
  /** The language most of the writer's own text is in. */
  lang: Lang;
  findings: Finding[];
  dates: DateMention[];
}
