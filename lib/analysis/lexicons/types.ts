import type { Lang, RuleId } from '../types';

/** [phrase, replacement]: what a hedge becomes in a firm rewrite ("I'll try to" -> "I'll"); "=" keeps it, "" removes it. */
export type Replacement = readonly [phrase: string, replacement: string];

/**
 * Everything language-specific the engine knows, as data. Phrases use the syntax in ../pattern.ts.
 * Each list says what it is for; the engine (../rules/*) is the same for every language.
 */
export interface Lexicon {
  lang: Lang;

  // --- who does what -------------------------------------------------------------------------
  /** The writer's side committing to a future action: "I'll send", "we will", "пришлю", "wyślę". */
  commitment: readonly string[];
  /** Shapes that look like a commitment but promise the reader nothing: "I'll be out", "I'll miss you". */
  notCommitment: readonly string[];
  /** The reader holds the trigger when one of these comes before the commitment: "let me know and I'll". */
  recipientTrigger: readonly string[];
  /** Conditions on the reader anywhere in the sentence: "I'll send it once you confirm", "if you". */
  recipientCondition: readonly string[];
  /** Own actions too tentative to be commitments unless hedged ("we can", "I could"): "hopefully we can meet". */
  tentative: readonly string[];
  /** What a tentative modal becomes in a firm rewrite ("{We}'ll" for "we can"); absent: left as is. */
  tentativeFirm?: string;
  /** Phrases that make the sentence a report of the past or a question about the reader's plans. */
  notOwnFuture?: readonly string[];

  // --- vague-promise ---------------------------------------------------------------------------
  /** Hedges that carry the writer in them ("I'll try to", "постараюсь"), with their firm form. */
  selfHedge: readonly Replacement[];
  /**
   * For a self hedge whose replacement is "{firm:i}" or "{firm:we}": the firm future of the verb the
   * hedge ends on, by its lower-case infinitive ("postaram się wysłać" -> "wyślę"). One table keeps
   * one regex per hedge instead of one per verb.
   */
  firmVerbs?: { i: Readonly<Record<string, string>>; we: Readonly<Record<string, string>> };
  /**
   * The promise word a self hedge becomes when its verb has no firm form in reach ("Обещаю прислать").
   * Where the writer's own time stands between the hedge and a listed verb ("постараюсь до конца недели
   * закрыть"), the verb's firm future is used after that time instead ("до конца недели закрою").
   */
  promiseFrame?: { i: string; we: string };
  /** Hedge words that only count when the writer's own action follows ("hopefully", "надеюсь"); dropped in a rewrite. */
  softHedge: readonly string[];
  /** Putting it off with no end: "at some point", "когда появится свободная минута". Replaced by a date. */
  deferral: readonly string[];
  /** Hedges that are about someone else: "hopefully the regulator", "надеюсь, провайдер". */
  hedgeAboutOthers?: readonly string[];

  // --- missing-date ----------------------------------------------------------------------------
  /** Timing words that are not dates (soon, ASAP, в ближайшее время). Replaced by a date in a rewrite. */
  vagueTiming: readonly string[];

  // --- excuse ----------------------------------------------------------------------------------
  excuse: {
    /** Outside events and busyness offered as a reason: illness, broken tools, outages, workload. */
    cause: readonly string[];
    /** Self-contained excuses ("I haven't had a chance", "it's out of our hands"). */
    standalone: readonly string[];
    /** Saying something is late, missing or not done. */
    slip: readonly string[];
    /** Connectives that turn a circumstance into a justification: because, due to, поэтому. */
    link: readonly string[];
    /** Lower-case starts of the links after which the reason follows ("because", "из-за"), as opposed to the consequence ("so", "поэтому"). */
    reasonLinks: readonly string[];
    /** Apologies (an apology next to a cause makes the cause an excuse). */
    apology: readonly string[];
    /** Not excuses: sympathy, owning the mistake. */
    notExcuse: readonly string[];
    /** Declining something still ahead ("won't be able to make it", "созвониться не получится"). */
    decline: readonly string[];
  };

  // --- over-promise ----------------------------------------------------------------------------
  /**
   * Expectations no one keeps in ordinary working life, by kind (the rewrite says something realistic
   * for each): unlimited availability, routine turnarounds no one can hold, absolute guarantees.
   */
  overPromise: Record<OverPromiseKind, readonly string[]> & {
    /** A named exception, a stated working day, someone else's watch or a remedy alone: not a standing promise. */
    notOverPromise: readonly string[];
  };

  // --- words ----------------------------------------------------------------------------------
  /** First-person plural markers, to keep "we" in rewrites. */
  we: readonly string[];
  /** Salutations a message opens with ("Hi", "Dear", "Здравствуйте"); a sentence rewrite keeps them and the name. */
  greeting?: readonly string[];

  messages: Record<RuleId, string>;
  rewrite: RewriteData;
}

/** Grammar for putting a calendar day into a sentence. */
export interface RewriteData {
  /** Weekday names, Sunday first, in the cases the templates use. */
  weekdays: Record<'plain' | 'by' | 'to', readonly string[]>;
  /** Month names, January first, in the case used after a day number ("26 ноября", "26. novembrim"). */
  months: Record<'plain' | 'by' | 'to', readonly string[]>;
  /** "{weekday}, {day} {month}" frames per form: "by {weekday}, {day} {month}". */
  frames: Record<'plain' | 'by' | 'to', string>;
  /** Owning a missed date: "I'll miss {old:plain}. The new date is {new:plain}." */
  miss: { i: string; we: string };
  /** Owning a slip with no date named: "Sorry for the delay. The new date is {new:plain}." */
  owned: { i: string; we: string };
  /** Added to a kept clause after an excuse is dropped: " The new date is {new:plain}." */
  newDate: string;
}

/**
 * What the writer over-promises, each with its own realistic line: being reachable, turnaround, quality,
 * deadlines, that a mistake never recurs, revisions without end, outcomes no one controls.
 */
export type OverPromiseKind = 'availability' | 'speed' | 'quality' | 'deadline' | 'recurrence' | 'revisions' | 'outcome';
export const OVER_PROMISE_KINDS: readonly OverPromiseKind[] = ['availability', 'speed', 'quality', 'deadline', 'recurrence', 'revisions', 'outcome'];
