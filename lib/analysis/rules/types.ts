import type { SentenceFeatures } from '../features';
import type { RewriteContext } from '../rewrite';
import type { Finding, RuleId } from '../types';

/** A sentence of the writer's own text, placed in the draft. */
export interface PlacedSentence {
  start: number;
  end: number;
  f: SentenceFeatures;
}

/**
 * A rule reads the sentences of one paragraph (neighbours matter: an excuse's cause and the slip it
 * explains are often in consecutive sentences) and returns findings with absolute offsets.
 */
export interface Rule {
  id: RuleId;
  run(paragraph: PlacedSentence[], ctx: RewriteContext): Finding[];
}
