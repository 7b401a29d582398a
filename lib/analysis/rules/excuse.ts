import { compiled } from '../compiled';
import { waitsOnEvent } from '../date-cannot-fix';
import { findTimeScales } from '../time-scale';
import type { SentenceFeatures } from '../features';
import { ownedSlip } from '../rewrite';
import { finding } from './finding';
import { afterGreeting } from './greeting';
import type { PlacedSentence, Rule } from './types';

const has = (xs: unknown[]) => xs.length > 0;

/**
 * A slip that is no one's failure to deliver: an inability said of anyone ("you can't move the
 * soldiers", "it won't happen on a properly admin-ed system", "which you can't have because …"). Real
 * list mail of 2002 gave 9 of its 10 link-and-slip false excuses so; the written client mail, none of
 * its 111 true ones (the training split). English only: the other languages showed none.
 */
const ANYONES_SUBJECT = /(?:^|[^\p{L}'’])(?:you|they|people|one|it|this|that|he|she|which|who)\s+(?:really\s+|just\s+|simply\s+)?$/iu;
const INABILITY = /^(?:can['’]?t|cannot|can not|couldn['’]?t|could not|won['’]?t|will not|wouldn['’]?t|failed to)/iu;

const anyonesInability = (text: string, slip: { start: number; text: string }) =>
  INABILITY.test(slip.text) && ANYONES_SUBJECT.test(text.slice(Math.max(0, slip.start - 30), slip.start));

/** A reason and a slip in one sentence ("I couldn't send it because my laptop died"). */
function excuseWithin(f: SentenceFeatures, reasonLinks: readonly string[]): boolean {
  const e = f.excuse;
  if (e.vetoed || e.declined) return false;
  if (has(e.standalone)) return true;
  if (has(e.causes) && (has(e.slips) || has(e.apologies))) return true;
  // "I did not fill it in, because I assumed …": a justification even without a listed cause. A link that
  // gives the reason ("because", "since") may stand on either side of the slip; one that draws the
  // consequence ("so", "поэтому", "stąd") must lead to it: "был за рулём, поэтому не взял трубку", not
  // "it cannot be compared, so I changed the method".
  const givesReason = (l: { text: string }) => reasonLinks.some((w) => l.text.toLowerCase().startsWith(w));
  // A question asks for help; it explains no slip ("Given I can't pass the kernel parameters, how then …?").
  if (f.lang === 'en' && f.question) return false;
  const owned = f.lang === 'en' ? e.slips.filter((s) => !anyonesInability(f.text, s)) : e.slips;
  return e.links.some((l) => owned.some((s) => Math.abs(s.start - l.start) < 120 && (givesReason(l) || s.start > l.start)));
}

/** A cause in one sentence explaining a slip or apology in the next or previous one. */
function excuseAcross(s: PlacedSentence, neighbours: PlacedSentence[]): boolean {
  const e = s.f.excuse;
  if (e.vetoed || e.declined || !has(e.causes)) return false;
  return neighbours.some((n) => !n.f.excuse.declined && (has(n.f.excuse.slips) || has(n.f.excuse.apologies)));
}

/** Blaming outside events, other people, tools, health or workload for the writer's slip. */
export const excuse: Rule = {
  id: 'excuse',
  run(paragraph, ctx) {
    // Whether each sentence gives the writer's own time for the work, read once per paragraph and only
    // when an excuse needs it: a paragraph with several excuses would read every other sentence again.
    let ownTime: boolean[] | undefined;
    const givesOwnTime = (j: number) =>
      (ownTime ??= paragraph.map(
        (o) => o.f.dates.some((d) => !d.past) || findTimeScales(o.f.text, o.f.lang).length > 0 || waitsOnEvent(o.f.lang, o.f.text),
      ))[j];
    return paragraph.flatMap((s, i) => {
      const e = s.f.excuse;
      // A cause may explain an apology made a sentence earlier still: "Sorry for the delay, … . The copy
      // is nearly done. We've been swamped with another project."
      const neighbours = [paragraph[i - 2], paragraph[i - 1], paragraph[i + 1]].filter(Boolean);
      if (!excuseWithin(s.f, compiled(s.f.lang).lex.excuse.reasonLinks) && !excuseAcross(s, neighbours)) return [];
      const span = e.standalone[0] ?? e.causes[0] ?? e.links[0] ?? e.slips[0];
      const after = paragraph[i + 1];
      const promised = after && after.f.commitments.length > 0 ? after.f.dates.find((d) => !d.past)?.date : undefined;
      // The writer's own time for the work, said in another sentence: a day, a span ("next week", "over
      // the next couple of evenings") or an event ("as soon as I'm upright again"). A proposed new date
      // beside it contradicts it.
      // (Read only where every kind of rewrite is asked for: the one excuse rewrite the card offers, the
      // apology alone beside the next sentence's day, does not depend on it.)
      const datedElsewhere = ctx.allKinds === true && paragraph.some((_, j) => j !== i && givesOwnTime(j));
      return [finding('excuse', s, span, afterGreeting(s, ownedSlip(s.f, ctx, s.start, s.end, promised, datedElsewhere)))];
    });
  },
};
