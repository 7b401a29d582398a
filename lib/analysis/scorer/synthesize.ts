import type { Hit } from '../pattern';
import { firmSentence, ownedSlip, type RewriteContext } from '../rewrite';
import { finding } from '../rules/finding';
import { afterGreeting, greetingLength } from '../rules/greeting';
import type { PlacedSentence } from '../rules/types';
import type { Finding, RuleId } from '../types';

/** The sentence itself, after any salutation and without its closing punctuation: what is marked when no part of it stands out. */
function wholeSentence(s: PlacedSentence): Hit {
  const text = s.f.text;
  let start = greetingLength(s.f);
  let end = text.length;
  while (end > start && /[\s.!?…,;:]/u.test(text[end - 1])) end--;
  if (end <= start) start = 0;
  return { start, end, text: text.slice(start, end) };
}

/**
 * A finding for a sentence the scorer flags and the rules did not: the rules' own parts mark it where
 * they found any (a cause, a hedge, the promise), the whole sentence otherwise, and the rule's rewrite is
 * offered where it has one. The engine checks every suggestion before it is offered (withCheckedSuggestions
 * in ../analyze).
 */
export function scorerFinding(rule: RuleId, s: PlacedSentence, ctx: RewriteContext): Finding {
  const f = s.f;
  const e = f.excuse;
  switch (rule) {
    case 'excuse': {
      const span = e.standalone[0] ?? e.causes[0] ?? e.links[0] ?? wholeSentence(s);
      return finding(rule, s, span, afterGreeting(s, ownedSlip(f, ctx, s.start, s.end)));
    }
    case 'vague-promise':
      return finding(rule, s, f.hedges[0] ?? wholeSentence(s), firmSentence(f, ctx, s.start, s.end));
    case 'missing-date':
      return finding(rule, s, f.commitments[0] ?? wholeSentence(s), firmSentence(f, ctx, s.start, s.end));
    case 'over-promise':
      // Without the rule's match the kind of promise is unknown, and so is the realistic line.
      return finding(rule, s, wholeSentence(s), null);
  }
}
