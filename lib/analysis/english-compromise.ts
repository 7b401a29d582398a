import nlp from 'compromise';
import { COLLEAGUE_ROLES, mayNameColleague, type EnglishParser } from './english';
import type { Hit } from './pattern';

const QUERIES = [
  '#Person+ (will|shall) #Adverb? #Verb',
  '(she|he) (will|shall) #Adverb? #Verb',
  '#Person+ (is|are) going to #Adverb? #Verb',
  `(my|our|the) (${COLLEAGUE_ROLES}) #Person? (will|is going to) #Adverb? #Verb`,
];

// Verbs that report a state or a plan of the third party's own, not an action for the reader.
const NOT_FOR_READER = /\b(be|have|report|continue|need|like|love|miss|slow|stay|remain|leave|retire|join|start|become|want|know|think|feel|enjoy|arrive|attend)\b/i;

/** compromise tags people and verbs; about 1 ms a sentence once loaded, so only gated sentences run. */
export function parseColleagueCommitments(sentence: string): Hit[] {
  if (!mayNameColleague(sentence)) return [];
  const doc = nlp(sentence);
  const hits: Hit[] = [];
  for (const q of QUERIES) {
    const m = doc.match(q);
    if (!m.found) continue;
    for (const j of m.json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]) {
      const verb = j.text.split(/\s+/).pop() ?? '';
      if (NOT_FOR_READER.test(verb)) continue;
      const start = j.offset.start;
      const end = Math.min(sentence.length, start + j.offset.length);
      if (!hits.some((h) => h.start < end && start < h.end)) hits.push({ start, end, text: sentence.slice(start, end) });
    }
  }
  return hits;
}

/** compromise in this very thread: what Node (the CLI, tests, benchmarks) uses. */
export const compromiseParser: EnglishParser = { id: 'compromise', colleagueCommitments: parseColleagueCommitments };
