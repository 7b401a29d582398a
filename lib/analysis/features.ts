import { findDates } from '../dates';
import type { DateContext, DateMention } from '../dates/types';
import { compiled } from './compiled';
import { mayNameColleague, type EnglishParser } from './english';
import { findAll, mayMatchAny, test, type Hit } from './pattern';
import { OVER_PROMISE_KINDS, type OverPromiseKind } from './lexicons/types';
import type { Lang } from './types';

/**
 * What one sentence says, before any rule decides anything: who commits to what, which hedges,
 * timing words and dates it has, and the pieces an excuse is made of. Offsets are relative to the
 * sentence. Rules combine these (across neighbouring sentences too); caching them per sentence is what
 * makes re-analysis after a keystroke cheap.
 */
export interface SentenceFeatures {
  lang: Lang;
  text: string;
  dates: DateMention[];
  question: boolean;
  /** The writer's side committing to do something for the reader, with no reader-held trigger. */
  commitments: Hit[];
  /** Commitments whose clause carries no date: the missing-date rule's input. */
  undated: Hit[];
  /** Hedges on the writer's own delivery that count, with the firm form to rewrite them to. */
  hedges: HedgeHit[];
  /** Vague timing words (soon, ASAP) anywhere in the sentence. */
  vagueTiming: Hit[];
  /** Clause spans (split on ; : — ( ) and dashes) for anchoring dates and rewrites. */
  clauses: Hit[];
  usesWe: boolean;
  excuse: ExcuseParts;
  /** Standing promises no one keeps (always online, any change in five minutes, no bugs guaranteed). */
  overPromises: OverPromiseHit[];
}

export interface OverPromiseHit extends Hit {
  kind: OverPromiseKind;
}

export interface HedgeHit extends Hit {
  kind: 'self' | 'soft' | 'deferral';
  /** For self hedges: what it becomes in a firm sentence ("=" to keep it). */
  replacement?: string;
}

export interface ExcuseParts {
  causes: Hit[];
  standalone: Hit[];
  slips: Hit[];
  links: Hit[];
  apologies: Hit[];
  /** Sympathy or owning the mistake: whatever else is here, it is not an excuse. */
  vetoed: boolean;
  /** Declining something still ahead: a reason given for that is not an excuse. */
  declined: boolean;
}

const overlaps = (a: Hit, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

// A comma before a contrastive conjunction ends a clause too: in "I will ask Steve, but I believe the firm
// is …" the hedge belongs to the second clause, not to the promise in the first.
// Cyrillic "а" ("надішлю макет, а тексти допишу пізніше") is the Slavic "whereas"; it is not the Latin article.
const CONTRAST = '(?:but|however|although|though|whereas|а|но|однако|хотя|але|однак|хоча|ale|jednak|chociaż|choć|lecz|bet|taču|tomēr|lai gan)';
// A bracket that only marks a plural or an ending ("invoice(s)", "klient(a)") is part of the word.
const CLAUSE_BREAK = new RegExp(`\\s*(?:[;:[\\]]|(?<!\\p{L})\\(|\\((?!\\p{L}{1,3}\\))|(?<!\\(\\p{L}{1,3})\\)|\\s[-–—]{1,2}\\s|(?<!\\d)[–—]|[–—](?!\\d)|\\s-{2,}|-{2,}\\s|,(?=\\s*${CONTRAST}(?![\\p{L}])))\\s*`, 'giu');

export function splitClauses(text: string): Hit[] {
  const out: Hit[] = [];
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m.index > from) out.push({ start: from, end: m.index, text: text.slice(from, m.index) });
    from = m.index + m[0].length;
    if (m[0].length === 0) CLAUSE_BREAK.lastIndex++;
  }
  if (from < text.length) out.push({ start: from, end: text.length, text: text.slice(from) });
  return out.length ? out : [{ start: 0, end: text.length, text }];
}

// Words a bracketed aside may have and still be a comment on its clause: "(hopefully by next Friday)".
const ASIDE_WORDS = 4;
// Words a clause may have besides its dates and still be only a date: "at the latest", "the deadline is".
const DATE_CLAUSE_WORDS = 3;
const WORD = /[\p{L}\p{N}]+/gu;
const wordCount = (s: string) => s.match(WORD)?.length ?? 0;

/** Whether the clause is little more than its dates: what is left once they are cut out is a few words at most. */
function isDateClause(text: string, clause: Hit, dates: readonly DateMention[]): boolean {
  let rest = '';
  let from = clause.start;
  for (const d of dates) {
    if (d.start < clause.start || d.start >= clause.end) continue;
    rest += text.slice(from, d.start) + ' ';
    from = Math.max(from, d.end);
  }
  rest += text.slice(from, clause.end);
  return wordCount(rest) <= DATE_CLAUSE_WORDS;
}

