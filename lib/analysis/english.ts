import nlp from 'compromise';
import type { Hit } from './pattern';

/**
 * English needs a parser where a lexicon can't tell: "Paul will prepare the worksheet" (a colleague
 * acting for the reader counts as the writer's side) versus "the regulator will publish". compromise
 * tags people and verbs; it is slow next to a regex (~1 ms a sentence), so only sentences that have a
 * third-person future at all reach it, and the result is cached with the sentence.
 */
// A capitalised word, she/he or a role right before the future: anything else can't be a colleague.
const ROLES = 'colleague|designer|developer|assistant|accountant|team|partner|lawyer|manager|copywriter|illustrator|photographer|tester|devops';
const CHEAP_GATE = new RegExp(`(?:\\b\\p{Lu}\\p{Ll}+|\\b[Ss]he|\\b[Hh]e|\\b(?:${ROLES}))\\s+(?:will|shall|is going to|are going to)\\b`, 'u');

const QUERIES = [
  '#Person+ (will|shall) #Adverb? #Verb',
  '(she|he) (will|shall) #Adverb? #Verb',
  '#Person+ (is|are) going to #Adverb? #Verb',
  `(my|our|the) (${ROLES}) #Person? (will|is going to) #Adverb? #Verb`,
];

// Verbs that report a state or a plan of the third party's own, not an action for the reader.
const NOT_FOR_READER = /\b(be|have|report|continue|need|like|love|miss|slow|stay|remain|leave|retire|join|start|become|want|know|think|feel|enjoy|arrive|attend)\b/i;

export function colleagueCommitments(text: string): Hit[] {
  if (!CHEAP_GATE.test(text)) return [];
  const doc = nlp(text);
  const hits: Hit[] = [];
  for (const q of QUERIES) {
    const m = doc.match(q);
    if (!m.found) continue;
    for (const j of m.json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
      const verb = j.text.split(/\s+/).pop() ?? '';
      if (NOT_FOR_READER.test(verb)) continue;
      const start = j.offset.start;
      const end = Math.min(text.length, start + j.offset.length);
      if (!hits.some((h) => h.start < end && start < h.end)) hits.push({ start, end, text: text.slice(start, end) });
    }
  }
  return hits;
}
