import type { Suggestion } from './types';

/**
 * The sentence at `sentence` in `text` as `s` leaves it: the suggestion applied, and the span grown or
 * shrunk by it. A suggestion may reach past the sentence (a salutation kept before it), so the span is
 * the union of both.
 */
export function sentenceAfter(text: string, sentence: { start: number; end: number }, s: Pick<Suggestion, 'start' | 'end' | 'text'>): string {
  const after = text.slice(0, s.start) + s.text + text.slice(s.end);
  return after.slice(Math.min(sentence.start, s.start), Math.max(sentence.end, s.end) + s.text.length - (s.end - s.start));
}
