import { compiled } from '../compiled';
import type { SentenceFeatures } from '../features';
import { findAll } from '../pattern';
import type { Suggestion } from '../types';
import type { PlacedSentence } from './types';

/**
 * "Hi Anna, sorry for the delay, my laptop died.": the salutation and the name (up to three capitalised
 * words, set off by commas) are not part of what a rule flags, and a rewrite of the sentence must leave
 * them standing. The length of that lead, 0 when the sentence opens with none.
 */
export function greetingLength(f: SentenceFeatures): number {
  const text = f.text;
  const hit = findAll(compiled(f.lang).greeting, text)[0];
  if (!hit || text.slice(0, hit.start).trim() !== '') return 0;
  const rest = /^(?:\s*,?\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?\s*,\s*/u.exec(text.slice(hit.end));
  return rest ? hit.end + rest[0].length : 0;
}

/** A sentence that now goes on after a comma: its first word loses the capital, except English "I". */
export function continuing(text: string, lang: string): string {
  if (lang === 'en' && /^I(?![\p{L}])/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A whole-sentence suggestion narrowed to start after the salutation. */
export function afterGreeting(s: PlacedSentence, suggestion: Suggestion | null): Suggestion | null {
  if (!suggestion) return null;
  const lead = greetingLength(s.f);
  if (lead === 0 || s.start + lead >= suggestion.end || suggestion.start > s.start) return suggestion;
  // The placeholder's offsets stay: only the first letter changes case.
  return { ...suggestion, start: s.start + lead, text: continuing(suggestion.text, suggestion.lang) };
}
