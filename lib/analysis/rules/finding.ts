import { compiled } from '../compiled';
import type { Hit } from '../pattern';
import type { Finding, RuleId, Suggestion } from '../types';
import type { PlacedSentence } from './types';

/** A finding on a span of a sentence, with the lexicon's message in the sentence's language. */
export function finding(rule: RuleId, s: PlacedSentence, span: Hit, suggestion: Suggestion | null): Finding {
  return {
    rule,
    start: s.start + span.start,
    end: s.start + span.end,
    text: span.text,
    message: compiled(s.f.lang).lex.messages[rule],
    suggestions: suggestion ? [suggestion] : [],
    sentence: { start: s.start, end: s.end },
    lang: s.f.lang,
  };
}