export function clauseOf(clauses: Hit[], at: number): Hit {
  for (const c of clauses) if (at >= c.start && at < c.end) return c;
  return clauses[clauses.length - 1];
}

/**
 * Ukrainian verbs in the first person the commitment list does not know ("перемонтую" after "я",
 * "стартуємо", "вийде", "вдасться"): a hedge beside one is on the writer's own action.
 */
const FIRST_PERSON: Partial<Record<Lang, RegExp>> = {
  uk: /(?<![\p{L}'’ʼ])(?:(?:я|ми)\s+(?:ще\s+(?:раз\s+)?|вже\s+|таки\s+)?\p{L}{3,}(?:у|ю|емо|имо|імо|ємо|їмо)|(?!(?:дякуємо|вибачаємо|просимо|бачимо|знаємо|розуміємо|чекаємо|маємо|можемо|працюємо|робимо|вважаємо|пропонуємо|нагадуємо|повідомляємо|отримуємо)(?![\p{L}]))\p{L}{3,}(?:емо|имо|імо|ємо|їмо)|вдасться|вийде|встигну|встигнемо)(?![\p{L}'’ʼ])/giu,
};

function firstPersonVerbs(lang: Lang, text: string): Hit[] {
  const re = FIRST_PERSON[lang];
  if (!re) return [];
  return [...text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
}

export function sentenceFeatures(text: string, lang: Lang, dateContext: DateContext, english: EnglishParser): SentenceFeatures {
  const c = compiled(lang);
  const question = /\?[\s"'”»)\]]*$/u.test(text);
  const clauses = splitClauses(text);
  const vagueTiming = findAll(c.vagueTiming, text);

  const blockers = findAll(c.notCommitment, text);
  const triggers = findAll(c.recipientTrigger, text);
  const readerCondition = test(c.recipientCondition, text);
  const ownCommitments = findAll(c.commitment, text).filter((h) => !blockers.some((b) => overlaps(h, b)));
  // Only the writer's own actions carry the writer's hedges: "hopefully she will reply" hopes about her.
  const ownActions = [...ownCommitments, ...findAll(c.tentative, text)];
  // Only English sentences with no commitment of the writer's own can be a colleague's.
  const asksParser = lang === 'en' && ownCommitments.length === 0 && mayNameColleague(text);
  const rawCommitments: readonly Hit[] = asksParser ? english.colleagueCommitments(text) : ownCommitments;
  const commitments =
    question || readerCondition
      ? []
      : rawCommitments.filter((h) => !triggers.some((t) => t.end <= h.start));

  // "right away" anchors only the writer's own action; elsewhere it is descriptive.
  const allDates = findDates(text, lang, dateContext);
  const dates = allDates.filter((d) => d.kind !== 'now' || rawCommitments.some((h) => clauseOf(clauses, h.start) === clauseOf(clauses, d.start)));

  const hedges: HedgeHit[] = [];
  if (!question) {
    for (const { re, replacement } of c.selfHedge) {
      // A lexicon may have a couple of hundred self hedges: most are ruled out without a call to findAll.
      if (!mayMatchAny(re, text)) continue;
      for (const h of findAll(re, text)) {
        if (!hedges.some((o) => overlaps(o, h))) hedges.push(firmAcrossWordsBetween(c, text, allDates, { ...h, kind: 'self', replacement: firmReplacement(c, replacement, h.text) }));
      }
    }
    // A short bracketed aside bears on the clause it interrupts: "We'll deliver the photos (probably
    // next week)". A longer one says something of its own: "(the client hopefully approves them)".
    const asideOwner = (clause: Hit): Hit => {
      const i = clauses.indexOf(clause);
      const aside = i > 0 && /\(\s*$/.test(text.slice(clauses[i - 1].end, clause.start)) && wordCount(clause.text) <= ASIDE_WORDS;
      return aside ? clauses[i - 1] : clause;
    };
    const softHedges = findAll(c.softHedge, text);
    const deferrals = findAll(c.deferral, text);
    // The first-person verbs only tell whose action a soft hedge or a deferral bears on: a sentence with
    // neither never reads them (a self hedge names its own action, and takes the candidates first).
    if (softHedges.length || deferrals.length) ownActions.push(...firstPersonVerbs(lang, text));
    for (const h of softHedges) {
      if (hedges.some((o) => overlaps(o, h))) continue;
      const clause = asideOwner(clauseOf(clauses, h.start));
      // The hedge must bear on the writer's own action in the same clause, not on someone else's.
      if (ownActions.some((a) => clauseOf(clauses, a.start) === clause) && !aboutOthers(text, h, c)) {
        hedges.push({ ...h, kind: 'soft' });
      }
    }
    // "as they may eventually default" defers someone else's future: only the writer's own clause counts.
    const ownClauses = new Set([...ownActions, ...hedges].map((a) => asideOwner(clauseOf(clauses, a.start))));
    for (const h of deferrals) {
      if (!ownClauses.has(asideOwner(clauseOf(clauses, h.start))) || hedges.some((o) => overlaps(o, h))) continue;
      // "sometime next week" is a date, not a deferral.
      if (allDates.some((d) => d.start >= h.end && d.start - h.end <= 12)) continue;
      hedges.push({ ...h, kind: 'deferral' });
    }
    hedges.sort((a, b) => a.start - b.start);
  }

  // A commitment is dated when its clause has a date, or a clause of the sentence is little more than a
  // date ("I'll send the mockups: Friday at noon") and the commitment's clause does not push the action
  // to a vague time ("out this week … and will respond as soon as I return"). A date inside another
  // statement dates only that one ("Stan attends a meeting on October 24; we will need to reschedule").
  // A calendar date with its year is the writer's date even when it has passed: a wrong date, not a missing one.
  const future = dates.filter((d) => !d.past || (d.kind === 'calendar' && /\d{4}/.test(d.text)));
  const standalone = future.filter((d) => isDateClause(text, clauseOf(clauses, d.start), future));
  const hedgedAction = hedges.some((h) => h.kind === 'self') && !readerCondition;
  const candidates = commitments.length ? commitments : hedgedAction ? hedges.filter((h) => h.kind === 'self').slice(0, 1) : hedges.length && ownActions.length && !readerCondition ? ownActions.slice(0, 1) : [];
  // Vague timing or a deferral starting in [from, to), other than one the commitment is part of
  // ("как только вернусь": the "вернусь" there is no promise of its own).
  const vagueSpans: Hit[] = [...vagueTiming, ...hedges.filter((v) => v.kind === 'deferral')];
  const vagueAt = (from: number, to: number, except?: Hit) =>
    vagueSpans.some((v) => v.start >= from && v.start < to && !(except && overlaps(v, except)));
  const undated = candidates.filter((h) => {
    const clause = clauseOf(clauses, h.start);
    // From the comma before the commitment to the clause's end: what times the commitment itself. A
    // date before that comma belongs to what was said there when the commitment names a vague time of
    // its own ("Сегодня я в отпуске, отвечу по возвращении").
    const comma = text.lastIndexOf(',', h.start - 1);
    const own = comma >= clause.start ? comma : clause.start;
    const datedOwn = future.some((d) => d.start >= own && d.start < clause.end);
    const vagueOwn = vagueAt(own, clause.end, h);
    const inClause = future.some((d) => d.start >= clause.start && d.start < clause.end) && (datedOwn || !vagueOwn);
    return !(inClause || (standalone.length > 0 && !vagueAt(clause.start, clause.end)));
  });

  const decline = findAll(c.decline, text);
  const excuse: ExcuseParts = {
    // "I'll be on holiday from the 21st" announces an absence ahead; it explains no slip.
    causes: findAll(c.cause, text).filter((h) => !blockers.some((b) => overlaps(h, b))),
    standalone: findAll(c.standalone, text),
    slips: findAll(c.slip, text),
    links: findAll(c.link, text),
    apologies: findAll(c.apology, text),
    vetoed: test(c.notExcuse, text),
    declined: decline.length > 0,
  };

  // A question asks about a pace, a named exception or a remedy promises none: neither is a standing promise.
  const overPromises: OverPromiseHit[] = [];
  if (!question && !test(c.notOverPromise, text)) {
    for (const kind of OVER_PROMISE_KINDS) {
      for (const h of findAll(c.overPromise[kind], text)) {
        if (!overPromises.some((o) => overlaps(o, h))) overPromises.push({ ...h, kind });
      }
    }
    overPromises.sort((a, b) => a.start - b.start);
  }

  return {
    lang,
    text,
    dates,
    question,
    commitments,
    undated,
    hedges,
    vagueTiming,
    clauses,
    usesWe: test(c.we, text),
    excuse,
    overPromises,
  };
}

/** "{firm:i}" / "{firm:we}": the lexicon's firm future of the verb the hedge ends on ("=" when it has none). */
function firmReplacement(c: ReturnType<typeof compiled>, replacement: string, hedge: string): string {
  const token = /\{firm:(i|we)\}/.exec(replacement);
  if (!token) return replacement;
  const forms = c.lex.firmVerbs?.[token[1] as 'i' | 'we'];
  const words = hedge.toLowerCase().split(/\s+/);
  // The infinitive may be two words ("skontaktować się"): try the longer tail first.
  for (let n = Math.min(2, words.length); n > 0 && forms; n--) {
    const firm = forms[words.slice(-n).join(' ')];
    if (firm) return replacement.replace(token[0], firm);
  }
  return '=';
}

const SECOND_INFINITIVE = /(?:^|\s)(?:і|й|та|и|i|oraz|a)\s+(?:[\p{L}'’ʼ-]+\s+)?\p{L}+(?:ти|тися|тись|ть|ться|чь|ć)(?:\s+się)?(?![\p{L}])/u;

const POLISH_CLITIC = /^(?:je|ją|ja|go|mu|jej|ich|im|mi|ci|cię|cie)(?![\p{L}])/iu;
const SOMETHING = /^(?:coś|cos|что-то|что-нибудь|что-либо|щось|що-небудь|kaut ko|kautko|something|anything)$/iu;

/**
 * A hedge that became the promise frame ("постараюсь" -> "обещаю") because words stand between it and
 * its verb: "постараюсь до конца недели закрыть" reads "до конца недели закрою", "Спробую ще раз їх
 * набрати" reads "Ще раз їх наберу": the verb in its firm future after the words, when the lexicon lists
 * the verb. Editors failed the frame ("Обещаю до конца недели закрыть", "Обіцяю ще раз їх набрати") as
 * stilted about half the time. The writer's own times and at most three plain words may stand between
 * (no punctuation), so nothing but the hedge word is dropped and the word order stays the writer's.
 */
function firmAcrossWordsBetween(c: ReturnType<typeof compiled>, text: string, dates: readonly DateMention[], h: HedgeHit): HedgeHit {
  const frame = c.lex.promiseFrame;
  const person = frame && h.replacement ? (h.replacement === frame.i ? 'i' : h.replacement === frame.we ? 'we' : null) : null;
  const forms = person ? c.lex.firmVerbs?.[person] : undefined;
  if (!forms) return h;
  const gap = /^\s+/u;
  let at = h.end + (gap.exec(text.slice(h.end))?.[0].length ?? 0);
  const wordsStart = at;
  for (let plain = 0; ; ) {
    const words = /^([\p{L}'’ʼ-]+)(\s+[\p{L}'’ʼ-]+)?/u.exec(text.slice(at));
    // The infinitive may be two words ("дать знать", "skontaktować się"): the longer one first.
    for (const verb of words ? (words[2] ? [words[0], words[1]] : [words[1]]) : []) {
      const firm = forms[verb.toLowerCase().replace(/\s+/gu, ' ')];
      if (firm && at > wordsStart) {
        const end = at + verb.length;
        // A second infinitive on the frame ("…розібратися і відповісти") would be left an infinitive.
        if (SECOND_INFINITIVE.test(/^[^,.;:!?]*/u.exec(text.slice(end))![0])) return h;
        const between = text.slice(wordsStart, at).trimEnd();
        // "Postaram się je dokończyć": a Polish unstressed pronoun cannot open the sentence, so the verb
        // goes first ("Dokończę je"), as it does in speech.
        if (c.lex.lang === 'pl' && POLISH_CLITIC.test(between)) return { ...h, end, text: text.slice(h.start, end), replacement: `${firm} ${between}` };
        return { ...h, end, text: text.slice(h.start, end), replacement: `${between} ${firm}` };
      }
    }
    const date = dates.find((x) => x.start === at);
    if (date) {
      at = date.end + (gap.exec(text.slice(date.end))?.[0].length ?? 0);
      continue;
    }
    // Another infinitive first ("попробую взять и отдать") is the frame's, not a word to step over; nor
    // is "something" ("coś wymyślę", "щось придумаю": editors failed the vague object made firm).
    if (!words || ++plain > 3 || /\p{L}(?:ть|ться|чь|ти|тися|тись|ć)$/u.test(words[1]) || SOMETHING.test(words[1])) return h;
    const next = gap.exec(text.slice(at + words[1].length));
    if (!next) return h;
    at += words[1].length + next[0].length;
  }
}

function aboutOthers(text: string, h: Hit, c: ReturnType<typeof compiled>): boolean {
  for (const o of findAll(c.hedgeAboutOthers, text)) if (overlaps(o, h)) return true;
  return false;
}
